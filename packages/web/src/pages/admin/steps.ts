import type { ProcedureStep } from '../../api/types';

/** Sum of the steps' working days, exact to the hundredth (shares like 0,5 + 1,5 days). */
export function stepsTotal(steps: readonly Pick<ProcedureStep, 'workingDays'>[]): number {
  return Math.round(steps.reduce((s, x) => s + (Number.isFinite(x.workingDays) ? x.workingDays : 0), 0) * 100) / 100;
}

/**
 * The server's rule (procedures/schema.ts): when a procedure has steps, their working days must
 * add up to exactly the procedure's legal time. No steps is allowed.
 */
export function stepsMatch(workingDays: number, steps: readonly Pick<ProcedureStep, 'workingDays'>[]): boolean {
  if (!steps.length) return true;
  return Math.abs(stepsTotal(steps) - workingDays) < 1e-9;
}
