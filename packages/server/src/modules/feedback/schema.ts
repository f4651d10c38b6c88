import { parseInstant } from '@motcua/core';
import { z } from 'zod';
import { storedFileFields } from '../attachments/schema.js';
import { LocalDate } from '../plans/schema.js';
import {
  FEEDBACK_ACTIONS,
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_RATINGS,
  FEEDBACK_STATUSES,
  REJECT_REASONS,
  STAFF_CHANNELS,
} from './lifecycle.js';

/** An empty form field means "not given" (browsers send "" for an untouched input). */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const Phone = z.string().trim().regex(/^(0|\+84)[0-9 .]{8,13}$/, 'must be a Vietnamese phone number');
export const Email = z.string().trim().max(200).pipe(z.email('must be an e-mail address'));
const optionalPhone = z.preprocess(blank, Phone.optional());
const optionalEmail = z.preprocess(blank, Email.optional());
const optionalText = (max: number) => z.preprocess(blank, z.string().trim().max(max).optional());
const Instant = z.string().refine((v) => parseInstant(v) !== undefined, 'must be an ISO 8601 instant with an offset');

/** Contact details: a name and a phone number or an e-mail address (the proof for a lookup). */
const sender = {
  name: text(200).describe('Họ và tên người phản ánh, kiến nghị (cá nhân hoặc tổ chức)'),
  phone: optionalPhone.describe('Số điện thoại (cần số điện thoại hoặc email)'),
  email: optionalEmail.describe('Địa chỉ email'),
  address: optionalText(500).describe('Địa chỉ liên hệ'),
};

const subject = {
  kind: z.enum(FEEDBACK_KINDS).describe('regulation: quy định hành chính, TTHC; conduct: hành vi, thái độ CBCCVC; dossier: một hồ sơ cụ thể; other'),
  unit: optionalText(32).describe('Mã đơn vị phản ánh đến (UBND huyện, xã); bỏ qua khi kind = dossier (đơn vị của hồ sơ)'),
  dossier: optionalText(64).describe('Mã hồ sơ (bắt buộc khi kind = dossier)'),
  procedure: optionalText(64).describe('Mã TTHC liên quan (không bắt buộc)'),
  title: text(300).describe('Tiêu đề'),
  content: text(5000).describe('Nội dung phản ánh, kiến nghị'),
  consentPublish: z.boolean().default(false).describe('Đồng ý công khai nội dung và kết quả trả lời (không công khai thông tin cá nhân)'),
};

type SubjectRules = { kind: string; unit?: string | undefined; dossier?: string | undefined; phone?: string | undefined; email?: string | undefined };
/** Cross-field rules shared by the public and the staff bodies. */
function subjectRules(v: SubjectRules, ctx: z.RefinementCtx) {
  if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'give a phone number or an e-mail address' });
  if (v.kind === 'dossier' && !v.dossier) ctx.addIssue({ code: 'custom', path: ['dossier'], message: 'is required when kind is dossier' });
  if (v.kind !== 'dossier' && !v.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'is required (the unit the feedback is about)' });
}

export const PublicSubmitBody = z.object({ ...sender, ...subject }).superRefine(subjectRules);
export type PublicSubmitBody = z.output<typeof PublicSubmitBody>;

export const RegisterBody = z
  .object({
    ...sender,
    ...subject,
    channel: z.enum(STAFF_CHANNELS).describe('Hình thức tiếp nhận: văn bản, điện thoại, email, đường dây nóng, trực tiếp'),
    receivedAt: Instant.optional().describe('Thời điểm tiếp nhận (mặc định: bây giờ); không được ở tương lai'),
  })
  .superRefine(subjectRules);
export type RegisterBody = z.output<typeof RegisterBody>;

const at = Instant.optional().describe('Thời điểm thực hiện (mặc định: bây giờ); không trước sự kiện trước đó, không ở tương lai');
export const AssignBody = z.object({
  unit: text(32).describe('Đơn vị xử lý: chính đơn vị hoặc phòng ban, xã trực thuộc (mã)'),
  user: optionalText(100).describe('Tên đăng nhập của người xử lý (không bắt buộc), thuộc đơn vị xử lý'),
  note: optionalText(2000),
  at,
});
export const ReplyBody = z.object({
  text: text(10000).describe('Nội dung trả lời'),
  publish: z.boolean().default(false).describe('Công khai trả lời trên Cổng (chỉ khi người gửi đồng ý công khai)'),
  at,
});
export const RejectBody = z.object({
  reason: z.enum(REJECT_REASONS).describe('out_of_competence: không thuộc thẩm quyền; duplicate: trùng lặp'),
  note: text(2000).describe('Lý do cụ thể (chuyển đến cơ quan nào, trùng với phản ánh nào)'),
  at,
});
export const CloseBody = z.object({ note: optionalText(2000), at });
export type AssignBody = z.output<typeof AssignBody>;
export type ReplyBody = z.output<typeof ReplyBody>;
export type RejectBody = z.output<typeof RejectBody>;
export type CloseBody = z.output<typeof CloseBody>;

