/**
 * Periodic figures (số liệu định kỳ) of the CCHC report that have no other source in the
 * product: their definitions (a versioned catalogue kept as data) and the rules a form's values
 * obey. Pure: no I/O.
 *
 * Kinds:
 * - `count` / `amount`: typed by the responsible department (non-negative, at most `decimals`
 *   decimal places);
 * - `percent`: a percentage measured by another system and only reported here (e.g. the share
 *   of documents exchanged electronically, 0–100), typed;
 * - `rate`: numerator / denominator of two other figures of the same form, computed half-up to
 *   two decimals (54,020 / 146,250 → 36,94), never typed.
 * A figure with a `parent` is a part of it: the parts entered never add up to more than the total.
 */
import { roundHalfUp } from './format.js';

export const FIGURE_KINDS = ['count', 'amount', 'percent', 'rate'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureDefinition {
  /** Stable code, e.g. `invest.disbursed`; the same code keeps its meaning across versions. */
  code: string;
  /** Vietnamese name as the report writes it. */
  name: string;
  /** Section of the report, e.g. `II.5 Cải cách tài chính công`. */
  section: string;
  /** Unit of measure: người, vụ, đồng, tỷ đồng, %, … */
  measure: string;
  kind: FigureKind;
  /** Decimal places a typed value may have (rates: always 2). */
  decimals: number;
  /** The total this figure is a part of. */
  parent?: string | undefined;
  /** For a rate: the figures it divides. */
  numerator?: string | undefined;
  denominator?: string | undefined;
  /** Responsible department (suffix of its unit code, e.g. `NV` for 440-NV). */
  department?: string | undefined;
  note?: string | undefined;
}

export interface FigureIssue {
  field: string;
  reason: string;
}

const CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

/** Problems of a catalogue: duplicate codes, unknown parents or operands, cycles, mixed measures. */
export function validateCatalogue(defs: readonly FigureDefinition[]): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const byCode = new Map<string, FigureDefinition>();
  defs.forEach((d, i) => {
    const at = `definitions.${i}`;
    if (!CODE.test(d.code)) issues.push({ field: `${at}.code`, reason: 'must be lower-case words separated by dots' });
    if (byCode.has(d.code)) issues.push({ field: `${at}.code`, reason: `duplicate code ${d.code}` });
    byCode.set(d.code, d);
    if (!Number.isInteger(d.decimals) || d.decimals < 0 || d.decimals > 6) issues.push({ field: `${at}.decimals`, reason: 'must be an integer 0–6' });
    if (d.kind === 'rate') {
      if (!d.numerator || !d.denominator) issues.push({ field: `${at}.numerator`, reason: 'a rate needs a numerator and a denominator' });
      if (d.measure !== '%') issues.push({ field: `${at}.measure`, reason: 'a rate is measured in %' });
      if (d.parent) issues.push({ field: `${at}.parent`, reason: 'a rate cannot be a part of a total' });
    } else if (d.numerator || d.denominator) {
      issues.push({ field: `${at}.numerator`, reason: 'only a rate has a numerator and a denominator' });
    }
  });
  defs.forEach((d, i) => {
    const at = `definitions.${i}`;
    if (d.parent !== undefined) {
      const p = byCode.get(d.parent);
      if (!p) issues.push({ field: `${at}.parent`, reason: `unknown figure ${d.parent}` });
      else if (p.kind === 'rate' || p.kind === 'percent') issues.push({ field: `${at}.parent`, reason: `${d.parent} is not a total` });
      else if (p.measure !== d.measure) issues.push({ field: `${at}.parent`, reason: `${d.parent} is measured in ${p.measure}, not ${d.measure}` });
      // A cycle of parents would make "parts ≤ total" meaningless.
      const seen = new Set([d.code]);
      for (let c = p; c?.parent !== undefined; c = byCode.get(c.parent)) {
        if (seen.has(c.parent)) {
          issues.push({ field: `${at}.parent`, reason: 'parents form a cycle' });
          break;
        }
        seen.add(c.parent);
      }
    }
    for (const key of ['numerator', 'denominator'] as const) {
      const ref = d[key];
      if (d.kind !== 'rate' || ref === undefined) continue;
      const r = byCode.get(ref);
      if (!r) issues.push({ field: `${at}.${key}`, reason: `unknown figure ${ref}` });
      else if (r.kind === 'rate' || r.kind === 'percent') issues.push({ field: `${at}.${key}`, reason: `${ref} is itself a rate` });
    }
  });
  return issues;
}

