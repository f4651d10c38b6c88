import {
  APPRAISAL_SOURCE_LABELS_VI,
  classifyAssignment,
  formatDateVi,
  formatNumberVi,
  formatPercentVi,
  isDoneBy,
  parsePeriodName,
  periodBounds,
  roundHalfUp,
  type AppraisalSource,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { assignmentsForPeriod } from '../assignments/repo.js';
import { listPlans, loadTasks } from '../plans/repo.js';
import { today } from '../plans/service.js';
import { aggregate, indicatorsByUnit } from '../stats/repo.js';

/** A figure MotCua counts for a commune and year, as the self-assessment shows it. */
export interface SourceFigure {
  source: AppraisalSource;
  label: string;
  /** Percentage half-up to two decimals; null when there is nothing to count. */
  value: number | null;
  display: string;
  period: string;
  link: string;
}

const rate = (part: number, whole: number) => (whole > 0 ? roundHalfUp((part * 100) / whole, 2) : null);
const shown = (part: number, whole: number, none: string) => (whole > 0 ? `${formatPercentVi(part, whole)} (${formatNumberVi(part)}/${formatNumberVi(whole)})` : none);

/**
 * The figures a criteria set names, for one commune (the unit version of the entry) and the
 * index year. Dossier figures use the reporting year (15/12 of the year before → 14/12,
 * statistics.md) like the CCHC report; plan tasks are counted as done by 31/12 (or today);
 * assigned tasks are those a report on that year counts, led by or assigned to the commune,
 * judged at the period's end (not yet due ones left out).
 */
export async function sourceFigures(db: Db | Tx, unit: Pick<UnitRow, 'id' | 'parentId'>, year: number, sources: ReadonlySet<AppraisalSource>): Promise<Map<AppraisalSource, SourceFigure>> {
  const out = new Map<AppraisalSource, SourceFigure>();
  if (sources.size === 0) return out;
  const period = parsePeriodName(String(year))!;
  const periodText = `${formatDateVi(period.from)} – ${formatDateVi(period.to)}`;
  const { start, cutoff } = periodBounds(period);
  const put = (source: AppraisalSource, part: number, whole: number, none: string, link: string, text = periodText) =>
    out.set(source, { source, label: APPRAISAL_SOURCE_LABELS_VI[source], value: rate(part, whole), display: shown(part, whole, none), period: text, link });
  const q = db as Db;

  if (['dossiers.on_time_rate', 'dossiers.online_share', 'dossiers.satisfaction_rate'].some((s) => sources.has(s as AppraisalSource))) {
    const s = (await aggregate(q, [unit.id], new Date(start), new Date(cutoff), 'unit')).get(String(unit.id));
    const resolved = s?.resolvedTotal ?? 0;
    put('dossiers.on_time_rate', (s?.resolvedEarly ?? 0) + (s?.resolvedOnTime ?? 0), resolved, 'Không có hồ sơ đã giải quyết', '/dieu-hanh');
    const received = (s?.receivedOnline ?? 0) + (s?.receivedDirect ?? 0);
    put('dossiers.online_share', s?.receivedOnline ?? 0, received, 'Không có hồ sơ tiếp nhận mới', '/dieu-hanh');
    const rated = (s?.ratedVerySatisfied ?? 0) + (s?.ratedSatisfied ?? 0) + (s?.ratedDissatisfied ?? 0);
    put('dossiers.satisfaction_rate', rated - (s?.ratedDissatisfied ?? 0), rated, 'Không có lượt đánh giá', '/dieu-hanh');
  }
  if (sources.has('dossiers.digitisation_rate')) {
    const c = (await indicatorsByUnit(q, [unit.id], new Date(start), new Date(cutoff))).get(unit.id);
    put('dossiers.digitisation_rate', c?.digitised ?? 0, c?.receivedNew ?? 0, 'Không có hồ sơ tiếp nhận mới', '/dieu-hanh');
  }
  if (sources.has('plan.task_rate')) {
    // The commune's own plan, and the tasks of its district's plan it is responsible for.
    const at = [`${year}-12-31`, today()].sort()[0]!;
    const plans = await listPlans(q, { unitIds: unit.parentId === null ? [unit.id] : [unit.id, unit.parentId], year });
    const { tasks } = await loadTasks(q, plans.map((p) => p.id));
    const own = new Set(plans.filter((p) => p.unitId === unit.id).map((p) => p.id));
    const mine = tasks.filter((t) => own.has(t.planId) || t.ownerUnitId === unit.id);
    put('plan.task_rate', mine.filter((t) => isDoneBy(t.completedOn, at)).length, mine.length, 'Không có kế hoạch, nhiệm vụ', '/cai-cach/ke-hoach', `đến ${formatDateVi(at)}`);
  }
  if (sources.has('assignments.on_time_rate')) {
    const ids = unit.parentId === null ? [unit.id] : [unit.id, unit.parentId];
    const rows = (await assignmentsForPeriod(q, ids, period.from, period.to)).filter((r) => r.unitId === unit.id || r.leadUnitId === unit.id);
    const outcomes = rows.map((r) => classifyAssignment(r.deadline, r.completedOn, period.to)).filter((o) => o === 'on_time' || o === 'late' || o === 'overdue');
    put('assignments.on_time_rate', outcomes.filter((o) => o === 'on_time').length, outcomes.length, 'Không có nhiệm vụ đến hạn', '/cai-cach/nhiem-vu');
  }
  for (const s of out.keys()) if (!sources.has(s)) out.delete(s);
  return out;
}
