import { REFORM_AREAS, WORK_STATUSES, isValidLocalDate } from '@motcua/core';
import { z } from 'zod';

/** A local calendar date YYYY-MM-DD that exists. */
export const LocalDate = z.string().refine(isValidLocalDate, 'must be a date YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Status and completion date agree: `done` exactly when a completion date is given. */
const statusRule = <T extends { status: string; completedOn: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.status === 'done' && !v.completedOn) ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'is required when status is done' });
  if (v.status !== 'done' && v.completedOn) ctx.addIssue({ code: 'custom', path: ['status'], message: 'must be done when a completion date is given' });
};

const workFields = {
  content: text(2000),
  expectedOutput: optionalText(1000).describe('Sản phẩm / kết quả dự kiến'),
  deadline: LocalDate.nullish().transform((v) => v ?? null).describe('Thời hạn hoàn thành (null: cả năm / thường xuyên)'),
  status: z.enum(WORK_STATUSES).default('not_started'),
  completedOn: LocalDate.nullish().transform((v) => v ?? null).describe('Ngày hoàn thành (required when status is done)'),
  evidence: optionalText(2000).describe('Minh chứng: số, ngày văn bản hoặc đường dẫn'),
};

export const ActivityInput = z
  .object({
    code: text(20).describe('Mã hoạt động trong nhiệm vụ, e.g. a, b, 1'),
    owner: z.string().trim().max(200).nullish().transform((v) => v || null).describe('Đơn vị chủ trì (mã hoặc tên); trống: như nhiệm vụ'),
    ...workFields,
  })
  .superRefine(statusRule);
export type ActivityInput = z.output<typeof ActivityInput>;

export const TaskInput = z
  .object({
    code: text(20).describe('Mã nhiệm vụ trong kế hoạch, e.g. 1, 2.3, II.4'),
    area: z.enum(REFORM_AREAS),
    owner: text(200).describe('Đơn vị chủ trì: mã (440-NV) hoặc tên (Phòng Nội vụ)'),
    cooperating: z.array(text(200)).max(30).default([]).describe('Đơn vị phối hợp'),
    ...workFields,
    activities: z.array(ActivityInput).max(100).default([]),
  })
  .superRefine(statusRule);
export type TaskInput = z.output<typeof TaskInput>;

const planHeader = {
  documentNumber: text(100).describe('Số văn bản, e.g. 111/KH-UBND'),
  documentDate: LocalDate.describe('Ngày ban hành'),
  title: z.string().trim().max(500).optional(),
};

export const CreatePlanBody = z.object({
  unit: text(32).describe('Mã đơn vị, e.g. 440'),
  year: z.number().int().min(2000).max(2100),
  ...planHeader,
  tasks: z.array(TaskInput).max(1000).default([]),
});
export type CreatePlanBody = z.output<typeof CreatePlanBody>;

export const UpdatePlanBody = z.object(planHeader).partial();
export type UpdatePlanBody = z.output<typeof UpdatePlanBody>;

export const StatusBody = z
  .object({
    status: z.enum(WORK_STATUSES),
    completedOn: LocalDate.nullish().transform((v) => v ?? null),
    evidence: optionalText(2000).optional(),
  })
  .superRefine(statusRule);
export type StatusBody = z.output<typeof StatusBody>;

const UnitRef = z.object({ code: z.string(), name: z.string() });

const workView = {
  id: z.number().int(),
  code: z.string(),
  content: z.string(),
  expectedOutput: z.string().nullable(),
  deadline: z.string().nullable(),
  status: z.enum(WORK_STATUSES),
  completedOn: z.string().nullable(),
  evidence: z.string().nullable(),
};

export const ActivityView = z.object({ ...workView, owner: UnitRef.nullable() });
export const TaskView = z.object({
  ...workView,
  area: z.enum(REFORM_AREAS),
  areaLabel: z.string(),
  owner: UnitRef,
  cooperating: z.array(z.string()),
  activities: z.array(ActivityView),
});
export type TaskView = z.output<typeof TaskView>;

export const PlanSummary = z.object({
  id: z.number().int(),
  unit: UnitRef,
  year: z.number().int(),
  documentNumber: z.string(),
  documentDate: z.string(),
  title: z.string(),
  taskCount: z.number().int(),
  activityCount: z.number().int(),
});
export type PlanSummary = z.output<typeof PlanSummary>;

export const PlanView = PlanSummary.extend({ tasks: z.array(TaskView) });
export type PlanView = z.output<typeof PlanView>;

export const PlanListQuery = z.object({
  unit: z.string().optional().describe('Only this unit (and, with below=true, the units below it)'),
  below: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const Rate = z.object({ done: z.number().int(), total: z.number().int(), rate: z.string().describe('Vietnamese percentage, half-up: 26,67%') });
export const TasksAndActivities = z.object({ tasks: Rate, activities: Rate });

export const OverdueWork = z.object({
  kind: z.enum(['task', 'activity']),
  planId: z.number().int(),
  unit: z.string(),
  taskCode: z.string(),
  code: z.string(),
  content: z.string(),
  owner: UnitRef,
  deadline: z.string(),
  daysLate: z.number().int(),
});

const ByArea = z.array(TasksAndActivities.extend({ area: z.enum(REFORM_AREAS), label: z.string() }));
const ByOwner = z.array(TasksAndActivities.extend({ owner: UnitRef }));

export const ProgressQuery = z.object({ at: LocalDate.optional().describe('As of the end of this day (default: today)') });

export const PlanProgress = TasksAndActivities.extend({
  plan: PlanSummary,
  at: z.string(),
  byArea: ByArea,
  byOwner: ByOwner,
  overdue: z.array(OverdueWork),
});
export type PlanProgress = z.output<typeof PlanProgress>;

export const RollupQuery = z.object({
  unit: text(32),
  year: z.coerce.number().int().min(2000).max(2100),
  at: LocalDate.optional(),
});

export const RollupProgress = TasksAndActivities.extend({
  unit: UnitRef,
  year: z.number().int(),
  at: z.string(),
  byUnit: z.array(TasksAndActivities.extend({ unit: UnitRef, planId: z.number().int(), documentNumber: z.string(), documentDate: z.string() })),
  withoutPlan: z.array(UnitRef).describe('Units below without a plan for the year'),
  byArea: ByArea,
  overdue: z.array(OverdueWork),
});
export type RollupProgress = z.output<typeof RollupProgress>;

export const ImportQuery = z.object({
  replace: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Replace the plan of that unit and year if it exists'),
});
export const ImportResult = z.object({
  planId: z.number().int(),
  tasks: z.number().int(),
  activities: z.number().int(),
  replaced: z.boolean(),
  evidenceRemoved: z.number().int().optional().describe('Evidence files removed because their task or activity is not in the new file (absent when none)'),
});

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
