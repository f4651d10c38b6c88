import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';

/** The unit with a code that is valid on a local date (aliases resolved). */
export async function findUnitByCodeAt(db: Db | Tx, code: string, date: string): Promise<UnitRow | undefined> {
  const alias = await db.selectFrom('unitCodeAliases').select('code').where('alias', '=', code).executeTakeFirst();
  const real = alias?.code ?? code;
  return db
    .selectFrom('units')
    .selectAll()
    .where('code', '=', real)
    .where('validFrom', '<=', date)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', date)]))
    .orderBy('validFrom', 'desc')
    .executeTakeFirst();
}

/**
 * The version of a unit whose validity overlaps [from, to] (the latest such version); for a unit
 * that did not exist then (e.g. a district asked about after it ceased), its last version, whose
 * figures for that period are simply empty. Undefined only for an unknown code.
 */
export async function findUnitOverlapping(db: Db | Tx, code: string, from: string, to: string): Promise<UnitRow | undefined> {
  const alias = await db.selectFrom('unitCodeAliases').select('code').where('alias', '=', code).executeTakeFirst();
  const real = alias?.code ?? code;
  const overlapping = await db
    .selectFrom('units')
    .selectAll()
    .where('code', '=', real)
    .where('validFrom', '<=', to)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]))
    .orderBy('validFrom', 'desc')
    .executeTakeFirst();
  return overlapping ?? (await db.selectFrom('units').selectAll().where('code', '=', real).orderBy('validFrom', 'desc').executeTakeFirst());
}

/** All units below a unit (recursive), valid at some point of [from, to]. */
export async function findDescendants(db: Db, unitId: number, from: string, to: string): Promise<UnitRow[]> {
  const result = await sql<UnitRow & { depth: number }>`
    WITH RECURSIVE tree AS (
      SELECT u.*, 1 AS depth FROM units u WHERE u.parent_id = ${unitId}
      UNION ALL
      SELECT c.*, t.depth + 1 FROM units c JOIN tree t ON c.parent_id = t.id
    )
    SELECT * FROM tree
    WHERE valid_from <= ${to} AND (valid_to IS NULL OR valid_to >= ${from})
    ORDER BY depth, code`.execute(db);
  return result.rows;
}

export async function listUnits(
  db: Db,
  filter: { parentId?: number | undefined; level?: string | undefined; at: string; q?: string | undefined; limit: number },
): Promise<UnitRow[]> {
  let q = db
    .selectFrom('units')
    .selectAll()
    .where('validFrom', '<=', filter.at)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', filter.at)]));
  if (filter.parentId !== undefined) q = q.where('parentId', '=', filter.parentId);
  if (filter.level) q = q.where('level', '=', filter.level as UnitRow['level']);
  if (filter.q) q = q.where(sql<string>`f_unaccent_vi(name)`, 'like', sql<string>`'%' || f_unaccent_vi(${filter.q}) || '%'`);
  return q.orderBy('code').limit(filter.limit).execute();
}

export async function unitCodesByIds(db: Db | Tx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'code']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}

export async function findSuccessors(db: Db, unitId: number) {
  return db
    .selectFrom('unitSuccessions as s')
    .innerJoin('units as u', 'u.id', 's.successorId')
    .select(['u.code', 'u.name', 's.effective'])
    .where('s.predecessorId', '=', unitId)
    .execute();
}

export async function countUnits(db: Db | Tx): Promise<number> {
  const r = await db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The version of a unit valid today, else its latest version (a unit that no longer exists). */
export async function findCurrentOrLatestUnit(db: Db | Tx, code: string, today: string, visible?: (unitId: number) => boolean): Promise<UnitRow | undefined> {
  const found =
    (await findUnitByCodeAt(db, code, today)) ??
    (await db.selectFrom('units').selectAll().where('code', '=', code).orderBy('validFrom', 'desc').executeTakeFirst());
  if (!found || !visible || visible(found.id)) return found;
  // Codes are reused after mergers (18229: Thị trấn Đức Thọ until 30/06/2025, then Xã Đức Thọ):
  // a user of the ceased unit means the version they can see, not its successor.
  const versions = await db.selectFrom('units').selectAll().where('code', '=', code).orderBy('validFrom', 'desc').execute();
  return versions.find((u) => visible(u.id)) ?? found;
}
