import {
  addStats,
  formatPercentVi,
  onlineServiceScore,
  progressScore,
  satisfactionScore,
  computeDue,
  customPeriod,
  emptyStats,
  formatInstant,
  formatNumberVi,
  parseInstant,
  parsePeriodName,
  periodBounds,
  workingTimeBetween,
  type Period,
} from '@motcua/core';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { loadCalendar } from '../calendar/service.js';
import { fromEventRow } from '../dossiers/events.js';
import { findCurrentOrLatestUnit, findDescendants, findUnitOverlapping } from '../units/repo.js';
import * as repo from './repo.js';
import { SYSTEM, canSeeUnit, type Actor } from '../auth/policy.js';
import type { IndicatorsResponse, StatsQuery, StatsResponse } from './schema.js';
import { vietnameseCollator } from '@motcua/core';

export function resolvePeriod(q: { period?: string | undefined; from?: string | undefined; to?: string | undefined }): Period {
  if (q.period) {
    const p = parsePeriodName(q.period);
    if (!p) throw AppError.validation([{ field: 'period', reason: 'must be like 2023-H1, 2023-Q1, 2023-M05, 2023-9M or 2023' }]);
    return p;
  }
  const p = customPeriod(q.from ?? '', q.to ?? '');
  if (!p) throw AppError.validation([{ field: 'to', reason: 'from and to must be dates with from ≤ to' }]);
  return p;
}

/** The period, the unit (the version valid during it) and the units below it. */
async function resolveScope(db: Db, q: StatsQuery, actor: Actor) {
  const period = resolvePeriod(q);
  const unit = await findUnitOverlapping(db, q.unit, period.from, period.to);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
  const descendants = await findDescendants(db, unit.id, period.from, period.to);
  const { start, cutoff } = periodBounds(period);
  return { period, unit, descendants, ids: [unit.id, ...descendants.map((d) => d.id)], start: new Date(start), cutoff: new Date(cutoff) };
}

/** Period statistics of a unit's own desk, of the units below it (summed) and of each of them. */
export async function dossierStats(db: Db, q: StatsQuery, actor: Actor = SYSTEM): Promise<StatsResponse> {
  const { period, unit, descendants, ids, start, cutoff } = await resolveScope(db, q, actor);
  const figures = await repo.aggregate(db, ids, start, cutoff, 'unit');
  const self = figures.get(String(unit.id)) ?? emptyStats();
  const children = emptyStats();
  const byUnit: StatsResponse['byUnit'] = { [unit.code]: self };
  for (const d of descendants) {
    const s = figures.get(String(d.id)) ?? emptyStats();
    addStats(children, s);
    // A code reused after a merger: both versions add up under the one code.
    byUnit[d.code] = byUnit[d.code] ? addStats({ ...byUnit[d.code]! }, s) : s;
  }
  return { unit: unit.code, from: period.from, to: period.to, ...(period.name ? { period: period.name } : {}), self, children, byUnit };
}

const hours = (ms: number) => ms / 3_600_000;

/**
 * In-progress dossiers past their due instant, and those due within N working days, with
 * which step is late and by how much (working hours).
 */
