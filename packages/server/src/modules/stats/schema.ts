import { DRILLDOWN_KINDS, STAT_FIELDS } from '@motcua/core';
import { z } from 'zod';

export const StatsFigures = z.object(Object.fromEntries(STAT_FIELDS.map((f) => [f, z.number().int()])) as Record<
  (typeof STAT_FIELDS)[number],
  z.ZodNumber
>);

export const StatsQuery = z
  .object({
    unit: z.string().min(1).describe('Unit code, e.g. 440'),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    period: z.string().optional().describe('2023-H1, 2023-Q1, 2023-M05, 2023-9M, 2023'),
  })
  .refine((q) => q.period !== undefined || (q.from !== undefined && q.to !== undefined), {
    message: 'give either period or both from and to',
    path: ['period'],
  });
export type StatsQuery = z.output<typeof StatsQuery>;

export const StatsResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  period: z.string().optional(),
  self: StatsFigures,
  children: StatsFigures,
  byUnit: z.record(z.string(), StatsFigures),
});
export type StatsResponse = z.output<typeof StatsResponse>;

export const OverdueQuery = z.object({
  unit: z.string().min(1),
  withinDays: z.coerce.number().min(0).max(30).default(1).describe('Also list dossiers due within this many working days'),
  at: z.string().optional().describe('Instant to judge at (default: now)'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const OverdueItem = z.object({
  code: z.string(),
  unit: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  status: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  state: z.enum(['overdue', 'due_soon']),
  workingHoursLate: z.number().describe('Working hours past due (negative: left before due)'),
  reason: z.string().describe('Vietnamese explanation: which step is late and by how much'),
  holder: z.string().nullable(),
  step: z.object({ name: z.string().nullable(), to: z.string(), dueAt: z.string().nullable() }).nullable(),
});
export const OverdueResponse = z.object({ at: z.string(), items: z.array(OverdueItem) });

const IndicatorFigures = z.object({
  handled: z.number().int().describe('Resolved + in progress (not paused) at the cut-off'),
  handledOnTime: z.number().int(),
  handledDissatisfiedOrOverdue: z.number().int(),
  overdueWithApology: z.number().int(),
  overdueWithoutApology: z.number().int(),
  awaitingPastDue: z.number().int().describe('Paused at the cut-off although past due ("quá hạn, đang chờ")'),
  onlineAwaitingReception: z.number().int(),
  receivedNew: z.number().int(),
  receivedOnline: z.number().int(),
  fullOnlineDossiers: z.number().int().describe('New dossiers of procedures offered fully online'),
  fullOnlineSubmittedOnline: z.number().int().describe('… of which submitted online (the seed: 1.170 / 1.230)'),
  fullOnlineRate: z.string().nullable().describe('Vietnamese percentage, e.g. 95,12%'),
  digitised: z.number().int().describe('New dossiers with at least one digitised component (số hóa), of receivedNew'),
  scores766: z.object({
    progress: z.number().nullable().describe('Tiến độ giải quyết, max 20'),
    satisfaction: z.number().nullable().describe('Hài lòng trong tiếp nhận, giải quyết, max 6 (PAKN not counted yet)'),
    onlineService: z.number().nullable().describe('Dịch vụ công trực tuyến, max 12'),
  }),
});
export const IndicatorsResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  self: IndicatorFigures,
  children: IndicatorFigures,
  procedures: z.object({ level: z.string(), total: z.number().int(), online: z.number().int(), onlineUsed: z.number().int() }),
});
export type IndicatorsResponse = z.output<typeof IndicatorsResponse>;

export const ByFieldQuery = z.intersection(
  StatsQuery,
  z.object({ scope: z.enum(['self', 'children', 'all']).default('all').describe('The unit\'s own desk, the units below it, or both') }),
);
export const ByFieldResponse = z.object({
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  scope: z.enum(['self', 'children', 'all']),
  rows: z.array(z.object({ level: z.string(), field: z.string(), figures: StatsFigures })),
});

export const TrendQuery = z.object({
  unit: z.string().min(1),
  from: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM: the first reporting month (15th of the month before → 14th)'),
  to: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM: the last reporting month'),
});
export const TrendResponse = z.object({
  unit: z.string(),
  months: z.array(z.object({ month: z.string(), from: z.string(), to: z.string(), self: StatsFigures, children: StatsFigures })),
});

export const DrilldownQuery = z.intersection(
  StatsQuery,
  z.object({
    kind: z.enum(DRILLDOWN_KINDS).describe('The figure to open'),
    scope: z.enum(['self', 'children', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  }),
);
export const DrilldownResponse = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      code: z.string(),
      unit: z.string(),
      procedureCode: z.string(),
      procedureName: z.string(),
      field: z.string(),
      applicantName: z.string(),
      status: z.string(),
      receivedAt: z.string().nullable(),
      dueAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
      holder: z.string().nullable(),
    }),
  ),
});
