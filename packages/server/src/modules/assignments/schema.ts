import { WORK_STATUSES } from '@motcua/core';
import { z } from 'zod';
import { LocalDate } from '../plans/schema.js';
import { ReminderItem as FeedbackReminderItem } from '../feedback/schema.js';

export const ISSUERS = ['province_committee', 'province_chairman', 'other'] as const;
export const ISSUER_LABELS_VI: Record<(typeof ISSUERS)[number], string> = {
  province_committee: 'UBND tỉnh',
  province_chairman: 'Chủ tịch UBND tỉnh',
  other: 'Khác',
};

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const optionalDate = LocalDate.nullish().transform((v) => v ?? null);

const fields = {
  sourceNumber: text(100).describe('Số văn bản giao nhiệm vụ, e.g. 2629/QĐ-UBND'),
  sourceDate: LocalDate.describe('Ngày văn bản giao'),
  issuer: z.enum(ISSUERS).describe('Cơ quan/người giao: UBND tỉnh, Chủ tịch UBND tỉnh, khác'),
  issuerName: optionalText(200).describe('Tên cơ quan giao khi issuer = other'),
  content: text(2000).describe('Nội dung nhiệm vụ'),
  deadline: optionalDate.describe('Hạn hoàn thành; null = thường xuyên (không có hạn)'),
  leadUnit: text(200).describe('Đơn vị chủ trì: mã (440-NV) hoặc tên (Phòng Nội vụ)'),
  assignee: optionalText(200).describe('Người được giao theo dõi'),
  status: z.enum(WORK_STATUSES).default('not_started'),
  completedOn: optionalDate.describe('Ngày hoàn thành (bắt buộc khi status = done)'),
  reportNumber: optionalText(100).describe('Số văn bản báo cáo kết quả'),
  reportDate: optionalDate,
};

type Rules = {
  sourceDate?: string;
  deadline?: string | null;
  status?: string;
  completedOn?: string | null;
  issuer?: string;
  issuerName?: string | null;
  reportDate?: string | null;
};
/** Cross-field rules, shared by the create body and the merged result of an update. */
export function assignmentIssues(v: Rules): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  if (v.sourceDate && v.deadline && v.deadline < v.sourceDate) out.push({ path: 'deadline', message: 'must not be before sourceDate' });
  if (v.status === 'done' && !v.completedOn) out.push({ path: 'completedOn', message: 'is required when status is done' });
  if (v.status !== undefined && v.status !== 'done' && v.completedOn) out.push({ path: 'status', message: 'must be done when a completion date is given' });
  if (v.sourceDate && v.completedOn && v.completedOn < v.sourceDate) out.push({ path: 'completedOn', message: 'must not be before sourceDate' });
  if (v.issuer === 'other' && !v.issuerName) out.push({ path: 'issuerName', message: 'is required when issuer is other' });
  if (v.reportDate && v.sourceDate && v.reportDate < v.sourceDate) out.push({ path: 'reportDate', message: 'must not be before sourceDate' });
  return out;
}

