import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { AssignedTasksTable } from '../../db/schema.js';

export type AssignmentRow = Selectable<AssignedTasksTable>;
export type NewAssignment = Insertable<AssignedTasksTable>;

export async function insertAssignment(tx: Tx, row: NewAssignment): Promise<number> {
  return (await tx.insertInto('assignedTasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAssignment(tx: Tx, id: number, set: Updateable<AssignedTasksTable>): Promise<void> {
  await tx.updateTable('assignedTasks').set({ ...set, updatedAt: new Date() }).where('id', '=', id).execute();
}

export async function findAssignment(db: Db | Tx, id: number, forUpdate = false): Promise<AssignmentRow | undefined> {
  const q = db.selectFrom('assignedTasks').selectAll().where('id', '=', id);
  return forUpdate ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

export async function addNote(tx: Tx, taskId: number, author: string, note: string): Promise<void> {
  await tx.insertInto('assignedTaskNotes').values({ taskId, author, note }).execute();
}

export async function notesOf(db: Db | Tx, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  return db.selectFrom('assignedTaskNotes').selectAll().where('taskId', 'in', taskIds).orderBy('taskId').orderBy('id').execute();
}

export interface AssignmentFilter {
  unitIds: number[] | null;
  leadUnitId?: number | undefined;
  open?: boolean | undefined;
  sourceFrom?: string | undefined;
  sourceTo?: string | undefined;
  q?: string | undefined;
}

function filtered(db: Db | Tx, f: AssignmentFilter) {
  let q = db.selectFrom('assignedTasks');
  if (f.unitIds) q = q.where('unitId', 'in', f.unitIds.length ? f.unitIds : [-1]);
  if (f.leadUnitId !== undefined) q = q.where('leadUnitId', '=', f.leadUnitId);
  if (f.open) q = q.where('completedOn', 'is', null);
  if (f.sourceFrom) q = q.where('sourceDate', '>=', f.sourceFrom);
  if (f.sourceTo) q = q.where('sourceDate', '<=', f.sourceTo);
  if (f.q) {
    const like = sql<string>`'%' || f_unaccent_vi(${f.q}) || '%'`;
    q = q.where((eb) => eb.or([eb(sql<string>`f_unaccent_vi(content)`, 'like', like), eb(sql<string>`f_unaccent_vi(source_number)`, 'like', like)]));
  }
  return q;
}

export async function listAssignments(db: Db, f: AssignmentFilter, limit: number, offset: number) {
  const total = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered(db, f)
    .selectAll()
    .orderBy(sql`deadline IS NULL`)
    .orderBy('deadline')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), rows };
}

/** Tasks a report on [from, to] counts: assigned in the period, or before it and still open at its start. */
export async function assignmentsForPeriod(db: Db, unitIds: number[], from: string, to: string): Promise<AssignmentRow[]> {
  return db
    .selectFrom('assignedTasks')
    .selectAll()
    .where('unitId', 'in', unitIds)
    .where('sourceDate', '<=', to)
    .where((eb) => eb.or([eb('sourceDate', '>=', from), eb('completedOn', 'is', null), eb('completedOn', '>=', from)]))
    .orderBy('deadline')
    .orderBy('id')
    .execute();
}

/** Open tasks with a deadline on or before `horizon`. */
export async function openDueBy(db: Db, unitIds: number[], horizon: string, leadUnitId?: number): Promise<AssignmentRow[]> {
  let q = db
    .selectFrom('assignedTasks')
    .selectAll()
    .where('unitId', 'in', unitIds)
    .where('completedOn', 'is', null)
    .where('deadline', 'is not', null)
    .where('deadline', '<=', horizon);
  if (leadUnitId !== undefined) q = q.where('leadUnitId', '=', leadUnitId);
  return q.orderBy('deadline').orderBy('id').execute();
}

export async function leadersOf(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['unitId', 'username', 'fullName'])
    .where('unitId', 'in', unitIds)
    .where('role', '=', 'leader')
    .where('active', '=', true)
    .orderBy('username')
    .execute();
}
