import { BLOCK_STYLES } from '@motcua/core';
import { z } from 'zod';
import { REPORT_KINDS } from './data.js';
import { TEXT_STYLES, TemplateSectionSchema, UNIT_SCOPES } from './template.js';

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'issued', 'superseded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_ACTIONS = ['edit', 'refresh', 'submit', 'approve', 'return', 'issue', 'supersede'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const LocalDate = z.iso.date();

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

// ---------------------------------------------------------------- rich text

const RichRun = z.object({
  text: z.string().max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
const RichBlock = z.object({ style: z.enum(BLOCK_STYLES), runs: z.array(RichRun).max(500) });
export const RichTextSchema = z.array(RichBlock).max(500);

// ---------------------------------------------------------------- templates

export const TemplateSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  unitScope: z.enum(UNIT_SCOPES),
});
export type TemplateSummary = z.output<typeof TemplateSummary>;

export const DataKeySchema = z.object({
  key: z.string(),
  label: z.string().describe('What the key means, in Vietnamese'),
  type: z.enum(['count', 'amount', 'percent', 'text', 'list', 'date', 'flag']),
  group: z.string(),
});

export const TemplateView = TemplateSummary.extend({
  title: z.string().describe('The subtitle under "BÁO CÁO" ({{key}} placeholders allowed)'),
  closing: z.string(),
  recipients: z.array(z.string()),
  signer: z.object({ capacity: z.array(z.string()) }),
  sections: z.array(TemplateSectionSchema),
  keys: z.array(DataKeySchema).describe('Every data key a sentence may use, with its meaning'),
});
export type TemplateView = z.output<typeof TemplateView>;

export const SaveTemplateBody = z.object({
  sections: z.array(TemplateSectionSchema).min(1).max(20).describe('The sections of the new version; unknown data keys answer 400 with field and reason'),
});

// ---------------------------------------------------------------- reports

export const ReportListQuery = z.object({
  unit: z.string().min(1).optional().describe('Only this unit'),
  period: z.string().min(1).optional().describe('Named period, e.g. 2023-H1'),
  status: z.enum(REPORT_STATUSES).optional(),
});

export const CreateReportBody = z.object({
  unit: z.string().trim().min(1).max(32).describe('Unit code, e.g. 440 or 18229'),
  kind: z.enum(REPORT_KINDS),
  period: z.string().trim().max(20).optional().describe('quarter 2023-Q2, half 2023-H1, nine_months 2023-9M, year 2023'),
  from: LocalDate.optional().describe('custom kind only'),
  to: LocalDate.optional().describe('custom kind only'),
  templateId: z.number().int().positive().optional().describe('Default: the current template for the unit’s level'),
});
export type CreateReportBody = z.output<typeof CreateReportBody>;

const Signer = z.object({ capacity: z.array(z.string().trim().min(1).max(100)).min(1).max(4), name: z.string().trim().max(100) });

export const UpdateReportBody = z.object({
  narratives: z.record(z.string(), RichTextSchema).optional().describe('narrative key → rich text'),
  observations: z.record(z.string(), z.boolean()).optional().describe('observation id → kept'),
  signer: Signer.optional(),
  recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(40).optional(),
  title: z.string().trim().min(1).max(500).optional(),
});
export type UpdateReportBody = z.output<typeof UpdateReportBody>;

export const NoteBody = z.object({ note: z.string().trim().max(2000).optional() });
export const ReturnBody = z.object({ note: z.string().trim().min(1, 'say why the report goes back').max(2000) });
/** "15/BC-UBND": a number, a slash and the document-type code of the issuing body. */
export const REPORT_NUMBER = /^\d+\/[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;
export const IssueBody = z.object({
  number: z.string().trim().regex(REPORT_NUMBER, 'must be like 15/BC-UBND').max(50),
  issuedOn: LocalDate,
});

const Binding = z.object({ key: z.string(), value: z.unknown(), display: z.string() });
const Observation = z.object({ id: z.string(), text: z.string(), kept: z.boolean(), source: z.string() });
export const ReportBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ type: z.literal('text'), id: z.string(), style: z.enum(TEXT_STYLES), text: z.string(), bindings: z.array(Binding) }),
  z.object({ type: z.literal('narrative'), key: z.string(), label: z.string(), content: RichTextSchema }),
  z.object({ type: z.literal('observations'), items: z.array(Observation) }),
]);

export const ReportSummary = z.object({
  id: z.number().int(),
  unit: z.object({ code: z.string(), name: z.string() }),
  kind: z.enum(REPORT_KINDS),
  period: z.string().nullable().describe('Named period; null for a custom one'),
  from: z.string(),
  to: z.string(),
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  supersedes: z.number().int().nullable(),
  supersededBy: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type ReportSummary = z.output<typeof ReportSummary>;

export const ReportView = ReportSummary.extend({
  sections: z.array(z.object({ id: z.string(), heading: z.string(), blocks: z.array(ReportBlockSchema) })),
  signer: z.object({ capacity: z.array(z.string()), name: z.string() }),
  recipients: z.array(z.string()),
  place: z.string(),
  issuer: z.object({ parentBody: z.string(), body: z.string() }),
  data: z.record(z.string(), z.unknown()).describe('The figures snapshot (frozen once issued)'),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)).describe('What the caller may do now'),
  history: z.array(z.object({ at: z.string(), actor: z.string().describe('Account (username) or system label'), actorName: z.string().describe("The account's full name; the stored label for system actors"), action: z.string(), note: z.string().nullable() })),
});
export type ReportView = z.output<typeof ReportView>;