export const CreateAssignmentBody = z
  .object({ unit: text(32).describe('Đơn vị nhận nhiệm vụ, e.g. 440'), ...fields })
  .superRefine((v, ctx) => {
    for (const i of assignmentIssues(v)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  });
export type CreateAssignmentBody = z.output<typeof CreateAssignmentBody>;

export const UpdateAssignmentBody = z.object({
  sourceNumber: fields.sourceNumber.optional(),
  sourceDate: LocalDate.optional(),
  issuer: z.enum(ISSUERS).optional(),
  issuerName: fields.issuerName.optional(),
  content: fields.content.optional(),
  deadline: fields.deadline.optional(),
  leadUnit: fields.leadUnit.optional(),
  assignee: fields.assignee.optional(),
});
export type UpdateAssignmentBody = z.output<typeof UpdateAssignmentBody>;

export const ProgressBody = z
  .object({
    note: optionalText(4000).optional().describe('Tiến độ / ghi chú'),
    status: z.enum(WORK_STATUSES).optional(),
    completedOn: optionalDate.optional(),
    reportNumber: fields.reportNumber.optional(),
    reportDate: fields.reportDate.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'give a note or a change', path: ['note'] });
export type ProgressBody = z.output<typeof ProgressBody>;

const UnitRef = z.object({ code: z.string(), name: z.string() });
export const OUTCOMES = ['no_deadline', 'on_time', 'late', 'overdue', 'not_due'] as const;

export const AssignmentView = z.object({
  id: z.number().int(),
  unit: UnitRef,
  sourceNumber: z.string(),
  sourceDate: z.string(),
  issuer: z.enum(ISSUERS),
  issuerName: z.string().nullable(),
  source: z.string().describe('e.g. "Văn bản số 215/UBND-NC1 ngày 10/01/2023 của UBND tỉnh"'),
  content: z.string(),
  deadline: z.string().nullable(),
  deadlineLabel: z.string().describe('dd/mm/yyyy or "Thường xuyên"'),
  leadUnit: UnitRef,
  assignee: z.string().nullable(),
  status: z.enum(WORK_STATUSES),
  completedOn: z.string().nullable(),
  reportNumber: z.string().nullable(),
  reportDate: z.string().nullable(),
  outcome: z.enum(OUTCOMES).describe('As of today: on_time / late (done), overdue / not_due (open), no_deadline'),
  notes: z.array(z.object({ at: z.string(), author: z.string(), note: z.string() })),
});
export type AssignmentView = z.output<typeof AssignmentView>;

export const ListQuery = z.object({
  unit: z.string().optional().describe('Only this unit (and the units below it)'),
  leadUnit: z.string().optional().describe('Only tasks led by this unit (code)'),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe("Tasks led by the caller's unit (a department's queue)"),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only tasks not done'),
  from: LocalDate.optional().describe('Source date from'),
  to: LocalDate.optional().describe('Source date to'),
  q: z.string().trim().max(200).optional().describe('Words of the content or source number (no diacritics needed)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.output<typeof ListQuery>;
export const AssignmentList = z.object({ total: z.number().int(), items: z.array(AssignmentView) });

export const STATS_SCOPES = ['self', 'children', 'all'] as const;
export const StatsQuery = z
  .object({
    unit: text(32),
    period: z.string().optional().describe('2023-H1, 2023-Q1, 2023-M05, 2023-9M, 2023 (15th → 14th)'),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    scope: z
      .enum(STATS_SCOPES)
      .default('self')
      .describe("self: the unit's own tasks (default); children: those of the communes below it; all: both (the district's roll-up)"),
  })
  .refine((q) => q.period !== undefined || (q.from !== undefined && q.to !== undefined), { message: 'give either period or both from and to', path: ['period'] });

const Count = z.object({ count: z.number().int(), rate: z.string().describe('Share of the tasks with a deadline, half-up: 97,78%') });
const Item = z.object({
  id: z.number().int(),
  unit: UnitRef.describe('The committee the task was assigned to'),
  content: z.string(),
  source: z.string(),
  leadUnit: UnitRef,
  deadline: z.string(),
  completedOn: z.string().nullable(),
  daysLate: z.number().int(),
});
const UnitCounts = z.object({
  unit: UnitRef,
  total: z.number().int(),
  withDeadline: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  notDue: z.number().int(),
});
export const AssignmentStats = z.object({
  unit: UnitRef,
  scope: z.enum(STATS_SCOPES),
  from: z.string(),
  to: z.string(),
  period: z.string().optional(),
  byUnit: z.array(UnitCounts).describe('Each committee counted (the unit and/or the communes below it), in unit order'),
  total: z.number().int().describe('Assigned in the period, or earlier and still open at its start'),
  withDeadline: z.number().int(),
  withoutDeadline: z.number().int().describe('Thường xuyên'),
  onTime: Count,
  late: Count,
  overdue: Count.describe('Not done and past the deadline at the end of the period'),
  notDue: Count.describe('Not done, deadline after the period'),
  lateItems: z.array(Item).describe('Done late, by content (the report names them)'),
  overdueItems: z.array(Item),
});
export type AssignmentStats = z.output<typeof AssignmentStats>;

export const RemindersQuery = z.object({
  unit: text(32),
  withinDays: z.coerce.number().int().min(0).max(60).default(3).describe('Due within this many working days'),
  at: LocalDate.optional().describe('Judge as of this day (default: today)'),
});
export const Reminders = z.object({
  unit: UnitRef,
  at: z.string(),
  horizon: z.string().describe('The last day counted as due soon (N working days after at)'),
  items: z.array(
    z.object({
      id: z.number().int(),
      content: z.string(),
      source: z.string(),
      leadUnit: UnitRef,
      assignee: z.string().nullable(),
      deadline: z.string(),
      state: z.enum(['overdue', 'due_soon']),
      workingDaysLeft: z.number().int().describe('Working days from at to the deadline (negative: working days late)'),
      notify: z.array(z.string()).describe('Who is reminded: the assignee and the lead unit'),
      escalate: z.boolean().describe("Overdue: escalated to the unit's leaders"),
      escalateTo: z.array(z.object({ username: z.string(), fullName: z.string() })),
    }),
  ),
  feedback: z.array(FeedbackReminderItem).describe('Citizen feedback (PAKN) overdue or due by the horizon (issue #6)'),
});
