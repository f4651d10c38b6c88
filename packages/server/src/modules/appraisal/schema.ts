import { APPRAISAL_SOURCES } from '@motcua/core';
import { z } from 'zod';

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export const EntryParams = IdParams.extend({ unit: z.string().min(1).max(20).describe('Commune code, e.g. 18229') });

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const Code = z.string().trim().min(1).max(20).describe('1, 1.2, 3.4.a …');
const Year = z.number().int().min(2000).max(2100);
const UnitRef = z.object({ code: z.string(), name: z.string() });

// ---- criteria sets
const Threshold = z.object({
  atLeast: z.number().min(0).max(100).describe('Percentage from which the points apply'),
  points: z.number().min(0).max(100),
});
const SubCriterion = z.object({
  code: Code,
  name: text(500),
  maxPoints: z.number().positive().max(100).describe('Multiple of 0.25'),
  guidance: optionalText(4000).describe('Cách chấm điểm'),
  evidence: optionalText(4000).describe('Tài liệu kiểm chứng yêu cầu'),
  source: z.enum(APPRAISAL_SOURCES).optional().describe('A figure MotCua knows: the self-assessment shows it with a proposed score'),
  thresholds: z.array(Threshold).max(10).optional().describe('Points by threshold of the source figure, highest first; without: proportional'),
});
const Criterion = SubCriterion.extend({ subCriteria: z.array(SubCriterion).max(30).optional().describe('Tiêu chí thành phần; the criterion is their sum') });
const Area = z.object({ code: Code, name: text(500), maxPoints: z.number().positive().max(100), criteria: z.array(Criterion).min(1).max(60) });
export const AreaList = z.array(Area).min(1).max(20);

export const CreateSetBody = z.object({
  unit: z.string().trim().min(1).describe('District (or province) code, e.g. 440'),
  year: Year,
  name: optionalText(500),
  basis: optionalText(1000).describe('Văn bản quy định bộ tiêu chí'),
  surveyMax: z.number().optional().describe('30 (the sociological survey)'),
  areas: AreaList.optional().describe('Omitted: the shipped template (9 areas, 34 criteria), texts to complete'),
  copyFrom: z.number().int().positive().optional().describe('Copy the areas of another set (e.g. last year’s)'),
});
export type CreateSetBody = z.output<typeof CreateSetBody>;
export const UpdateSetBody = z.object({
  name: text(500),
  basis: z.string().trim().max(1000).nullable().optional(),
  surveyMax: z.number(),
  areas: AreaList,
});
export type UpdateSetBody = z.output<typeof UpdateSetBody>;
export const SetListQuery = z.object({ unit: z.string().min(1).optional().describe('District code; default: every set in scope'), year: z.coerce.number().int().optional() });

