import type { CalendarYear, WorkingSession } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';

export async function listCalendarYears(db: Db | Tx): Promise<CalendarYear[]> {
  const rows = await db.selectFrom('calendarYears').selectAll().orderBy('year').execute();
  return rows.map((r) => ({
    year: r.year,
    daysOff: r.daysOff,
    extraWorkingDays: r.extraWorkingDays,
    reviewed: r.reviewed,
    source: r.source,
  }));
}

export async function upsertCalendarYear(db: Db | Tx, y: CalendarYear, actor: string | null): Promise<void> {
  const values = {
    year: y.year,
    daysOff: JSON.stringify(y.daysOff),
    extraWorkingDays: JSON.stringify(y.extraWorkingDays),
    reviewed: y.reviewed,
    source: y.source,
    updatedBy: actor,
  };
  await db
    .insertInto('calendarYears')
    .values(values)
    .onConflict((oc) => oc.column('year').doUpdateSet({ ...values, updatedAt: new Date() }))
    .execute();
}

export async function findSetting<T>(db: Db | Tx, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function putSetting(db: Db | Tx, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updatedAt: new Date() }))
    .execute();
}

export const SESSIONS_KEY = 'working_sessions';
export type StoredSessions = WorkingSession[];
