import type { Db, Tx } from '../../db/database.js';

type Q = Db | Tx;

export function findDocument(db: Q, id: number) {
  return db
    .selectFrom('reformDocuments as d')
    .innerJoin('units as u', 'u.id', 'd.unitId')
    .selectAll('d')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

export function findDocumentByNumber(db: Q, unitId: number, number: string, issuedOn: string) {
  return db.selectFrom('reformDocuments').select('id').where('unitId', '=', unitId).where('number', '=', number).where('issuedOn', '=', issuedOn).executeTakeFirst();
}

export function listDocuments(db: Q, unitIds: number[], from: string, to: string, type?: string) {
  let q = db
    .selectFrom('reformDocuments as d')
    .innerJoin('units as u', 'u.id', 'd.unitId')
    .selectAll('d')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('d.unitId', 'in', unitIds.length ? unitIds : [-1])
    .where('d.issuedOn', '>=', from)
    .where('d.issuedOn', '<=', to);
  if (type) q = q.where('d.type', '=', type);
  return q.orderBy('d.issuedOn').orderBy('d.id');
}

/** Documents per unit and type issued in [from, to]. */
export function countDocuments(db: Q, unitIds: number[], from: string, to: string) {
  return db
    .selectFrom('reformDocuments')
    .select(['unitId', 'type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unitId', 'in', unitIds.length ? unitIds : [-1])
    .where('issuedOn', '>=', from)
    .where('issuedOn', '<=', to)
    .groupBy(['unitId', 'type'])
    .execute();
}

export function findPlan(db: Q, id: number) {
  return db
    .selectFrom('inspectionPlans as p')
    .innerJoin('units as u', 'u.id', 'p.unitId')
    .selectAll('p')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function listPlans(db: Q, unitId: number, from: string, to: string) {
  return db
    .selectFrom('inspectionPlans as p')
    .innerJoin('units as u', 'u.id', 'p.unitId')
    .selectAll('p')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('p.unitId', '=', unitId)
    .where('p.issuedOn', '>=', from)
    .where('p.issuedOn', '<=', to)
    .orderBy('p.issuedOn')
    .orderBy('p.id')
    .execute();
}

export function listTargets(db: Q, planIds: number[]) {
  return db
    .selectFrom('inspectionTargets as t')
    .innerJoin('units as u', 'u.id', 't.unitId')
    .selectAll('t')
    .select(['u.code as unitCode', 'u.name as unitName'])
    .where('t.planId', 'in', planIds.length ? planIds : [-1])
    .orderBy('t.planId')
    .orderBy('t.id')
    .execute();
}
export type TargetRow = Awaited<ReturnType<typeof listTargets>>[number];

/** All targets of a unit's plans issued up to `to` (for the period summary). */
export function targetsOfUnitPlans(db: Q, unitId: number, to: string) {
  return db
    .selectFrom('inspectionTargets as t')
    .innerJoin('inspectionPlans as p', 'p.id', 't.planId')
    .select(['p.issuedOn', 't.scheduledOn', 't.inspectedOn', 't.followUp', 't.followUpDone'])
    .where('p.unitId', '=', unitId)
    .where('p.issuedOn', '<=', to)
    .execute();
}

export function findInitiative(db: Q, id: number) {
  return db
    .selectFrom('initiatives as i')
    .innerJoin('units as u', 'u.id', 'i.unitId')
    .selectAll('i')
    .select(['u.code as unitCode', 'u.name as unitName', 'u.level as unitLevel', 'u.parentId as unitParentId'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}
export type InitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;

export function listInitiatives(db: Q, unitIds: number[], from: string, to: string, f: { status?: string | undefined; kind?: string | undefined }) {
  let q = db
    .selectFrom('initiatives as i')
    .innerJoin('units as u', 'u.id', 'i.unitId')
    .selectAll('i')
    .select(['u.code as unitCode', 'u.name as unitName', 'u.level as unitLevel', 'u.parentId as unitParentId'])
    .where('i.unitId', 'in', unitIds.length ? unitIds : [-1])
    .where('i.registeredOn', '>=', from)
    .where('i.registeredOn', '<=', to);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  return q.orderBy('i.registeredOn').orderBy('i.id').execute();
}

export function findCommunication(db: Q, id: number) {
  return db
    .selectFrom('communicationActivities as c')
    .innerJoin('units as u', 'u.id', 'c.unitId')
    .selectAll('c')
    .select(['u.code as unitCode'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type CommunicationRow = NonNullable<Awaited<ReturnType<typeof findCommunication>>>;

/** Activities of a unit that end in [from, to] (an activity counts in the period of its end date). */
export function listCommunications(db: Q, unitId: number, from: string, to: string) {
  return db
    .selectFrom('communicationActivities as c')
    .innerJoin('units as u', 'u.id', 'c.unitId')
    .selectAll('c')
    .select(['u.code as unitCode'])
    .where('c.unitId', '=', unitId)
    .where('c.toDate', '>=', from)
    .where('c.toDate', '<=', to)
    .orderBy('c.toDate')
    .orderBy('c.id')
    .execute();
}
