import { addDays, daysInMonth, isValidLocalDate, localMidnight, type LocalDate } from './time.js';

/** A reporting period [from, to], both local dates inclusive (statistics.md). */
export interface Period {
  from: LocalDate;
  to: LocalDate;
  /** The named period it came from, e.g. `2023-H1`, when it has one. */
  name?: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day15 = (year: number, month: number): LocalDate =>
  month === 0 ? `${year - 1}-12-15` : `${year}-${pad(month)}-15`;
const day14 = (year: number, month: number): LocalDate => `${year}-${pad(month)}-14`;

/**
 * Parses a named period with the Nghị định 09/2019 cut-off (15th → 14th): `2023-H1`, `2023-9M`,
 * `2023` (year), `2023-Q1`…`Q4`, `2023-M05`. Undefined when the name is not one of them.
 */
export function parsePeriodName(name: string): Period | undefined {
  let m = /^(\d{4})$/.exec(name);
  if (m) {
    const y = Number(m[1]);
    return { from: day15(y, 0), to: day14(y, 12), name };
  }
  m = /^(\d{4})-H([12])$/.exec(name);
  if (m) {
    const y = Number(m[1]);
    return m[2] === '1'
      ? { from: day15(y, 0), to: day14(y, 6), name }
      : { from: day15(y, 6), to: day14(y, 12), name };
  }
  m = /^(\d{4})-9M$/.exec(name);
  if (m) {
    const y = Number(m[1]);
    return { from: day15(y, 0), to: day14(y, 9), name };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(name);
  if (m) {
    const y = Number(m[1]), q = Number(m[2]);
    return { from: day15(y, (q - 1) * 3), to: day14(y, q * 3), name };
  }
  m = /^(\d{4})-M(\d{2})$/.exec(name);
  if (m) {
    const y = Number(m[1]), month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return { from: day15(y, month - 1), to: day14(y, month), name };
  }
  return undefined;
}

/** A custom period; undefined when a date is invalid or `to` is before `from`. */
export function customPeriod(from: string, to: string): Period | undefined {
  if (!isValidLocalDate(from) || !isValidLocalDate(to) || to < from) return undefined;
  return { from, to };
}

/** The instants a period covers: from 00:00 ≤ t < cutoff = (to + 1 day) 00:00, local time. */
export function periodBounds(period: Period): { start: number; cutoff: number } {
  return { start: localMidnight(period.from), cutoff: localMidnight(addDays(period.to, 1)) };
}

export { daysInMonth };
