import type { Db, Tx } from '../../db/database.js';

export function findUserByUsername(db: Db | Tx, username: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unitId')
    .selectAll('u')
    .leftJoin('units as pu', 'pu.id', 'un.parentId')
    .select(['un.code as unitCode', 'un.name as unitName', 'un.level as unitLevel', 'un.parentId as unitParentId', 'pu.code as unitParentCode', 'un.validTo as unitValidTo'])
    .where('u.username', '=', username)
    .executeTakeFirst();
}
export type UserWithUnit = NonNullable<Awaited<ReturnType<typeof findUserByUsername>>>;

export function findSessionUser(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .innerJoin('units as un', 'un.id', 'u.unitId')
    .selectAll('u')
    .leftJoin('units as pu', 'pu.id', 'un.parentId')
    .select(['s.csrfToken', 's.lastSeenAt', 'un.code as unitCode', 'un.name as unitName', 'un.level as unitLevel', 'un.parentId as unitParentId', 'pu.code as unitParentCode', 'un.validTo as unitValidTo'])
    .where('s.tokenHash', '=', tokenHash)
    .where('s.expiresAt', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export function listUsers(db: Db, unitIds: number[] | null) {
  let q = db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unitId')
    .selectAll('u')
    .leftJoin('units as pu', 'pu.id', 'un.parentId')
    .select(['un.code as unitCode', 'un.name as unitName', 'un.level as unitLevel', 'un.parentId as unitParentId', 'pu.code as unitParentCode', 'un.validTo as unitValidTo']);
  if (unitIds) q = q.where('u.unitId', 'in', unitIds.length ? unitIds : [-1]);
  return q.orderBy('u.username').execute();
}
