/**
 * Observations the data proposes for section III (tồn tại, hạn chế): fields and units with
 * overdue dossiers, communes whose online share lags behind, tasks assigned from above done late
 * or overdue, reform-plan work past its deadline. Each has a stable id (the same finding keeps its
 * id across refreshes, so the officer's keep/delete decision survives); the officer keeps or
 * deletes each, and the kept ones are printed in III.2.
 */
import { foldVietnamese, formatDateVi, periodBounds, roundHalfUp, vietnameseCollator, type Period } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { assignmentStats } from '../assignments/service.js';
import { SYSTEM } from '../auth/policy.js';
import * as plansRepo from '../plans/repo.js';
import { planProgress } from '../plans/service.js';
import { aggregate } from '../stats/repo.js';
import { dossierStats } from '../stats/service.js';
import { findDescendants } from '../units/repo.js';
import { formatPct, type ObservationItem } from './template.js';

/** A commune is "low" when its online share is this many points below the communes' average. */
export const LOW_ONLINE_GAP = 5;
/** Fewer new dossiers than this say little about a commune's online share. */
const MIN_DOSSIERS_FOR_SHARE = 20;
/** How many items a list-like observation names before "…". */
const NAMED = 5;

const SOURCE = { dossiers: 'Thống kê hồ sơ TTHC', assignments: 'Nhiệm vụ cấp trên giao', plan: 'Kế hoạch CCHC năm' } as const;

const slug = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** The first items and how many more: "A, B, C, D, E và 3 đơn vị khác". */
const named = (items: string[], more: string, sep = ', ') => (items.length > NAMED ? `${items.slice(0, NAMED).join(sep)} và ${items.length - NAMED} ${more} khác` : items.join(sep));

