import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { AppraisalEntriesTable, AppraisalScoresTable, AppraisalSetsTable, AppraisalsTable } from '../../db/schema.js';

type Q = Db | Tx;
export type SetRow = Selectable<AppraisalSetsTable> & { unitCode: string; unitName: string };
export type RoundRow = Selectable<AppraisalsTable>;
export type EntryRow = Selectable<AppraisalEntriesTable> & { unitCode: string; unitName: string };
export type ScoreRow = Selectable<AppraisalScoresTable>;

const setColumns = (db: Q) => db.selectFrom('appraisalSets as s').innerJoin('units as u', 'u.id', 's.unitId').selectAll('s').select(['u.code as unitCode', 'u.name as unitName']);

export function findSet(db: Q, id: number, forUpdate = false): Promise<SetRow | undefined> {
  const q = setColumns(db).where('s.id', '=', id);
  return (forUpdate ? q.forUpdate('s') : q).executeTakeFirst();
}

export function findSetByUnitYear(db: Q, unitId: number, year: number): Promise<SetRow | undefined> {
  return setColumns(db).where('s.unitId', '=', unitId).where('s.year', '=', year).executeTakeFirst();
}

export function listSets(db: Q, unitIds: number[] | null, year?: number): Promise<SetRow[]> {
  let q = setColumns(db);
  if (unitIds !== null) q = unitIds.length ? q.where('s.unitId', 'in', unitIds) : q.where('s.id', '=', -1);
  if (year !== undefined) q = q.where('s.year', '=', year);
  return q.orderBy('s.year', 'desc').orderBy('u.code').execute();
}

export function roundsOfSet(db: Q, setId: number) {
  return db.selectFrom('appraisals').select(['id', 'status']).where('setId', '=', setId).orderBy('id').execute();
}

export function findRound(db: Q, id: number, forUpdate = false): Promise<RoundRow | undefined> {
  const q = db.selectFrom('appraisals').selectAll().where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** The round of a district code and year (any version of the code). */
export function findRoundByCodeYear(db: Q, districtCode: string, year: number): Promise<RoundRow | undefined> {
  return db
    .selectFrom('appraisals as a')
    .innerJoin('units as u', 'u.id', 'a.unitId')
    .selectAll('a')
    .where('u.code', '=', districtCode)
    .where('a.year', '=', year)
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
}

export function listRounds(db: Q, unitIds: number[] | null, year?: number): Promise<RoundRow[]> {
  let q = db.selectFrom('appraisals').selectAll();
  if (unitIds !== null) q = unitIds.length ? q.where('unitId', 'in', unitIds) : q.where('id', '=', -1);
  if (year !== undefined) q = q.where('year', '=', year);
  return q.orderBy('year', 'desc').orderBy('id').execute();
}

/** Rounds with an entry for one of these units (what a commune's staff can open). */
export async function roundIdsWithEntries(db: Q, unitIds: number[]): Promise<number[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('appraisalEntries').select('appraisalId').distinct().where('unitId', 'in', unitIds).execute();
  return rows.map((r) => r.appraisalId);
}

export function entriesOf(db: Q, appraisalId: number): Promise<EntryRow[]> {
  return db
    .selectFrom('appraisalEntries as e')
    .innerJoin('units as u', 'u.id', 'e.unitId')
    .selectAll('e')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('e.appraisalId', '=', appraisalId)
    .orderBy('u.code')
    .execute();
}

export async function scoresOf(db: Q, entryIds: number[]): Promise<Map<number, Map<string, ScoreRow>>> {
  const out = new Map<number, Map<string, ScoreRow>>(entryIds.map((id) => [id, new Map()]));
  if (entryIds.length === 0) return out;
  const rows = await db.selectFrom('appraisalScores').selectAll().where('entryId', 'in', entryIds).execute();
  for (const r of rows) out.get(r.entryId)?.set(r.criterion, r);
  return out;
}

export async function logEvent(tx: Tx, appraisalId: number, entryId: number | null, action: string, actor: string, reason: string | null, detail: Record<string, unknown> = {}) {
  await tx.insertInto('appraisalEvents').values({ appraisalId, entryId, action, actor, reason, detail: JSON.stringify(detail) }).execute();
}

export function eventsOf(db: Q, appraisalId: number, entryIds?: number[]) {
  let q = db
    .selectFrom('appraisalEvents as v')
    .leftJoin('appraisalEntries as e', 'e.id', 'v.entryId')
    .leftJoin('units as u', 'u.id', 'e.unitId')
    .leftJoin('users as a', 'a.username', 'v.actor')
    .selectAll('v')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .select((eb) => eb.fn.coalesce('a.fullName', 'v.actor').as('actorName'))
    .where('v.appraisalId', '=', appraisalId);
  if (entryIds) q = q.where((eb) => eb.or([eb('v.entryId', 'is', null), ...(entryIds.length ? [eb('v.entryId', 'in', entryIds)] : [])]));
  return q.orderBy('v.id').execute();
}
