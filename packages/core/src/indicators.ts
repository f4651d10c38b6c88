import { roundHalfUp } from './format.js';

/**
 * Decision 766/QĐ-TTg sub-scores whose formulas are known (statistics.md). Inputs are counts
 * for one unit and period; results are points rounded to two decimals, undefined when the unit
 * had nothing to score.
 */

/** Tiến độ giải quyết (20): (resolved early/on time + in progress within deadline) / handled. */
export function progressScore(handledOnTime: number, handled: number): number | undefined {
  return handled === 0 ? undefined : roundHalfUp((20 * handledOnTime) / handled, 2);
}

/** Hài lòng trong tiếp nhận, giải quyết (6): min(6, 6·r/0,90), r = share neither dissatisfied, complained about nor overdue. */
export function satisfactionScore(handledBad: number, handled: number): number | undefined {
  if (handled === 0) return undefined;
  const r = (handled - handledBad) / handled;
  return roundHalfUp(Math.min(6, (6 * r) / 0.9), 2);
}

/**
 * Dịch vụ công trực tuyến (12) = min(2, 2·A/0,80) + 4·B + min(6, 6·C/0,50): A = procedures with an
 * online service / procedures of the unit; B = online procedures used online / online procedures;
 * C = online dossiers / all dossiers.
 */
export function onlineServiceScore(a: { procedures: number; online: number; onlineUsed: number; dossiers: number; onlineDossiers: number }): number | undefined {
  if (a.procedures === 0) return undefined;
  const A = a.online / a.procedures;
  const B = a.online === 0 ? 0 : a.onlineUsed / a.online;
  const C = a.dossiers === 0 ? 0 : a.onlineDossiers / a.dossiers;
  return roundHalfUp(Math.min(2, (2 * A) / 0.8) + 4 * B + Math.min(6, (6 * C) / 0.5), 2);
}