export const SetView = z.object({
  id: z.number(),
  unit: UnitRef,
  year: z.number(),
  name: z.string(),
  basis: z.string().nullable(),
  criteriaMax: z.number(),
  surveyMax: z.number(),
  maxTotal: z.number(),
  criteriaCount: z.number().describe('Criteria (not counting sub-criteria)'),
  scoredCount: z.number().describe('Items scored: criteria without sub-criteria and sub-criteria'),
  pendingTexts: z.number().describe('Texts still marked "cần hoàn thiện theo văn bản"'),
  areas: AreaList,
  editable: z.boolean().describe('false once an appraisal using it is published'),
  appraisals: z.array(z.object({ id: z.number(), status: z.enum(['open', 'published']) })),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type SetView = z.output<typeof SetView>;
export const SetSummary = SetView.omit({ areas: true });
export const SetList = z.object({ items: z.array(SetSummary) });

// ---- appraisal rounds
export const CouncilMember = z.object({
  name: text(200),
  role: text(200).describe('Chủ tịch, Phó Chủ tịch, Thành viên, Thư ký Hội đồng …'),
  position: optionalText(300).describe('Chức vụ, đơn vị công tác'),
  username: z.string().trim().min(1).max(100).optional().describe('Account that appraises as a council member'),
});
export type CouncilMember = z.output<typeof CouncilMember>;
export const CreateAppraisalBody = z.object({
  district: z.string().trim().min(1).describe('District code, e.g. 440'),
  year: Year,
  title: optionalText(500),
  decision: optionalText(500).describe('Quyết định thành lập Hội đồng thẩm định'),
  council: z.array(CouncilMember).max(40).default([]),
  note: optionalText(2000),
});
export type CreateAppraisalBody = z.output<typeof CreateAppraisalBody>;
export const UpdateAppraisalBody = z
  .object({
    title: text(500).optional(),
    decision: z.string().trim().max(500).nullable().optional(),
    council: z.array(CouncilMember).max(40).optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change', path: ['body'] });
export type UpdateAppraisalBody = z.output<typeof UpdateAppraisalBody>;
export const AppraisalListQuery = z.object({ unit: z.string().min(1).optional().describe('District code'), year: z.coerce.number().int().optional() });

export const ENTRY_STATUSES = ['self_assessment', 'submitted', 'appraised'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS_VI: Record<EntryStatus, string> = { self_assessment: 'Đang tự chấm', submitted: 'Đã gửi thẩm định', appraised: 'Đã thẩm định' };

export const AppraisalEvent = z.object({
  action: z.string(),
  unit: UnitRef.nullable(),
  actor: z.string().describe('Account (username) or system label'),
  actorName: z.string().describe("The account's full name; the stored label for system actors"),
  at: z.string(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
const EntrySummary = z.object({
  unit: UnitRef,
  status: z.enum(ENTRY_STATUSES),
  statusLabel: z.string(),
  scored: z.number().describe('Items with a self score'),
  appraisedItems: z.number().describe('Items with an appraised score'),
  selfTotal: z.number(),
  appraisedTotal: z.number(),
  surveyScore: z.number().nullable(),
  submittedAt: z.string().nullable(),
  appraisedAt: z.string().nullable(),
});
const Permissions = z.object({
  manage: z.boolean().describe('Edit the round, its council'),
  appraise: z.boolean().describe('Council: appraised scores, survey, return, complete'),
  publish: z.boolean(),
  selfAssess: z.array(z.string()).describe('Communes whose self-assessment this user enters'),
});
export const AppraisalView = z.object({
  id: z.number(),
  district: UnitRef,
  year: z.number(),
  title: z.string(),
  decision: z.string().nullable(),
  council: z.array(z.object({ name: z.string(), role: z.string(), position: z.string().nullable(), username: z.string().nullable() })),
  note: z.string().nullable(),
  status: z.enum(['open', 'published']),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  set: z.object({ id: z.number(), name: z.string(), year: z.number(), unit: z.string(), scoredCount: z.number(), criteriaMax: z.number(), surveyMax: z.number() }),
  partial: z.boolean().describe('true: a commune before publication sees only its own entry'),
  counts: z.record(z.string(), z.number()),
  entries: z.array(EntrySummary),
  history: z.array(AppraisalEvent),
  can: Permissions,
});
export type AppraisalView = z.output<typeof AppraisalView>;
export const AppraisalList = z.object({
  items: z.array(AppraisalView.pick({ id: true, district: true, year: true, title: true, status: true, publishedAt: true, partial: true, counts: true })),
});

// ---- one commune's entry
const Link = z.object({
  label: text(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => /^https?:\/\/\S+$/i.test(u) || /^\/[^\s/]\S*$/.test(u), 'must be an http(s) address or a MotCua path such as /dieu-hanh'),
});
export const SelfScoresBody = z.object({
  scores: z
    .record(
      Code,
      z.object({
        score: z.number().nullable().optional().describe('0 … max, multiple of 0.25; null clears'),
        note: z.string().trim().max(2000).nullable().optional().describe('Giải trình'),
        evidence: z.string().trim().max(4000).nullable().optional().describe('Tài liệu kiểm chứng (số, ngày văn bản …)'),
        links: z.array(Link).max(20).optional().describe('Links to documents or to MotCua data'),
      }),
    )
    .refine((r) => Object.keys(r).length > 0, 'give at least one criterion'),
});
export type SelfScoresBody = z.output<typeof SelfScoresBody>;
export const AppraisedScoresBody = z.object({
  scores: z
    .record(
      Code,
      z.object({
        score: z.number().nullable().optional().describe('Điểm thẩm định: 0 … max, multiple of 0.25; null clears'),
        comment: z.string().trim().max(2000).nullable().optional().describe('Nhận xét của Hội đồng'),
      }),
    )
    .refine((r) => Object.keys(r).length > 0, 'give at least one criterion'),
});
export type AppraisedScoresBody = z.output<typeof AppraisedScoresBody>;
export const SurveyBody = z.object({
  scores: z.record(z.string().min(1).max(20), z.number().nullable()).describe('Commune code → điểm điều tra xã hội học (0 … 30, two decimals); null clears'),
});
export const ReasonBody = z.object({ reason: z.string().trim().min(5, 'give the reason (at least 5 characters)').max(2000) });

const Prefill = z.object({
  source: z.enum(APPRAISAL_SOURCES),
  label: z.string(),
  value: z.number().nullable().describe('Percentage, two decimals; null when there is nothing to count'),
  display: z.string().describe('"97,78% (44/45)"'),
  proposedScore: z.number().nullable(),
  period: z.string().describe('The figures’ period, e.g. 15/12/2022 – 14/12/2023'),
  link: z.string().describe('Where the figure can be checked in MotCua'),
});
export const EntryItem = z.object({
  code: z.string(),
  name: z.string(),
  areaCode: z.string(),
  parentCode: z.string().nullable(),
  depth: z.number(),
  scored: z.boolean(),
  maxPoints: z.number(),
  guidance: z.string().nullable(),
  requiredEvidence: z.string().nullable(),
  source: z.enum(APPRAISAL_SOURCES).nullable(),
  selfScore: z.number().nullable().describe('For a criterion with sub-criteria: their sum'),
  selfNote: z.string().nullable(),
  evidence: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  appraisedScore: z.number().nullable(),
  comment: z.string().nullable(),
  prefill: Prefill.nullable().describe('The live figure and proposed score (criteria with a source)'),
  savedFigure: z.number().nullable().describe('The figure shown when the self score was saved'),
});
export const EntryView = z.object({
  appraisalId: z.number(),
  appraisalStatus: z.enum(['open', 'published']),
  year: z.number(),
  district: UnitRef,
  unit: UnitRef,
  status: z.enum(ENTRY_STATUSES),
  statusLabel: z.string(),
  criteriaMax: z.number(),
  surveyMax: z.number(),
  surveyScore: z.number().nullable(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.number(), selfTotal: z.number(), appraisedTotal: z.number() })),
  items: z.array(EntryItem),
  selfTotal: z.number(),
  appraisedTotal: z.number(),
  total: z.number().nullable().describe('Appraised criteria + survey, once the survey score is entered'),
  history: z.array(AppraisalEvent),
  can: z.object({ selfAssess: z.boolean(), submit: z.boolean(), appraise: z.boolean(), complete: z.boolean(), returnToCommune: z.boolean(), reopen: z.boolean() }),
});
export type EntryView = z.output<typeof EntryView>;

// ---- results
export const ResultItem = z.object({
  rank: z.number().nullable().describe('Ties share a rank (1, 2, 2, 4); null in a commune’s view before publication'),
  unit: UnitRef,
  status: z.enum(ENTRY_STATUSES),
  criteriaScore: z.number(),
  surveyScore: z.number().nullable(),
  total: z.number(),
  selfTotal: z.number().describe('The commune’s own criteria score'),
  byArea: z.record(z.string(), z.number()),
  previous: z.object({ total: z.number(), rank: z.number() }).nullable().describe('Last year’s published result of the same commune code'),
  change: z.number().nullable().describe('total − last year’s total'),
  rankChange: z.number().nullable().describe('Last year’s rank − this year’s (positive = moved up)'),
});
export const AppraisalResults = z.object({
  appraisalId: z.number(),
  district: UnitRef,
  year: z.number(),
  title: z.string(),
  status: z.enum(['open', 'published']),
  provisional: z.boolean().describe('Before publication: appraised scores where entered, else self scores'),
  partial: z.boolean().describe('A commune’s view before publication: its own row only'),
  publishedAt: z.string().nullable(),
  criteriaMax: z.number(),
  surveyMax: z.number(),
  maxTotal: z.number(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.number() })),
  items: z.array(ResultItem),
  average: z
    .object({ criteriaScore: z.number().nullable(), surveyScore: z.number().nullable(), total: z.number().nullable(), byArea: z.record(z.string(), z.number().nullable()) })
    .nullable(),
  previousYear: z.object({ appraisalId: z.number(), year: z.number(), averageTotal: z.number().nullable() }).nullable(),
  note: z.string().nullable(),
});
export type AppraisalResults = z.output<typeof AppraisalResults>;
export const ResultsQuery = z.object({ unit: z.string().min(1).describe('District code, e.g. 440'), year: z.coerce.number().int().min(2000).max(2100) });