export async function overdueDossiers(db: Db, q: { unit: string; withinDays: number; at?: string | undefined; limit: number }, actor: Actor = SYSTEM) {
  const at = q.at ? parseInstant(q.at) : Date.now();
  if (at === undefined) throw AppError.validation([{ field: 'at', reason: 'must be an ISO 8601 instant with an offset' }]);
  const today = formatInstant(at).slice(0, 10);
  // A unit that no longer exists (440 after 30/06/2025) still has its history: take its last version.
  const unit = await findCurrentOrLatestUnit(db, q.unit, today, (id) => canSeeUnit(actor, id));
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
  const calendar = await loadCalendar(db);
  const horizon = q.withinDays > 0 ? computeDue(calendar, at, q.withinDays)! : at;
  const asOf = unit.validTo !== null && unit.validTo < today ? unit.validTo : today;
  const ids = [unit.id, ...(await findDescendants(db, unit.id, asOf, asOf)).map((u) => u.id)];
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unitId')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .select(['d.id', 'd.code', 'u.code as unitCode', 'p.code as procedureCode', 'p.name as procedureName', 'p.steps', 'd.status', 'd.receivedAt', 'd.dueAt', 'd.holder'])
    .where('d.unitId', 'in', ids)
    .where('d.status', '=', 'in_progress')
    .where('d.dueAt', '<=', new Date(horizon))
    .orderBy('d.dueAt')
    .limit(q.limit)
    .execute();
  const items = [];
  for (const r of rows) {
    const due = r.dueAt!.getTime();
    const late = due < at;
    const workingMs = late ? workingTimeBetween(calendar, due, at) : -workingTimeBetween(calendar, at, due);
    const events = (await db.selectFrom('dossierEvents').selectAll().where('dossierId', '=', r.id).orderBy('seq').execute()).map(fromEventRow);
    const lastForward = [...events].reverse().find((e) => e.type === 'forwarded');
    const budget = lastForward ? r.steps.find((s) => s.name === lastForward.step) : undefined;
    const stepDue = lastForward && budget ? computeDue(calendar, lastForward.at, budget.workingDays) : undefined;
    const where = lastForward ? `bước "${lastForward.step ?? 'xử lý'}" tại ${lastForward.to}` : 'chưa chuyển xử lý';
    const amount = `${formatNumberVi(Math.abs(hours(workingMs)), 1)} giờ làm việc`;
    items.push({
      code: r.code,
      unit: r.unitCode,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      status: r.status,
      receivedAt: formatInstant(r.receivedAt!.getTime()),
      dueAt: formatInstant(due),
      state: late ? ('overdue' as const) : ('due_soon' as const),
      workingHoursLate: Math.round(hours(workingMs) * 100) / 100,
      reason: late ? `Quá hạn ${amount}; đang ở ${where}` : `Còn ${amount} đến hạn; đang ở ${where}`,
      holder: r.holder,
      step: lastForward ? { name: lastForward.step ?? null, to: lastForward.to ?? '', dueAt: stepDue === undefined ? null : formatInstant(stepDue) } : null,
    });
  }
  return { at: formatInstant(at), items };
}

type Counts = repo.IndicatorCounts;
const zeroCounts = (): Counts => ({
  handled: 0, handledOnTime: 0, handledDissatisfiedOrOverdue: 0, overdueWithApology: 0, overdueWithoutApology: 0,
  awaitingPastDue: 0, onlineAwaitingReception: 0, receivedNew: 0, receivedOnline: 0, fullOnlineDossiers: 0, fullOnlineSubmittedOnline: 0,
  digitised: 0,
});

/**
 * Side indicators of a unit and period: overdue with/without apology, online submissions
 * waiting for reception, the online share of fully-online procedures, and the Decision 766
 * sub-scores whose formulas are known (others come with later issues).
 */
export async function dossierIndicators(db: Db, q: StatsQuery, actor: Actor = SYSTEM): Promise<IndicatorsResponse> {
  const { period, unit, descendants, ids, start, cutoff } = await resolveScope(db, q, actor);
  const counts = await repo.indicatorsByUnit(db, ids, start, cutoff);
  const level = unit.level === 'commune' ? 'commune' : unit.level === 'province' ? 'province' : 'district';
  const procedures = await repo.onlineProcedureCounts(db, level, [unit.id], start, cutoff);
  const figures = (c: Counts, withProcedures: boolean) => ({
    ...c,
    fullOnlineRate: c.fullOnlineDossiers ? formatPercentVi(c.fullOnlineSubmittedOnline, c.fullOnlineDossiers) : null,
    scores766: {
      progress: progressScore(c.handledOnTime, c.handled) ?? null,
      satisfaction: satisfactionScore(c.handledDissatisfiedOrOverdue, c.handled) ?? null,
      onlineService: withProcedures
        ? (onlineServiceScore({ procedures: procedures.total, online: procedures.online, onlineUsed: procedures.onlineUsed, dossiers: c.receivedNew, onlineDossiers: c.receivedOnline }) ?? null)
        : null,
    },
  });
  const children = zeroCounts();
  for (const d of descendants) {
    const c = counts.get(d.id);
    if (c) for (const k of Object.keys(children) as Array<keyof Counts>) children[k] += c[k];
  }
  return {
    unit: unit.code,
    from: period.from,
    to: period.to,
    self: figures(counts.get(unit.id) ?? zeroCounts(), true),
    children: figures(children, false),
    procedures: { level, ...procedures },
  };
}

