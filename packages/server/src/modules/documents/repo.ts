import { localMidnight } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Local (UTC+07:00) calendar year of a timestamptz column, in SQL. */
const localYear = (col: string) => sql<number>`extract(year from (${sql.ref(col)} + interval '7 hours') at time zone 'UTC')`;

/**
 * Position of a dossier in its desk's Sổ theo dõi hồ sơ (Mẫu 06): one book per calendar year of
 * reception, numbered by reception instant (ties by id) — the same order the register prints.
 */
export async function registerNumber(db: Db, dossierId: number, unitId: number, receivedAt: Date): Promise<{ book: string; number: number }> {
  const year = Number(new Date(receivedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
  const start = new Date(localMidnight(`${year}-01-01`));
  const row = await db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', unitId)
    .where('receivedAt', '>=', start)
    .where((eb) => eb.or([eb('receivedAt', '<', receivedAt), eb.and([eb('receivedAt', '=', receivedAt), eb('id', '<=', dossierId)])]))
    .executeTakeFirstOrThrow();
  return { book: String(year), number: Number(row.n) };
}

export interface RegisterDbRow {
  id: number;
  code: string;
  number: number;
  book: number;
  procedureName: string;
  applicant: Record<string, string>;
  channel: string;
  status: string;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  finishType: string | null;
  timeliness: string | null;
  apologyAt: Date | null;
  newAppointmentAt: Date | null;
  resultReturnedAt: Date | null;
  resultVia: string | null;
  holder: string | null;
  firstForwardTo: string | null;
  firstForwardAt: Date | null;
}

/**
 * The dossiers a desk received in [start, cutoff), in register order, with their yearly register
 * number (counted from 1 January of their year, so a range that starts mid-year keeps the numbers
 * printed on the receipts) and their first hand-over.
 */
export async function registerRows(db: Db, unitId: number, start: Date, cutoff: Date): Promise<RegisterDbRow[]> {
  const yearStart = new Date(localMidnight(`${new Date(start.getTime() + 7 * 3_600_000).toISOString().slice(0, 4)}-01-01`));
  const r = await sql<RegisterDbRow>`
    WITH numbered AS (
      SELECT d.id, ${localYear('d.received_at')} AS book,
        row_number() OVER (PARTITION BY ${localYear('d.received_at')} ORDER BY d.received_at, d.id) AS number
      FROM dossiers d
      WHERE d.unit_id = ${unitId} AND d.received_at >= ${yearStart} AND d.received_at < ${cutoff}
    )
    SELECT d.id, d.code, n.number, n.book, p.name AS procedure_name, d.applicant, d.channel, d.status, d.received_at,
      d.due_at, d.finished_at, d.finish_type, d.timeliness, d.apology_at, d.new_appointment_at, d.result_returned_at,
      d.result_via, d.holder, f.fwd_to AS first_forward_to, f.fwd_at AS first_forward_at
    FROM numbered n
    JOIN dossiers d ON d.id = n.id
    JOIN procedures p ON p.id = d.procedure_id
    LEFT JOIN LATERAL (
      SELECT e.payload->>'to' AS fwd_to, e.at AS fwd_at FROM dossier_events e
      WHERE e.dossier_id = d.id AND e.type = 'forwarded' ORDER BY e.seq LIMIT 1
    ) f ON true
    WHERE d.received_at >= ${start}
    ORDER BY d.received_at, d.id`.execute(db);
  return r.rows.map((x) => ({ ...x, number: Number(x.number), book: Number(x.book) }));
}

/** Department code → name among the units below a committee (hand-over targets may be codes). */
export async function departmentNames(db: Db, parentId: number): Promise<Record<string, string>> {
  const rows = await db.selectFrom('units').select(['code', 'name']).where('parentId', '=', parentId).where('level', '=', 'department').execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

/** Username → full name. */
export async function fullNames(db: Db, usernames: string[]): Promise<Record<string, string>> {
  if (usernames.length === 0) return {};
  const rows = await db.selectFrom('users').select(['username', 'fullName']).where('username', 'in', usernames).execute();
  return Object.fromEntries(rows.map((r) => [r.username, r.fullName]));
}