export async function proposeObservations(db: Db | Tx, unit: UnitRow, period: Period): Promise<Array<Omit<ObservationItem, 'kept'>>> {
  const q = db as Db;
  const out: Array<Omit<ObservationItem, 'kept'>> = [];
  const { start, cutoff } = periodBounds(period);
  const below = (await findDescendants(q, unit.id, period.from, period.to)).filter((u) => u.level === 'commune');
  const isDistrict = unit.level === 'district';

  // Fields with overdue dossiers (resolved late, or still in progress past the due instant).
  const scopes: Array<{ key: string; label: string; ids: number[] }> = [{ key: 'desk', label: isDistrict ? ' tại cấp huyện' : '', ids: [unit.id] }];
  if (below.length) scopes.push({ key: 'below', label: ' tại cấp xã', ids: below.map((u) => u.id) });
  for (const scope of scopes) {
    const byField = await aggregate(q, scope.ids, new Date(start), new Date(cutoff), 'field');
    const rows = [...byField.entries()]
      .map(([key, s]) => ({ field: key.split('|').slice(1).join('|'), resolved: s.resolvedOverdue, open: s.inProgressOverdue }))
      .filter((r) => r.resolved + r.open > 0)
      .sort((a, b) => b.resolved + b.open - (a.resolved + a.open) || vietnameseCollator.compare(a.field, b.field));
    for (const r of rows) {
      const parts = [r.resolved ? `${r.resolved} hồ sơ giải quyết quá hạn` : '', r.open ? `${r.open} hồ sơ đang giải quyết đã quá hạn` : ''].filter(Boolean).join(', ');
      out.push({ id: `overdue-field:${scope.key}:${slug(r.field)}`, text: `Lĩnh vực ${r.field}${scope.label} có ${parts}.`, source: SOURCE.dossiers });
    }
  }

  // Units with overdue dossiers, and communes whose online share is well below the average.
  const stats = await dossierStats(q, { unit: unit.code, from: period.from, to: period.to });
  const nameOf = new Map([[unit.code, unit.name], ...below.map((u) => [u.code, u.name] as const)]);
  const late = [...nameOf.entries()]
    .map(([code, name]) => ({ name, n: (stats.byUnit[code]?.resolvedOverdue ?? 0) + (stats.byUnit[code]?.inProgressOverdue ?? 0) }))
    .filter((u) => u.n > 0)
    .sort((a, b) => b.n - a.n || vietnameseCollator.compare(a.name, b.name));
  if (isDistrict && late.length) {
    out.push({ id: 'overdue-units', text: `Có hồ sơ giải quyết quá hạn tại: ${named(late.map((u) => `${u.name} (${u.n})`), 'đơn vị')}.`, source: SOURCE.dossiers });
  }
  if (below.length) {
    const share = (s: { receivedOnline: number; receivedDirect: number }) => (s.receivedOnline * 100) / (s.receivedOnline + s.receivedDirect);
    const all = stats.children;
    if (all.receivedOnline + all.receivedDirect > 0) {
      const average = share(all);
      const low = below
        .map((u) => ({ name: u.name, s: stats.byUnit[u.code] }))
        .filter((u): u is { name: string; s: NonNullable<typeof u.s> } => u.s !== undefined && u.s.receivedOnline + u.s.receivedDirect >= MIN_DOSSIERS_FOR_SHARE)
        .map((u) => ({ name: u.name, share: share(u.s) }))
        .filter((u) => u.share < average - LOW_ONLINE_GAP)
        .sort((a, b) => a.share - b.share);
      if (low.length) {
        out.push({
          id: 'low-online',
          text: `Tỷ lệ hồ sơ tiếp nhận trực tuyến của một số xã, thị trấn còn thấp so với bình quân cấp xã (${formatPct(roundHalfUp(average, 2))}): ${named(low.map((u) => `${u.name} ${formatPct(roundHalfUp(u.share, 2))}`), 'xã, thị trấn')}.`,
          source: SOURCE.dossiers,
        });
      }
    }
  }

  // Tasks assigned from above: done late, or still open past their deadline.
  const a = await assignmentStats(q, SYSTEM, { unit: unit.code, from: period.from, to: period.to });
  for (const i of a.lateItems) {
    out.push({ id: `assignment:${i.id}`, text: `Nhiệm vụ cấp trên giao thực hiện quá hạn: ${i.content} (hạn ${formatDateVi(i.deadline)}, hoàn thành ${i.completedOn ? formatDateVi(i.completedOn) : '…'}).`, source: SOURCE.assignments });
  }
  for (const i of a.overdueItems) {
    out.push({ id: `assignment:${i.id}`, text: `Nhiệm vụ cấp trên giao chưa hoàn thành, đã quá hạn ${i.daysLate} ngày: ${i.content} (hạn ${formatDateVi(i.deadline)}).`, source: SOURCE.assignments });
  }

  // The unit's annual reform plan: tasks and activities past their deadline and not done.
  const plan = await plansRepo.findPlanByUnitYear(q, unit.id, Number(period.to.slice(0, 4)));
  if (plan) {
    const p = await planProgress(q, SYSTEM, plan.id, period.to);
    if (p.overdue.length) {
      const tasks = p.overdue.filter((o) => o.kind === 'task').length;
      const activities = p.overdue.length - tasks;
      const counts = [tasks ? `${tasks} nhiệm vụ` : '', activities ? `${activities} hoạt động` : ''].filter(Boolean).join(', ');
      out.push({
        id: 'plan-overdue',
        text: `Kế hoạch CCHC năm ${plan.year} (${plan.documentNumber}) còn ${counts} đã quá hạn nhưng chưa hoàn thành: ${named(p.overdue.map((o) => `${o.content} (${o.owner.name})`), 'nội dung', '; ')}.`,
        source: SOURCE.plan,
      });
    }
  }
  return out;
}

/** Fresh proposals with the officer's earlier decisions kept (new findings start kept). */
export function mergeObservations(fresh: ReadonlyArray<Omit<ObservationItem, 'kept'>>, previous: readonly ObservationItem[]): ObservationItem[] {
  const kept = new Map(previous.map((o) => [o.id, o.kept]));
  return fresh.map((o) => ({ ...o, kept: kept.get(o.id) ?? true }));
}
