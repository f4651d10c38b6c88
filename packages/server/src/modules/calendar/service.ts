import {
  WorkCalendar,
  computeDue,
  explainDue,
  formatInstant,
  isValidLocalDate,
  isWeekend,
  officialCalendarYears,
  parseInstant,
  DEFAULT_SESSIONS,
  type CalendarYear,
} from '@motcua/core';
import { inTransaction, type Db, type Tx } from '../../db/database.js';
import { AppError, type FieldIssue } from '../../errors.js';
import * as repo from './repo.js';
import type { CalendarYearInput } from './schema.js';

/** The deployment's working calendar, read from the database (small: one row per year). */
export async function loadCalendar(db: Db | Tx): Promise<WorkCalendar> {
  const [years, sessions] = await Promise.all([
    repo.listCalendarYears(db),
    repo.findSetting<repo.StoredSessions>(db, repo.SESSIONS_KEY),
  ]);
  return new WorkCalendar(years, sessions ?? DEFAULT_SESSIONS);
}

/** Puts the official 2022–2026 calendars in an empty table (reference data). */
export async function ensureOfficialCalendar(db: Db): Promise<number> {
  const existing = await repo.listCalendarYears(db);
  const have = new Set(existing.map((y) => y.year));
  let added = 0;
  for (const y of officialCalendarYears()) {
    if (have.has(y.year)) continue;
    await repo.upsertCalendarYear(db, y, 'reference-data');
    added++;
  }
  return added;
}

export async function getCalendarYear(db: Db, year: number) {
  const calendar = await loadCalendar(db);
  return calendar.yearInfo(year);
}

/**
 * Replaces a year's days off and extra working days (admin). Due instants of dossiers that
 * the change can affect are recomputed in the same transaction, so statistics stay true.
 */
export async function putCalendarYear(
  db: Db | Tx,
  year: number,
  input: CalendarYearInput,
  actor: string,
  recompute: (tx: Tx, calendar: WorkCalendar, fromYear: number) => Promise<number>,
): Promise<{ year: CalendarYear; recomputedDossiers: number }> {
  const issues: FieldIssue[] = [];
  input.daysOff.forEach((d, i) => {
    if (!isValidLocalDate(d) || !d.startsWith(`${year}-`)) issues.push({ field: `daysOff.${i}`, reason: `must be a date of ${year}` });
    else if (isWeekend(d)) issues.push({ field: `daysOff.${i}`, reason: 'is a Saturday or Sunday (only weekdays are listed as days off)' });
  });
  input.extraWorkingDays.forEach((d, i) => {
    if (!isValidLocalDate(d) || !d.startsWith(`${year}-`)) issues.push({ field: `extraWorkingDays.${i}`, reason: `must be a date of ${year}` });
    else if (!isWeekend(d)) issues.push({ field: `extraWorkingDays.${i}`, reason: 'must be a Saturday or Sunday' });
  });
  if (issues.length) throw AppError.validation(issues);
  const value: CalendarYear = {
    year,
    daysOff: [...new Set(input.daysOff)].sort(),
    extraWorkingDays: [...new Set(input.extraWorkingDays)].sort(),
    reviewed: input.reviewed,
    source: input.source,
  };
  return inTransaction(db, async (tx) => {
    await repo.upsertCalendarYear(tx, value, actor);
    const calendar = await loadCalendar(tx);
    const recomputedDossiers = await recompute(tx, calendar, year);
    return { year: value, recomputedDossiers };
  });
}

/** GET /api/calendar/due and `motcua deadline`. */
export async function dueFor(db: Db, received: string, workingDays: number) {
  const receivedAt = parseInstant(received);
  if (receivedAt === undefined) {
    throw AppError.validation([{ field: 'received', reason: 'must be an ISO 8601 instant with an offset' }]);
  }
  const calendar = await loadCalendar(db);
  const due = computeDue(calendar, receivedAt, workingDays)!;
  const ex = explainDue(calendar, receivedAt, due, workingDays);
  return {
    dueAt: formatInstant(due),
    explanation: { budgetHours: ex.budgetHours, skippedDays: ex.skippedDays },
  };
}
