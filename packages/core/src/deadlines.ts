import { WORKING_DAY_MS, type WorkCalendar } from './calendar.js';
import { addDays, localDateOf, type LocalDate } from './time.js';

/** A clock stop: [start, end); `end` undefined while the pause is still open. */
export interface PauseInterval {
  kind: 'supplement' | 'obligation';
  start: number;
  end?: number | undefined;
}

export type Timeliness = 'early' | 'on_time' | 'overdue';

/** How far the search for a due instant may run before it is called impossible (no working days). */
const MAX_SEARCH_DAYS = 366 * 20;

/** Budget B in milliseconds: working days × 8 h, exact for any fraction (deadlines.md). */
export function budgetMs(workingDays: number): number {
  if (!(workingDays > 0) || !Number.isFinite(workingDays)) {
    throw new RangeError(`workingDays must be a positive number, got ${workingDays}`);
  }
  return Math.round(workingDays * WORKING_DAY_MS);
}

/** Merges pause intervals into disjoint sorted [start, end) pairs; end = Infinity while open. */
export function mergePauses(pauses: readonly PauseInterval[]): Array<[number, number]> {
  const list = pauses
    .map((p): [number, number] => [p.start, p.end ?? Number.POSITIVE_INFINITY])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of list) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * Calls `visit` with each active segment [a, b) after `from`: inside working sessions and
 * outside every pause, in time order. Stops when `visit` returns true, when a pause never
 * ends, or after MAX_SEARCH_DAYS. Returns whether a visit stopped it.
 */
function walkActiveTime(
  calendar: WorkCalendar,
  from: number,
  pauses: Array<[number, number]>,
  visit: (a: number, b: number) => boolean,
  until = Number.POSITIVE_INFINITY,
): boolean {
  let pauseIndex = 0;
  let date: LocalDate = localDateOf(from);
  for (let i = 0; i < MAX_SEARCH_DAYS; i++, date = addDays(date, 1)) {
    for (const [sessionStart, sessionEnd] of calendar.sessionsOn(date)) {
      let a = Math.max(sessionStart, from);
      const b = Math.min(sessionEnd, until);
      while (a < b) {
        while (pauseIndex < pauses.length && pauses[pauseIndex]![1] <= a) pauseIndex++;
        const pause = pauses[pauseIndex];
        if (pause && pause[0] <= a) {
          if (pause[1] === Number.POSITIVE_INFINITY) return false;
          a = pause[1];
          continue;
        }
        const segmentEnd = pause ? Math.min(b, pause[0]) : b;
        if (visit(a, segmentEnd)) return true;
        a = segmentEnd;
      }
      if (sessionEnd >= until) return false;
    }
  }
  return false;
}

/**
 * The due instant: the earliest instant at which the active working time since `receivedAt`
 * equals the budget (deadlines.md). Undefined when an open pause stops the clock before the
 * budget is used up (the due instant is not known yet, and lies after the pause start).
 */
export function computeDue(
  calendar: WorkCalendar,
  receivedAt: number,
  workingDays: number,
  pauses: readonly PauseInterval[] = [],
): number | undefined {
  let remaining = budgetMs(workingDays);
  let due: number | undefined;
  walkActiveTime(calendar, receivedAt, mergePauses(pauses), (a, b) => {
    if (b - a >= remaining) {
      due = a + remaining;
      return true;
    }
    remaining -= b - a;
    return false;
  });
  return due;
}

/** Active working time in [from, to), outside pauses; for explanations and tests. */
export function workingTimeBetween(
  calendar: WorkCalendar,
  from: number,
  to: number,
  pauses: readonly PauseInterval[] = [],
): number {
  if (to <= from) return 0;
  let total = 0;
  walkActiveTime(
    calendar,
    from,
    mergePauses(pauses).map(([s, e]): [number, number] => [s, Math.min(e, to)]),
    (a, b) => {
      total += Math.min(b, to) - a;
      return b >= to;
    },
    to,
  );
  return total;
}

/**
 * Early / on time / overdue of a finished piece of work (deadlines.md): early when done on an
 * earlier local date than the due instant, overdue when strictly after it.
 */
export function classifyTimeliness(doneAt: number, dueAt: number): Timeliness {
  if (doneAt > dueAt) return 'overdue';
  return localDateOf(doneAt) < localDateOf(dueAt) ? 'early' : 'on_time';
}

/** What a due instant skipped, for the dossier page ("hạn được tính thế nào"). */
export interface DueExplanation {
  budgetHours: number;
  pausedMs: number;
  skippedDays: Array<{ date: LocalDate; reason: 'weekend' | 'day_off' }>;
}

export function explainDue(
  calendar: WorkCalendar,
  receivedAt: number,
  dueAt: number,
  workingDays: number,
  pauses: readonly PauseInterval[] = [],
): DueExplanation {
  const skippedDays: DueExplanation['skippedDays'] = [];
  for (let d = localDateOf(receivedAt); d <= localDateOf(dueAt); d = addDays(d, 1)) {
    const reason = calendar.nonWorkingReason(d);
    if (reason) skippedDays.push({ date: d, reason });
  }
  let pausedMs = 0;
  for (const [s, e] of mergePauses(pauses)) {
    const a = Math.max(s, receivedAt), b = Math.min(e, dueAt);
    if (b > a) pausedMs += workingTimeBetween(calendar, a, b);
  }
  return { budgetHours: budgetMs(workingDays) / 3_600_000, pausedMs, skippedDays };
}
