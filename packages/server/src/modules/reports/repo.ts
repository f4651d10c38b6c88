import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { ReportTemplatesTable, ReportsTable } from '../../db/schema.js';

type Q = Db | Tx;

export type TemplateRow = Selectable<ReportTemplatesTable>;
export type ReportRow = Selectable<ReportsTable> & { unitCode: string; unitName: string };

// ---------------------------------------------------------------- data sources without a service

/** Online submissions (through the public portal) in [start, cutoff): at the unit's desk and at the units below. */
export async function portalSubmissions(db: Q, unitId: number, belowIds: number[], start: Date, cutoff: Date): Promise<{ self: number; below: number }> {
  const rows = await db
    .selectFrom('dossiers')
    .select(['unitId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unitId', 'in', [unitId, ...belowIds])
    .where('channel', '=', 'online')
    .where('submittedAt', '>=', start)
    .where('submittedAt', '<', cutoff)
    .groupBy('unitId')
    .execute();
  let self = 0;
  let below = 0;
  for (const r of rows) {
    if (r.unitId === unitId) self += Number(r.n);
    else below += Number(r.n);
  }
  return { self, below };
}

/** Citizens' feedback on administrative regulations received in [start, cutoff), and those answered by the cut-off. */
export async function regulationFeedback(db: Q, unitIds: number[], start: Date, cutoff: Date): Promise<{ received: number; replied: number }> {
  const r = await db
    .selectFrom('feedback')
    .select([(eb) => eb.fn.countAll<number>().as('received'), sql<number>`count(*) FILTER (WHERE replied_at < ${cutoff})`.as('replied')])
    .where('unitId', 'in', unitIds.length ? unitIds : [-1])
    .where('kind', '=', 'regulation')
    .where('receivedAt', '>=', start)
    .where('receivedAt', '<', cutoff)
    .executeTakeFirst();
  return { received: Number(r?.received ?? 0), replied: Number(r?.replied ?? 0) };
}

/** A directing document of the unit by number (the basis a communication activity names). */
export function findDocumentByNumber(db: Q, unitId: number, number: string) {
  return db.selectFrom('reformDocuments').select(['number', 'issuedOn', 'excerpt']).where('unitId', '=', unitId).where('number', '=', number).orderBy('issuedOn', 'desc').executeTakeFirst();
}

/** The unit's own directing documents issued in [from, to], oldest first. */
export function documentsIssued(db: Q, unitId: number, from: string, to: string) {
  return db
    .selectFrom('reformDocuments')
    .select(['number', 'issuedOn', 'type', 'excerpt'])
    .where('unitId', '=', unitId)
    .where('issuedOn', '>=', from)
    .where('issuedOn', '<=', to)
    .orderBy('issuedOn')
    .orderBy('id')
    .execute();
}

/** A unit row by id (the parent of a report's unit). */
export function findUnit(db: Q, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

// ---------------------------------------------------------------- templates

export function listTemplates(db: Q): Promise<TemplateRow[]> {
  return db.selectFrom('reportTemplates').selectAll().orderBy('code').orderBy('version', 'desc').execute();
}

export function findTemplate(db: Q, id: number): Promise<TemplateRow | undefined> {
  return db.selectFrom('reportTemplates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: Q, row: Insertable<ReportTemplatesTable>): Promise<number> {
  return (await db.insertInto('reportTemplates').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Inserts a template version unless that code and version exist (concurrent first uses insert once). */
export async function insertTemplateIfMissing(db: Q, row: Insertable<ReportTemplatesTable>): Promise<void> {
  await db.insertInto('reportTemplates').values(row).onConflict((oc) => oc.columns(['code', 'version']).doNothing()).execute();
}

export async function latestVersion(db: Q, code: string): Promise<number> {
  const r = await db.selectFrom('reportTemplates').select((eb) => eb.fn.max('version').as('v')).where('code', '=', code).executeTakeFirst();
  return Number(r?.v ?? 0);
}

// ---------------------------------------------------------------- reports

const reportColumns = (db: Q) => db.selectFrom('reports as r').innerJoin('units as u', 'u.id', 'r.unitId').selectAll('r').select(['u.code as unitCode', 'u.name as unitName']);

export function findReport(db: Q, id: number): Promise<ReportRow | undefined> {
  return reportColumns(db).where('r.id', '=', id).executeTakeFirst();
}

/** The report locked for a change (actions on one report are serialised). */
export function lockReport(tx: Tx, id: number): Promise<ReportRow | undefined> {
  return reportColumns(tx).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
}

export function listReports(db: Q, f: { unitIds: number[] | null; period?: string | undefined; status?: string | undefined }): Promise<ReportRow[]> {
  let q = reportColumns(db);
  if (f.unitIds !== null) q = q.where('r.unitId', 'in', f.unitIds.length ? f.unitIds : [-1]);
  if (f.period) q = q.where('r.period', '=', f.period);
  if (f.status) q = q.where('r.status', '=', f.status as ReportsTable['status']);
  return q.orderBy('r.periodFrom', 'desc').orderBy('u.code').orderBy('r.version', 'desc').orderBy('r.id', 'desc').execute();
}

/** The latest report of the same unit and kind that ends before this one starts (its narratives pre-fill a new draft). */
export function previousReport(db: Q, unitId: number, kind: string, before: string): Promise<ReportRow | undefined> {
  return reportColumns(db)
    .where('r.unitId', '=', unitId)
    .where('r.kind', '=', kind as ReportsTable['kind'])
    .where('r.periodTo', '<', before)
    .orderBy('r.periodTo', 'desc')
    .orderBy('r.version', 'desc')
    .executeTakeFirst();
}

export async function insertReport(tx: Tx, row: Insertable<ReportsTable>): Promise<number> {
  return (await tx.insertInto('reports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateReport(tx: Tx, id: number, set: Updateable<ReportsTable>): Promise<void> {
  await tx.updateTable('reports').set({ ...set, updatedAt: new Date() }).where('id', '=', id).execute();
}

export async function insertEvent(tx: Tx, reportId: number, actor: string, action: string, note: string | null = null): Promise<void> {
  await tx.insertInto('reportEvents').values({ reportId, actor, action, note }).execute();
}

/** The report's history; `actorName` is the account's full name (the stored label for a system actor or a removed account). */
export function listEvents(db: Q, reportId: number) {
  return db
    .selectFrom('reportEvents as e')
    .leftJoin('users as u', 'u.username', 'e.actor')
    .selectAll('e')
    .select((eb) => eb.fn.coalesce('u.fullName', 'e.actor').as('actorName'))
    .where('e.reportId', '=', reportId)
    .orderBy('e.id')
    .execute();
}

/** An issued report of the unit with this number in the year of `issuedOn` (numbers restart each year). */
export function findIssuedNumber(db: Q, unitId: number, number: string, issuedOn: string) {
  return db
    .selectFrom('reports')
    .select('id')
    .where('unitId', '=', unitId)
    .where('number', '=', number)
    .where('issuedOn', '>=', `${issuedOn.slice(0, 4)}-01-01`)
    .where('issuedOn', '<=', `${issuedOn.slice(0, 4)}-12-31`)
    .executeTakeFirst();
}
