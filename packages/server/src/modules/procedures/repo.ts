import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { ProcedureRow } from '../../db/schema.js';
import type { Procedure, ProcedureListQuery } from './schema.js';

export function toProcedure(row: ProcedureRow): Procedure {
  return {
    code: row.code,
    version: row.version,
    name: row.name,
    field: row.field,
    level: row.level,
    workingDays: row.workingDays,
    onlineLevel: row.onlineLevel,
    fee: row.fee,
    requiredDocuments: row.requiredDocuments,
    steps: row.steps,
    demo: row.isDemo,
  };
}

export async function findCurrentProcedure(db: Db | Tx, code: string): Promise<ProcedureRow | undefined> {
  return db.selectFrom('procedures').selectAll().where('code', '=', code).where('isCurrent', '=', true).executeTakeFirst();
}

export async function findCurrentProcedures(db: Db | Tx, codes: string[]): Promise<ProcedureRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('procedures').selectAll().where('code', 'in', codes).where('isCurrent', '=', true).execute();
}

export async function listProcedures(db: Db, q: ProcedureListQuery): Promise<{ total: number; rows: ProcedureRow[] }> {
  let query = db.selectFrom('procedures').where('isCurrent', '=', true);
  if (q.level) query = query.where('level', '=', q.level);
  if (q.onlineLevel) query = query.where('onlineLevel', '=', q.onlineLevel);
  if (q.field) query = query.where('field', '=', q.field);
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`f_unaccent_vi(name)`, 'like', sql<string>`f_unaccent_vi(${pattern})`),
        eb(sql<string>`f_unaccent_vi(field)`, 'like', sql<string>`f_unaccent_vi(${pattern})`),
        eb('code', 'like', pattern),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('level').orderBy('field').orderBy('code').limit(q.limit).offset(q.offset).execute();
  return { total: Number(total.n), rows };
}

export async function countByLevel(db: Db): Promise<Array<{ level: string; onlineLevel: string; n: number }>> {
  return db
    .selectFrom('procedures')
    .where('isCurrent', '=', true)
    .select(['level', 'onlineLevel', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['level', 'onlineLevel'])
    .execute();
}

export async function listFields(db: Db, level?: string): Promise<Array<{ level: string; field: string; count: number }>> {
  let q = db.selectFrom('procedures').where('isCurrent', '=', true);
  if (level) q = q.where('level', '=', level as 'district');
  const rows = await q.select(['level', 'field', (eb) => eb.fn.countAll<number>().as('count')]).groupBy(['level', 'field']).execute();
  return rows.map((r) => ({ level: r.level, field: r.field, count: Number(r.count) }));
}
