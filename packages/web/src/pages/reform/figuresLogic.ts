import { formatNumberVi, formatPercentVi, validateFigureValues, type FigureDefinition } from '@motcua/core';
import type { FigureFormView, FigureItem } from '../../api/types';

/** What the user typed, by figure code: a number, or null for a cleared input. */
export type Edits = Record<string, number | null>;

/** The definitions the core rules need, from the form's figures and the catalogue's decimals. */
export function definitionsOf(form: FigureFormView, decimals: Readonly<Record<string, number>>): FigureDefinition[] {
  return form.figures.map((f) => ({
    code: f.code,
    name: f.name,
    section: f.section,
    measure: f.measure,
    kind: f.kind,
    decimals: f.kind === 'rate' ? 2 : (decimals[f.code] ?? 0),
    parent: f.parent ?? undefined,
    numerator: f.numerator ?? undefined,
    denominator: f.denominator ?? undefined,
  }));
}

/** Stored values merged with the edits (typed figures only: rates are never sent). */
export function mergedValues(form: FigureFormView, edits: Edits): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of form.figures) if (f.kind !== 'rate') out[f.code] = f.code in edits ? edits[f.code]! : f.value;
  return out;
}

/** Only the values that differ from the stored ones (the PUT body). */
export function changedValues(form: FigureFormView, edits: Edits): Edits {
  const out: Edits = {};
  for (const f of form.figures) if (f.kind !== 'rate' && f.code in edits && edits[f.code] !== f.value) out[f.code] = edits[f.code]!;
  return out;
}

export type IssueText = { key: string; params?: Record<string, string> };

/**
 * The server's rules (validateFigureValues of @motcua/core, the very function the server runs),
 * by figure code, with the reason as an i18n key: non-negative, decimals, percentages ≤ 100,
 * parts ≤ totals.
 */
export function clientIssues(form: FigureFormView, decimals: Readonly<Record<string, number>>, edits: Edits): Map<string, IssueText[]> {
  const defs = definitionsOf(form, decimals);
  const byCode = new Map(form.figures.map((f) => [f.code, f]));
  const out = new Map<string, IssueText[]>();
  for (const issue of validateFigureValues(defs, mergedValues(form, edits))) {
    const code = issue.field.replace(/^values\./, '');
    let text: IssueText = { key: 'figures.err.other', params: { reason: issue.reason } };
    if (issue.reason === 'must not be negative') text = { key: 'figures.err.negative' };
    else if (issue.reason === 'a percentage is at most 100') text = { key: 'figures.err.percentMax' };
    else if (issue.reason === 'must be a number') text = { key: 'figures.err.number' };
    else {
      const dec = /^at most (\d+) decimal/.exec(issue.reason);
      const parts = /^parts \((.*) = ([\d.]+)\) exceed the total ([\d.]+)$/.exec(issue.reason);
      if (dec) text = { key: 'figures.err.decimals', params: { n: dec[1]! } };
      else if (parts) {
        const d = decimals[code] ?? 0;
        const names = parts[1]!.split(' + ').map((c) => byCode.get(c)?.name ?? c).join(' + ');
        text = { key: 'figures.err.parts', params: { parts: names, sum: formatNumberVi(Number(parts[2]), d), total: formatNumberVi(Number(parts[3]), d) } };
      }
    }
    out.set(code, [...(out.get(code) ?? []), text]);
  }
  return out;
}

/** A rate's text from the merged values (numerator / denominator, half-up to 2 decimals), or null. */
export function liveRate(f: FigureItem, values: Readonly<Record<string, number | null>>): string | null {
  const n = f.numerator ? values[f.numerator] : null;
  const d = f.denominator ? values[f.denominator] : null;
  if (n === null || n === undefined || d === null || d === undefined || d === 0) return null;
  return formatPercentVi(n, d);
}

/** A typed value as the report prints it (54,020; 397.346.000; 95%). */
export function displayValue(f: FigureItem, v: number | null | undefined, decimals: number): string {
  if (v === null || v === undefined) return '';
  if (f.kind === 'percent') return `${formatNumberVi(v, Number.isInteger(v) ? 0 : 2)}%`;
  return formatNumberVi(v, decimals);
}