/** The sender proves a feedback is theirs with its phone number or e-mail (never the code alone). */
export const Proof = z
  .object({ phone: optionalPhone, email: optionalEmail })
  .refine((p) => p.phone || p.email, { message: 'give the phone number or the e-mail used on the feedback', path: ['phone'] });
export type Proof = z.output<typeof Proof>;
export const LookupBody = z.object({ code: text(64), phone: optionalPhone, email: optionalEmail }).refine((p) => p.phone || p.email, {
  message: 'give the phone number or the e-mail used on the feedback',
  path: ['phone'],
});
export const RatingBody = z
  .object({ phone: optionalPhone, email: optionalEmail, rating: z.enum(FEEDBACK_RATINGS), comment: optionalText(2000) })
  .refine((p) => p.phone || p.email, { message: 'give the phone number or the e-mail used on the feedback', path: ['phone'] });
export type RatingBody = z.output<typeof RatingBody>;

const UnitRef = z.object({ code: z.string(), name: z.string() });
const Timeline = z.array(
  z.object({ at: z.string(), type: z.enum(['received', 'assigned', 'replied', 'rejected', 'closed', 'rated']), label: z.string(), detail: z.string().nullable() }),
);

export const FeedbackAttachment = z.object({
  id: z.number().int(),
  ...storedFileFields,
});

export const FeedbackView = z.object({
  code: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  kindLabel: z.string(),
  channel: z.enum(FEEDBACK_CHANNELS),
  unit: UnitRef,
  dossier: z.string().nullable(),
  procedure: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
  sender: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  title: z.string(),
  content: z.string(),
  consentPublish: z.boolean(),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  receivedAt: z.string(),
  workingDays: z.number(),
  dueAt: z.string(),
  overdue: z.boolean().describe('Open and past its due instant now'),
  timeliness: z.enum(['on_time', 'late']).nullable().describe('Once replied: replied by the due instant or after it'),
  assignedUnit: UnitRef.nullable(),
  assignedUser: z.string().nullable(),
  reply: z.object({ text: z.string(), at: z.string(), publish: z.boolean() }).nullable(),
  rejection: z.object({ reason: z.enum(REJECT_REASONS), reasonLabel: z.string(), note: z.string().nullable(), at: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  rating: z.object({ level: z.enum(FEEDBACK_RATINGS), comment: z.string().nullable(), at: z.string() }).nullable(),
  allowedActions: z.array(z.enum(FEEDBACK_ACTIONS)).describe("What the caller may do now (lifecycle, role and holder rules)"),
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      type: z.enum(['received', 'assigned', 'replied', 'rejected', 'closed', 'rated']),
      label: z.string(),
      actor: z.string().describe("Account (username), 'citizen' (the sender through the portal) or a system label"),
      actorName: z.string().describe("The account's full name; the stored label otherwise"),
      detail: z.string().nullable(),
    }),
  ),
  attachments: z.array(FeedbackAttachment),
});
export type FeedbackView = z.output<typeof FeedbackView>;

export const FeedbackSummary = z.object({
  code: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  channel: z.enum(FEEDBACK_CHANNELS),
  unit: UnitRef,
  title: z.string(),
  senderName: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  receivedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  timeliness: z.enum(['on_time', 'late']).nullable(),
  assignedUnit: UnitRef.nullable(),
  assignedUser: z.string().nullable(),
  repliedAt: z.string().nullable(),
});
export const FeedbackList = z.object({ total: z.number().int(), items: z.array(FeedbackSummary) });

