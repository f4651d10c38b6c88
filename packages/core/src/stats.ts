import type { Channel, DossierState, RatingLevel, ReturnVia } from './lifecycle.js';
import { periodBounds, type Period } from './periods.js';

/** Every figure of statistics.md, in the order of the seed report and Biểu 06. */
export const STAT_FIELDS = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedOverdue',
  'inProgressTotal',
  'inProgressOnTime',
  'inProgressOverdue',
  'awaitingSupplement',
  'awaitingObligation',
  'returnedTotal',
  'rejected',
  'withdrawn',
  'refusedAtReception',
  'resultsByPost',
  'ratedVerySatisfied',
  'ratedSatisfied',
  'ratedDissatisfied',
] as const;
export type StatField = (typeof STAT_FIELDS)[number];
export type DossierStats = Record<StatField, number>;

export function emptyStats(): DossierStats {
  return Object.fromEntries(STAT_FIELDS.map((f) => [f, 0])) as DossierStats;
}

export function addStats(into: DossierStats, other: DossierStats): DossierStats {
  for (const f of STAT_FIELDS) into[f] += other[f];
  return into;
}

/** Fills the totals from their parts (the parts are what queries count). */
export function withTotals(s: DossierStats): DossierStats {
  s.receivedTotal = s.receivedOnline + s.receivedDirect + s.carriedOver;
  s.resolvedTotal = s.resolvedEarly + s.resolvedOnTime + s.resolvedOverdue;
  s.inProgressTotal = s.inProgressOnTime + s.inProgressOverdue;
  s.returnedTotal = s.rejected + s.withdrawn;
  return s;
}

/** receivedTotal = resolved + returned + awaiting supplement + awaiting obligation + in progress. */
export function statsInvariantHolds(s: DossierStats): boolean {
  return (
    s.receivedTotal === s.receivedOnline + s.receivedDirect + s.carriedOver &&
    s.receivedTotal ===
      s.resolvedTotal + s.returnedTotal + s.awaitingSupplement + s.awaitingObligation + s.inProgressTotal &&
    s.resolvedTotal === s.resolvedEarly + s.resolvedOnTime + s.resolvedOverdue &&
    s.inProgressTotal === s.inProgressOnTime + s.inProgressOverdue &&
    s.returnedTotal === s.rejected + s.withdrawn
  );
}

/** The facts of one dossier the statistics read (a projection of its events). */
export interface StatsDossier {
  channel: Channel;
  state: Pick<
    DossierState,
    'receivedAt' | 'refusedAt' | 'finishedAt' | 'finishType' | 'dueAt' | 'timeliness' | 'pauses'
  >;
  resultReturned?: { at: number; via: ReturnVia } | undefined;
  rating?: { at: number; level: RatingLevel } | undefined;
}

export type Bucket =
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedOverdue'
  | 'rejected'
  | 'withdrawn'
  | 'awaitingSupplement'
  | 'awaitingObligation'
  | 'inProgressOnTime'
  | 'inProgressOverdue';

/** Where a counted dossier lands at the cut-off; undefined when it does not count. */
export function bucketAt(d: StatsDossier['state'], start: number, cutoff: number): Bucket | undefined {
  if (d.receivedAt === undefined || d.receivedAt >= cutoff) return undefined;
  if (d.finishedAt !== undefined && d.finishedAt < start) return undefined;
  if (d.finishedAt !== undefined && d.finishedAt < cutoff) {
    if (d.finishType === 'rejected') return 'rejected';
    if (d.finishType === 'withdrawn') return 'withdrawn';
    return d.timeliness === 'overdue'
      ? 'resolvedOverdue'
      : d.timeliness === 'early'
        ? 'resolvedEarly'
        : 'resolvedOnTime';
  }
  const pausedAt = (kind: 'supplement' | 'obligation') =>
    d.pauses.some((p) => p.kind === kind && p.start < cutoff && (p.end === undefined || p.end >= cutoff));
  if (pausedAt('supplement')) return 'awaitingSupplement';
  if (pausedAt('obligation')) return 'awaitingObligation';
  return d.dueAt !== undefined && d.dueAt < cutoff ? 'inProgressOverdue' : 'inProgressOnTime';
}

/**
 * Reference implementation of statistics.md over in-memory dossiers. The server computes the
 * same figures in SQL; tests check both against the public fixture.
 */
export function computeStats(dossiers: Iterable<StatsDossier>, period: Period): DossierStats {
  const { start, cutoff } = periodBounds(period);
  const s = emptyStats();
  const inPeriod = (t: number | undefined) => t !== undefined && t >= start && t < cutoff;
  for (const d of dossiers) {
    const st = d.state;
    if (inPeriod(st.refusedAt)) s.refusedAtReception++;
    if (d.resultReturned?.via === 'postal' && inPeriod(d.resultReturned.at)) s.resultsByPost++;
    if (d.rating && inPeriod(d.rating.at)) {
      if (d.rating.level === 'very_satisfied') s.ratedVerySatisfied++;
      else if (d.rating.level === 'satisfied') s.ratedSatisfied++;
      else s.ratedDissatisfied++;
    }
    const bucket = bucketAt(st, start, cutoff);
    if (!bucket) continue;
    if (st.receivedAt! < start) s.carriedOver++;
    else if (d.channel === 'online') s.receivedOnline++;
    else s.receivedDirect++;
    s[bucket]++;
  }
  return withTotals(s);
}

/** The figures a dashboard can open as a list of dossiers (GET /api/stats/drilldown?kind=). */
export const DRILLDOWN_KINDS = [
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedOverdue',
  'inProgressOnTime',
  'inProgressOverdue',
  'awaitingSupplement',
  'awaitingObligation',
  'rejected',
  'withdrawn',
  'carriedOver',
  'receivedOnline',
  'receivedDirect',
  'awaitingPastDue',
  'overdueWithoutApology',
  'ratedDissatisfied',
  // Decision 766, 5.4: handled dossiers overdue, rated dissatisfied or with a feedback (PAKN).
  'satisfactionLost',
] as const;
export type DrilldownKind = (typeof DRILLDOWN_KINDS)[number];
