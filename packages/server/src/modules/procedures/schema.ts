import { z } from 'zod';

export const ProcedureLevel = z.enum(['province', 'district', 'commune']);
export const OnlineLevel = z.enum(['full', 'partial', 'none']);

export const ProcedureStep = z.object({
  name: z.string().trim().min(1),
  department: z.string().trim().min(1).optional(),
  workingDays: z.number().positive(),
});

const ProcedureFields = z.object({
    code: z.string().trim().min(1).max(64),
    name: z.string().trim().min(1).max(1000),
    field: z.string().trim().min(1).max(300),
    level: ProcedureLevel,
    workingDays: z.number().positive().max(3650),
    onlineLevel: OnlineLevel,
    fee: z.number().int().nonnegative().optional(),
    requiredDocuments: z.array(z.string().trim().min(1)).optional(),
    steps: z.array(ProcedureStep).optional(),
    demo: z.boolean().optional(),
});

/** The internal steps must share out exactly the procedure's legal time. */
function stepsAddUp(p: { workingDays: number; steps?: Array<{ workingDays: number }> | undefined }, ctx: z.RefinementCtx): void {
  if (!p.steps?.length) return;
  const total = p.steps.reduce((s, x) => s + x.workingDays, 0);
  if (Math.abs(total - p.workingDays) > 1e-9) {
    ctx.addIssue({ code: 'custom', path: ['steps'], message: `steps add up to ${total} working days, the procedure has ${p.workingDays}` });
  }
}

/** One line of procedures.jsonl (dossier-import.md). */
export const ProcedureInput = ProcedureFields.superRefine(stepsAddUp);
export type ProcedureInput = z.output<typeof ProcedureInput>;

/** The body of PUT /api/procedures/:code (the code is in the path). */
export const ProcedureBody = ProcedureFields.omit({ code: true }).superRefine(stepsAddUp);

export const Procedure = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  field: z.string(),
  level: ProcedureLevel,
  workingDays: z.number(),
  onlineLevel: OnlineLevel,
  fee: z.number().nullable(),
  requiredDocuments: z.array(z.string()),
  steps: z.array(ProcedureStep),
  demo: z.boolean(),
});
export type Procedure = z.output<typeof Procedure>;

export const ProcedureListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Diacritic-insensitive search in name, code and field'),
  level: ProcedureLevel.optional(),
  field: z.string().optional(),
  onlineLevel: OnlineLevel.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ProcedureListQuery = z.output<typeof ProcedureListQuery>;

export const ProcedureList = z.object({ total: z.number().int(), items: z.array(Procedure) });

export const LevelCounts = z.object({
  published: z.number().int(),
  online: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
});
export const ProcedureCounts = z.object({
  province: LevelCounts,
  district: LevelCounts,
  commune: LevelCounts,
});
export type ProcedureCounts = z.output<typeof ProcedureCounts>;

export const ImportResult = z.object({
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportResult = z.output<typeof ImportResult>;