export const ListQuery = z.object({
  unit: z.string().optional().describe('Only this unit and the units below it'),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  kind: z.enum(FEEDBACK_KINDS).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only open feedback past its due instant'),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe("Only feedback assigned to the caller's unit or to the caller"),
  period: z.string().optional().describe('Received in this period: 2023-H1, 2023-Q1, 2023-M05, 2023-9M, 2023'),
  from: LocalDate.optional().describe('Received from this date'),
  to: LocalDate.optional().describe('Received up to this date'),
  q: z.string().trim().max(200).optional().describe('Words of the title, content, code or sender (no diacritics needed)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.output<typeof ListQuery>;

export const PublicFeedback = z.object({
  code: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  kindLabel: z.string(),
  unit: UnitRef,
  title: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  timeline: Timeline,
  reply: z.object({ text: z.string(), at: z.string() }).nullable().describe('Only once replied'),
  rejection: z.object({ reason: z.enum(REJECT_REASONS), reasonLabel: z.string(), note: z.string().nullable() }).nullable(),
  rating: z.enum(FEEDBACK_RATINGS).nullable(),
  canRate: z.boolean(),
  attachments: z.number().int().describe('Files attached'),
  canAttach: z.boolean(),
});
export type PublicFeedback = z.output<typeof PublicFeedback>;

export const SubmitResult = z.object({ code: z.string(), unit: UnitRef, receivedAt: z.string(), dueAt: z.string(), workingDays: z.number() });

export const PublishedQuery = z.object({
  unit: z.string().trim().min(1).max(32).optional().describe('Only this unit and the units below it'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export const PublishedList = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      kind: z.enum(FEEDBACK_KINDS),
      kindLabel: z.string(),
      unit: UnitRef,
      procedure: z.string().nullable(),
      title: z.string(),
      content: z.string(),
      reply: z.string(),
      receivedOn: z.string(),
      repliedOn: z.string(),
    }),
  ),
});

export const StatsQuery = z
  .object({
    unit: text(32),
    period: z.string().optional().describe('2023-H1, 2023-Q1, 2023-M05, 2023-9M, 2023 (15th → 14th)'),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
  })
  .refine((q) => q.period !== undefined || (q.from !== undefined && q.to !== undefined), { message: 'give either period or both from and to', path: ['period'] });
export type StatsQuery = z.output<typeof StatsQuery>;

const countsOf = <T extends readonly string[]>(keys: T) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const FeedbackFigures = z.object({
  total: z.number().int().describe('Counted in the period: received in it, or before it and not finished at its start'),
  received: z.number().int().describe('Received in the period'),
  carriedOver: z.number().int().describe('Received before the period, still open at its start'),
  byKind: countsOf(FEEDBACK_KINDS).describe('Received in the period, by kind'),
  byChannel: countsOf(FEEDBACK_CHANNELS).describe('Received in the period, by channel'),
  handledOnTime: z.number().int().describe('Replied by the due instant (before the cut-off)'),
  handledLate: z.number().int().describe('Replied after the due instant'),
  rejected: z.number().int().describe('Not handled: out of competence or duplicate (not counted in 5.2)'),
  pendingOnTime: z.number().int().describe('Not replied at the cut-off, due instant not passed'),
  pendingOverdue: z.number().int().describe('Not replied at the cut-off, past the due instant'),
  onTimeRate: z.string().nullable().describe('handledOnTime / (handledOnTime + handledLate), e.g. 97,78%'),
  ratedVerySatisfied: z.number().int().describe('Ratings given in the period'),
  ratedSatisfied: z.number().int(),
  ratedDissatisfied: z.number().int(),
  satisfactionRate: z.string().nullable().describe('(very satisfied + satisfied) / ratings'),
  scores766: z.object({
    handledOnTime: z.number().describe('5.2 PAKN xử lý đúng hạn (max 6)'),
    satisfaction: z.number().describe('5.3 Hài lòng trong xử lý PAKN (max 6)'),
  }),
});
export type FeedbackFigures = z.output<typeof FeedbackFigures>;

export const FeedbackStats = z.object({
  unit: UnitRef,
  from: z.string(),
  to: z.string(),
  period: z.string().optional(),
  self: FeedbackFigures,
  children: FeedbackFigures.describe('The units below it, summed'),
  byUnit: z.record(z.string(), FeedbackFigures),
  lateItems: z
    .array(z.object({ code: z.string(), unit: z.string(), title: z.string(), dueAt: z.string(), repliedAt: z.string().nullable(), state: z.enum(['late', 'overdue']) }))
    .describe('Replied late or overdue at the cut-off, in the unit and below'),
  formulas: z.object({ handledOnTime: z.string(), satisfaction: z.string() }),
});
export type FeedbackStats = z.output<typeof FeedbackStats>;

export const DeadlineView = z.object({
  id: z.number().int(),
  kind: z.enum(FEEDBACK_KINDS),
  workingDays: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  basis: z.string(),
  note: z.string().nullable(),
});
export const DeadlineBody = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  workingDays: z.number().positive().max(365),
  validFrom: LocalDate,
  basis: text(500).describe('Văn bản quy định'),
  note: optionalText(1000),
});
export type DeadlineBody = z.output<typeof DeadlineBody>;

export const ReminderItem = z.object({
  code: z.string(),
  title: z.string(),
  unit: UnitRef,
  assignedUnit: UnitRef.nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  dueAt: z.string(),
  state: z.enum(['overdue', 'due_soon']),
});
export type ReminderItem = z.output<typeof ReminderItem>;
