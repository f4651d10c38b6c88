import { formatDateVi, parsePeriodName } from '@motcua/core';
import type { PeriodQuery } from '../../api/types';

/**
 * The dashboard's period: a named reporting period (Nghị định 09/2019: each month runs from the
 * 15th of the month before to the 14th) or custom dates. Parsing and the cut-off rule live in
 * @motcua/core; this file only maps the selector to the API's query parameters.
 */
export const NAMED_PARTS = [
  'Y',
  'H1',
  'H2',
  '9M',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
] as const;
export type NamedPart = (typeof NAMED_PARTS)[number];

export type PeriodSelection = { kind: 'named'; year: number; part: NamedPart } | { kind: 'custom'; from: string; to: string };

export const isNamedPart = (v: string | null | undefined): v is NamedPart => (NAMED_PARTS as readonly string[]).includes(v ?? '');

/** `2023`, `2023-H1`, `2023-9M`, `2023-Q1`, `2023-M05` (the names GET /api/stats/* accepts). */
export function periodName(year: number, part: NamedPart): string {
  return part === 'Y' ? String(year) : `${year}-${part}`;
}

/** The inverse of periodName; undefined for anything else. */
export function parseSelectionName(name: string): PeriodSelection | undefined {
  if (!parsePeriodName(name)) return undefined;
  const [y, part] = name.split('-');
  const p = part ?? 'Y';
  return isNamedPart(p) ? { kind: 'named', year: Number(y), part: p } : undefined;
}

export function periodQuery(sel: PeriodSelection): PeriodQuery {
  return sel.kind === 'named' ? { period: periodName(sel.year, sel.part) } : { from: sel.from, to: sel.to };
}

/** The dates a selection covers, inclusive (YYYY-MM-DD), or undefined for an invalid one. */
export function periodDates(sel: PeriodSelection): { from: string; to: string } | undefined {
  if (sel.kind === 'custom') return sel.from && sel.to && sel.from <= sel.to ? { from: sel.from, to: sel.to } : undefined;
  const p = parsePeriodName(periodName(sel.year, sel.part));
  return p ? { from: p.from, to: p.to } : undefined;
}

/** "15/12/2022 – 14/06/2023". */
export function periodRangeText(sel: PeriodSelection): string {
  const d = periodDates(sel);
  return d ? `${formatDateVi(d.from)} – ${formatDateVi(d.to)}` : '';
}

/** The reporting month (YYYY-MM) a date falls in: from the 15th on, it is the next month's. */
export function reportingMonthOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (d < 15) return date.slice(0, 7);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The reporting months for the trend chart: those the period touches, at most the last 60. */
export function trendRange(sel: PeriodSelection): { from: string; to: string } | undefined {
  const d = periodDates(sel);
  if (!d) return undefined;
  const to = reportingMonthOf(d.to);
  let from = reportingMonthOf(d.from);
  const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  if (months(to) - months(from) >= 60) {
    const n = months(to) - 59;
    from = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  }
  return { from, to };
}

/** The demo history is 2023 (the seed report is 6 tháng đầu năm 2023 of huyện Đức Thọ, 440). */
export const DEMO_DISTRICT = '440';

/**
 * Default period of a user's screens: the seed's period for the demo district and its 2023
 * communes and departments; for a unit that has ceased (a commune merged on 01/07/2025), the last
 * half-year it lived through, so it sees its own figures rather than its successor's (codes are
 * reused); else the current reporting year.
 */
export function defaultSelectionFor(user: { unit: { code: string; parentCode?: string | null | undefined; validTo?: string | null | undefined } }, unit: string | undefined, today: string): PeriodSelection {
  if (unit === DEMO_DISTRICT || (user.unit.parentCode === DEMO_DISTRICT && unit === user.unit.code)) return { kind: 'named', year: 2023, part: 'H1' };
  const end = user.unit.validTo;
  if (end && end < today && (unit === undefined || unit === user.unit.code || unit === user.unit.parentCode)) {
    const year = Number(end.slice(0, 4));
    const md = end.slice(5);
    // H1 of a year ends on 14/06, H2 on 14/12 (the reporting cut-off).
    if (md >= '12-14') return { kind: 'named', year, part: 'H2' };
    if (md >= '06-14') return { kind: 'named', year, part: 'H1' };
    return { kind: 'named', year: year - 1, part: 'H2' };
  }
  return defaultSelection(unit, today);
}

/** Default: the seed's period for the demo district, else the current reporting year. */
export function defaultSelection(unit: string | undefined, today: string): PeriodSelection {
  if (unit === DEMO_DISTRICT) return { kind: 'named', year: 2023, part: 'H1' };
  // From 15/12 on, the current reporting year is the next calendar year.
  return { kind: 'named', year: Number(reportingMonthOf(today).slice(0, 4)), part: 'Y' };
}

/** URL search parameters <-> selection, so a dashboard view can be bookmarked and shared. */
export function selectionFromSearch(search: URLSearchParams): PeriodSelection | undefined {
  const period = search.get('period');
  if (period) return parseSelectionName(period);
  const from = search.get('from');
  const to = search.get('to');
  if (from && to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to)) return { kind: 'custom', from, to };
  return undefined;
}
