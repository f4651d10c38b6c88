import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { ReformPlanActivitiesTable, ReformPlanTasksTable, ReformPlansTable } from '../../db/schema.js';

export type PlanRow = Selectable<ReformPlansTable>;
export type TaskRow = Selectable<ReformPlanTasksTable>;
export type ActivityRow = Selectable<ReformPlanActivitiesTable>;

/** A task ready to store: owner units resolved to ids. */
export interface ResolvedTask {
  code: string;
  area: string;
  content: string;
  ownerUnitId: number;
  cooperating: string[];
  expectedOutput: string | null;
  deadline: string | null;
  status: TaskRow['status'];
  completedOn: string | null;
  evidence: string | null;
  activities: Array<Omit<ResolvedTask, 'area' | 'cooperating' | 'activities' | 'ownerUnitId'> & { ownerUnitId: number | null }>;
}

export async function findPlan(db: Db | Tx, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom('reformPlans').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPlanForUpdate(tx: Tx, id: number): Promise<PlanRow | undefined> {
  return tx.selectFrom('reformPlans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findPlanByUnitYear(db: Db | Tx, unitId: number, year: number): Promise<PlanRow | undefined> {
  return db.selectFrom('reformPlans').selectAll().where('unitId', '=', unitId).where('year', '=', year).executeTakeFirst();
}

export async function listPlans(db: Db, filter: { unitIds: number[] | null; year?: number | undefined }): Promise<PlanRow[]> {
  if (filter.unitIds && filter.unitIds.length === 0) return [];
  let q = db.selectFrom('reformPlans').selectAll();
  if (filter.unitIds) q = q.where('unitId', 'in', filter.unitIds);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  return q.orderBy('year', 'desc').orderBy('unitId').execute();
}

export async function loadTasks(db: Db | Tx, planIds: number[]): Promise<{ tasks: TaskRow[]; activities: ActivityRow[] }> {
  if (planIds.length === 0) return { tasks: [], activities: [] };
  const tasks = await db.selectFrom('reformPlanTasks').selectAll().where('planId', 'in', planIds).orderBy('planId').orderBy('seq').execute();
  const activities = await db
    .selectFrom('reformPlanActivities as a')
    .innerJoin('reformPlanTasks as t', 't.id', 'a.taskId')
    .selectAll('a')
    .where('t.planId', 'in', planIds)
    .orderBy('a.taskId')
    .orderBy('a.seq')
    .execute();
  return { tasks, activities };
}

export async function counts(db: Db, planIds: number[]): Promise<Map<number, { tasks: number; activities: number }>> {
  const out = new Map<number, { tasks: number; activities: number }>();
  if (planIds.length === 0) return out;
  const rows = await db
    .selectFrom('reformPlanTasks as t')
    .leftJoin('reformPlanActivities as a', 'a.taskId', 't.id')
    .select((eb) => ['t.planId', eb.fn.count<number>('t.id').distinct().as('tasks'), eb.fn.count<number>('a.id').as('activities')])
    .where('t.planId', 'in', planIds)
    .groupBy('t.planId')
    .execute();
  for (const r of rows) out.set(r.planId, { tasks: Number(r.tasks), activities: Number(r.activities) });
  return out;
}

export async function insertPlan(
  tx: Tx,
  p: { unitId: number; year: number; documentNumber: string; documentDate: string; title: string; createdBy: string },
): Promise<number> {
  const row = await tx.insertInto('reformPlans').values(p).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Appends tasks (and their activities) after the plan's last task. */
export async function insertTasks(tx: Tx, planId: number, tasks: ResolvedTask[]): Promise<number[]> {
  const last = await tx
    .selectFrom('reformPlanTasks')
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('planId', '=', planId)
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  const ids: number[] = [];
  for (const t of tasks) {
    const { activities, cooperating, ...rest } = t;
    const row = await tx
      .insertInto('reformPlanTasks')
      .values({ ...rest, planId, seq: ++seq, cooperating: JSON.stringify(cooperating) })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    await insertActivities(tx, row.id, activities);
  }
  return ids;
}

export async function insertActivities(tx: Tx, taskId: number, activities: ResolvedTask['activities']): Promise<void> {
  if (activities.length === 0) return;
  await tx
    .insertInto('reformPlanActivities')
    .values(activities.map((a, i) => ({ ...a, taskId, seq: i + 1 })))
    .execute();
}

export async function findTask(db: Db | Tx, planId: number, taskId: number): Promise<TaskRow | undefined> {
  return db.selectFrom('reformPlanTasks').selectAll().where('planId', '=', planId).where('id', '=', taskId).executeTakeFirst();
}

export async function findActivity(db: Db | Tx, planId: number, activityId: number): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('reformPlanActivities as a')
    .innerJoin('reformPlanTasks as t', 't.id', 'a.taskId')
    .selectAll('a')
    .where('t.planId', '=', planId)
    .where('a.id', '=', activityId)
    .executeTakeFirst();
}

export async function activitiesOf(db: Db | Tx, taskId: number): Promise<ActivityRow[]> {
  return db.selectFrom('reformPlanActivities').selectAll().where('taskId', '=', taskId).orderBy('seq').execute();
}

export async function touchPlan(tx: Tx, planId: number): Promise<void> {
  await tx.updateTable('reformPlans').set({ updatedAt: new Date() }).where('id', '=', planId).execute();
}