/** Figures per procedure level and field (the rows of Biểu 06), for the unit, the units below, or both. */
export async function statsByField(db: Db, q: StatsQuery & { scope: 'self' | 'children' | 'all' }, actor: Actor = SYSTEM) {
  const { period, unit, descendants, start, cutoff } = await resolveScope(db, q, actor);
  const ids = q.scope === 'self' ? [unit.id] : q.scope === 'children' ? descendants.map((d) => d.id) : [unit.id, ...descendants.map((d) => d.id)];
  const figures = await repo.aggregate(db, ids, start, cutoff, 'field');
  const order = { province: 0, district: 1, commune: 2 } as Record<string, number>;
  const rows = [...figures.entries()]
    .map(([key, f]) => {
      const [level, ...field] = key.split('|');
      return { level: level!, field: field.join('|'), figures: f };
    })
    .sort((a, b) => (order[a.level] ?? 9) - (order[b.level] ?? 9) || vietnameseCollator.compare(a.field, b.field));
  return { unit: unit.code, from: period.from, to: period.to, scope: q.scope, rows };
}

/** Month by month (reporting months, 15th → 14th): the unit's desk and the units below it. */
export async function statsTrend(db: Db, q: { unit: string; from: string; to: string }, actor: Actor = SYSTEM) {
  const months: string[] = [];
  let [y, m] = q.from.split('-').map(Number) as [number, number];
  const label = () => `${y}-${String(m).padStart(2, '0')}`;
  while (label() <= q.to) {
    if (months.length === 60) throw AppError.validation([{ field: 'to', reason: 'at most 60 months' }]);
    months.push(label());
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  if (months.length === 0) throw AppError.validation([{ field: 'to', reason: 'must not be before from' }]);
  const out = [];
  for (const month of months) {
    const r = await dossierStats(db, { unit: q.unit, period: `${month.slice(0, 4)}-M${month.slice(5)}` }, actor);
    out.push({ month, from: r.from, to: r.to, self: r.self, children: r.children });
  }
  return { unit: q.unit, months: out };
}

/** The dossiers behind one figure of a unit and period (dashboard drill-down). */
export async function statsDrilldown(
  db: Db,
  q: StatsQuery & { kind: repo.DrilldownKind; scope: 'self' | 'children' | 'all'; limit: number; offset: number },
  actor: Actor = SYSTEM,
) {
  const { unit, descendants, start, cutoff } = await resolveScope(db, q, actor);
  const ids = q.scope === 'self' ? [unit.id] : q.scope === 'children' ? descendants.map((d) => d.id) : [unit.id, ...descendants.map((d) => d.id)];
  const rows = await repo.drilldown(db, ids, start, cutoff, q.kind, q.limit, q.offset);
  const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    items: rows.map((r) => ({
      code: r.code,
      unit: r.unitCode,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      field: r.field,
      applicantName: r.applicantName ?? '',
      status: r.status,
      receivedAt: iso(r.receivedAt),
      dueAt: iso(r.dueAt),
      finishedAt: iso(r.finishedAt),
      holder: r.holder,
    })),
  };
}