const scaled = (v: number, decimals: number) => Math.round(v * 10 ** decimals);

/** Whether `v` has at most `decimals` decimal places (tolerating binary representation). */
export function hasAtMostDecimals(v: number, decimals: number): boolean {
  const s = v * 10 ** decimals;
  return Math.abs(s - Math.round(s)) < 1e-6 * Math.max(1, Math.abs(s));
}

/**
 * Problems of a form's values (all of them, after merging a change into the stored values):
 * unknown codes, typed rates, negative numbers, too many decimals, percentages above 100, and
 * parts that add up to more than their total. Fields are `values.<code>`.
 */
export function validateFigureValues(defs: readonly FigureDefinition[], values: Readonly<Record<string, number | null>>): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const byCode = new Map(defs.map((d) => [d.code, d]));
  for (const [code, v] of Object.entries(values)) {
    const field = `values.${code}`;
    const d = byCode.get(code);
    if (!d) {
      issues.push({ field, reason: 'is not a figure of this catalogue' });
      continue;
    }
    if (v === null) continue;
    if (d.kind === 'rate') {
      issues.push({ field, reason: `is computed from ${d.numerator} / ${d.denominator}, never typed` });
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ field, reason: 'must be a number' });
    else if (v < 0) issues.push({ field, reason: 'must not be negative' });
    else if (!hasAtMostDecimals(v, d.decimals)) issues.push({ field, reason: `at most ${d.decimals} decimal place(s)` });
    else if (d.kind === 'percent' && v > 100) issues.push({ field, reason: 'a percentage is at most 100' });
  }
  // Parts ≤ totals, in exact scaled integers (39,278 + 14,742 = 54,020 exactly).
  const parts = new Map<string, FigureDefinition[]>();
  for (const d of defs) if (d.parent !== undefined) parts.set(d.parent, [...(parts.get(d.parent) ?? []), d]);
  for (const [parent, children] of parts) {
    const total = values[parent];
    if (total === null || total === undefined || !Number.isFinite(total)) continue;
    const p = byCode.get(parent)!;
    const entered = children.filter((c) => typeof values[c.code] === 'number' && Number.isFinite(values[c.code]));
    if (entered.length === 0) continue;
    const dec = Math.max(p.decimals, ...entered.map((c) => c.decimals));
    const sum = entered.reduce((s, c) => s + scaled(values[c.code]!, dec), 0);
    if (sum > scaled(total, dec)) {
      const list = entered.map((c) => c.code).join(' + ');
      issues.push({ field: `values.${parent}`, reason: `parts (${list} = ${sum / 10 ** dec}) exceed the total ${total}` });
    }
  }
  return issues;
}

/** numerator / denominator in percent, half-up to 2 decimals; null when an operand is missing or the denominator is 0. */
export function computeRate(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined || denominator === 0) return null;
  return roundHalfUp((numerator * 100) / denominator, 2);
}

/** Every rate of a catalogue computed from the typed values. */
export function computeRates(defs: readonly FigureDefinition[], values: Readonly<Record<string, number | null>>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const d of defs) if (d.kind === 'rate') out[d.code] = computeRate(values[d.numerator!], values[d.denominator!]);
  return out;
}

/**
 * The period before a named period, same length: 2023-H1 → 2022-H2, 2023-H2 → 2023-H1,
 * 2023-Q1 → 2022-Q4, 2023-M01 → 2022-M12, 2023 → 2022, 2023-9M → 2022-9M.
 */
export function previousPeriodName(name: string): string | undefined {
  let m = /^(\d{4})$/.exec(name);
  if (m) return String(Number(m[1]) - 1);
  m = /^(\d{4})-H([12])$/.exec(name);
  if (m) return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
  m = /^(\d{4})-9M$/.exec(name);
  if (m) return `${Number(m[1]) - 1}-9M`;
  m = /^(\d{4})-Q([1-4])$/.exec(name);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-M(\d{2})$/.exec(name);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return month === 1 ? `${Number(m[1]) - 1}-M12` : `${m[1]}-M${String(month - 1).padStart(2, '0')}`;
  }
  return undefined;
}
