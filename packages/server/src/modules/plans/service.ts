import {
  REFORM_AREAS,
  REFORM_AREA_LABELS_VI,
  daysBetween,
  foldVietnamese,
  isDoneBy,
  isOverdueAt,
  localDateOf,
  rateOf,
  vietnameseCollator,
  type ReformArea,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { SYSTEM, actorName, canSeeUnit, scopeOf, type Actor } from '../auth/policy.js';
import { findCurrentOrLatestUnit, findDescendants, findUnitOverlapping } from '../units/repo.js';
import { pruneEvidence, renameEvidenceTask } from './evidence.js';
import * as repo from './repo.js';
import type {
  CreatePlanBody,
  PlanProgress,
  PlanSummary,
  PlanView,
  RollupProgress,
  StatusBody,
  TaskInput,
  TaskView,
  UpdatePlanBody,
} from './schema.js';

export const today = (): string => localDateOf(Date.now());
const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** Units that may own a plan's tasks: the plan's unit and the units directly below it (departments, communes). */
export class OwnerResolver {
  private readonly byKey = new Map<string, UnitRow>();
  readonly byId = new Map<number, UnitRow>();

  constructor(units: UnitRow[]) {
    for (const u of units) {
      this.byId.set(u.id, u);
      this.byKey.set(u.code.toLowerCase(), u);
      this.byKey.set(foldVietnamese(u.name), u);
      this.byKey.set(foldVietnamese(`UBND ${u.name}`), u);
      this.byKey.set(foldVietnamese(`Ủy ban nhân dân ${u.name}`), u);
    }
  }

  static async load(db: Db | Tx, unit: UnitRow, year: number): Promise<OwnerResolver> {
    const { from, to } = yearBounds(year);
    const below = await db
      .selectFrom('units')
      .selectAll()
      .where('parentId', '=', unit.id)
      .where('validFrom', '<=', to)
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]))
      .execute();
    return new OwnerResolver([unit, ...below]);
  }

  resolve(text: string): UnitRow | undefined {
    return this.byKey.get(text.trim().toLowerCase()) ?? this.byKey.get(foldVietnamese(text));
  }
}

/**
 * The rules of one task beyond its shape: owners exist, activity codes are unique, nothing is
 * completed in the future, and a task is done only when all its activities were done by then.
 * Issues carry paths relative to the task (`owner`, `activities.1.completedOn`).
 */
export function checkTask(task: TaskInput, owners: OwnerResolver, now = today()): { resolved?: repo.ResolvedTask; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const owner = owners.resolve(task.owner);
  if (!owner) issues.push({ field: 'owner', reason: `no unit "${task.owner}" in this plan's unit or below it` });
  if (task.completedOn && task.completedOn > now) issues.push({ field: 'completedOn', reason: 'must not be in the future' });
  const codes = new Set<string>();
  const activities: repo.ResolvedTask['activities'] = [];
  task.activities.forEach((a, i) => {
    if (codes.has(a.code)) issues.push({ field: `activities.${i}.code`, reason: `duplicate activity code ${a.code}` });
    codes.add(a.code);
    let ownerUnitId: number | null = null;
    if (a.owner) {
      const u = owners.resolve(a.owner);
      if (!u) issues.push({ field: `activities.${i}.owner`, reason: `no unit "${a.owner}" in this plan's unit or below it` });
      else ownerUnitId = u.id;
    }
    if (a.completedOn && a.completedOn > now) issues.push({ field: `activities.${i}.completedOn`, reason: 'must not be in the future' });
    if (task.status === 'done' && task.completedOn && (a.status !== 'done' || (a.completedOn && a.completedOn > task.completedOn))) {
      issues.push({ field: `activities.${i}.status`, reason: `must be done by ${task.completedOn}, when the task is done` });
    }
    const { owner: _o, ...rest } = a;
    activities.push({ ...rest, ownerUnitId });
  });
  if (issues.length || !owner) return { issues };
  const { owner: _owner, activities: _a, ...fields } = task;
  return { resolved: { ...fields, ownerUnitId: owner.id, activities }, issues };
}

/** Checks a list of tasks (unique codes, each task's rules); issue fields get `prefix.N.` paths. */
export function checkTasks(tasks: TaskInput[], owners: OwnerResolver, prefix: string, existingCodes: Set<string> = new Set()) {
  const issues: FieldIssue[] = [];
  const resolved: repo.ResolvedTask[] = [];
  const codes = new Set(existingCodes);
  tasks.forEach((t, i) => {
    if (codes.has(t.code)) issues.push({ field: `${prefix}.${i}.code`, reason: `duplicate task code ${t.code}` });
    codes.add(t.code);
    const r = checkTask(t, owners, today());
    issues.push(...r.issues.map((x) => ({ ...x, field: `${prefix}.${i}.${x.field}` })));
    if (r.resolved) resolved.push(r.resolved);
  });
  return { resolved, issues };
}

/** The unit of a plan (valid during its year), or a 404 when outside the caller's scope. */
async function planUnit(db: Db | Tx, code: string, year: number, actor: Actor, field = 'body.unit'): Promise<UnitRow> {
  const { from, to } = yearBounds(year);
  const unit = await findUnitOverlapping(db as Db, code, from, to);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', code);
  if (unit.level === 'department') throw AppError.validation([{ field, reason: 'a reform plan belongs to a People\'s Committee (province, district or commune), not a department' }]);
  return unit;
}

/** A plan the caller may see; 404 otherwise (existence is not revealed). */
async function visiblePlan(db: Db | Tx, id: number, actor: Actor, forUpdate = false): Promise<repo.PlanRow> {
  const plan = forUpdate && db.isTransaction ? await repo.findPlanForUpdate(db as Tx, id) : await repo.findPlan(db, id);
  if (!plan || !canSeeUnit(actor, plan.unitId)) throw AppError.notFound('Plan', String(id));
  return plan;
}

async function unitRefs(db: Db | Tx, ids: Iterable<number>): Promise<Map<number, { code: string; name: string }>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

async function summaries(db: Db, plans: repo.PlanRow[]): Promise<PlanSummary[]> {
  const units = await unitRefs(db, plans.map((p) => p.unitId));
  const counts = await repo.counts(db, plans.map((p) => p.id));
  return plans.map((p) => toSummary(p, units.get(p.unitId)!, counts.get(p.id) ?? { tasks: 0, activities: 0 }));
}

function toSummary(p: repo.PlanRow, unit: { code: string; name: string }, c: { tasks: number; activities: number }): PlanSummary {
  return { id: p.id, unit, year: p.year, documentNumber: p.documentNumber, documentDate: p.documentDate, title: p.title, taskCount: c.tasks, activityCount: c.activities };
}

function taskViews(tasks: repo.TaskRow[], activities: repo.ActivityRow[], units: Map<number, { code: string; name: string }>): TaskView[] {
  const byTask = new Map<number, repo.ActivityRow[]>();
  for (const a of activities) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
  const work = (w: repo.TaskRow | repo.ActivityRow) => ({
    id: w.id,
    code: w.code,
    content: w.content,
    expectedOutput: w.expectedOutput,
    deadline: w.deadline,
    status: w.status,
    completedOn: w.completedOn,
    evidence: w.evidence,
  });
  return tasks.map((t) => ({
    ...work(t),
    area: t.area as ReformArea,
    areaLabel: REFORM_AREA_LABELS_VI[t.area as ReformArea],
    owner: units.get(t.ownerUnitId)!,
    cooperating: t.cooperating,
    activities: (byTask.get(t.id) ?? []).map((a) => ({ ...work(a), owner: a.ownerUnitId === null ? null : units.get(a.ownerUnitId)! })),
  }));
}

export async function getPlanView(db: Db | Tx, id: number, actor: Actor = SYSTEM): Promise<PlanView> {
  const plan = await visiblePlan(db, id, actor);
  const { tasks, activities } = await repo.loadTasks(db, [plan.id]);
  const units = await unitRefs(db, [plan.unitId, ...tasks.map((t) => t.ownerUnitId), ...activities.flatMap((a) => (a.ownerUnitId === null ? [] : [a.ownerUnitId]))]);
  return {
    ...toSummary(plan, units.get(plan.unitId)!, { tasks: tasks.length, activities: activities.length }),
    tasks: taskViews(tasks, activities, units),
  };
}

export async function listPlans(db: Db, actor: Actor, q: { unit?: string | undefined; below?: boolean | undefined; year?: number | undefined }): Promise<PlanSummary[]> {
  let unitIds = scopeOf(actor);
  if (q.unit) {
    // Without a year: the unit as it is today, or its last version (440 ceased on 30/06/2025).
    const unit = q.year !== undefined ? await planUnit(db, q.unit, q.year, actor, 'querystring.unit') : await findCurrentOrLatestUnit(db, q.unit, today(), (id) => canSeeUnit(actor, id));
    if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
    const { from, to } = q.year !== undefined ? yearBounds(q.year) : { from: '1900-01-01', to: '9999-12-31' };
    const ids = [unit.id, ...(q.below ? (await findDescendants(db, unit.id, from, to)).map((u) => u.id) : [])];
    unitIds = unitIds === null ? ids : ids.filter((i) => unitIds!.includes(i));
  }
  return summaries(db, await repo.listPlans(db, { unitIds, year: q.year }));
}

export async function createPlan(tx: Tx, actor: Actor, body: CreatePlanBody): Promise<PlanView> {
  const unit = await planUnit(tx, body.unit, body.year, actor);
  const issues: FieldIssue[] = [];
  if (Number(body.documentDate.slice(0, 4)) > body.year) issues.push({ field: 'body.documentDate', reason: `must not be after the plan's year ${body.year}` });
  const owners = await OwnerResolver.load(tx, unit, body.year);
  const checked = checkTasks(body.tasks, owners, 'body.tasks');
  issues.push(...checked.issues);
  if (issues.length) throw AppError.validation(issues);
  if (await repo.findPlanByUnitYear(tx, unit.id, body.year)) {
    throw new AppError('CONFLICT', `${unit.name} đã có kế hoạch CCHC năm ${body.year}`, { issues: [{ field: 'body.year', reason: 'a plan of this unit and year exists' }] });
  }
  const id = await repo.insertPlan(tx, {
    unitId: unit.id,
    year: body.year,
    documentNumber: body.documentNumber,
    documentDate: body.documentDate,
    title: body.title || `Kế hoạch cải cách hành chính năm ${body.year}`,
    createdBy: actorName(actor),
  });
  await repo.insertTasks(tx, id, checked.resolved);
  return getPlanView(tx, id, actor);
}

export async function updatePlan(tx: Tx, actor: Actor, id: number, body: UpdatePlanBody): Promise<PlanView> {
  const plan = await visiblePlan(tx, id, actor, true);
  const date = body.documentDate ?? plan.documentDate;
  if (Number(date.slice(0, 4)) > plan.year) throw AppError.validation([{ field: 'body.documentDate', reason: `must not be after the plan's year ${plan.year}` }]);
  await tx
    .updateTable('reformPlans')
    .set({
      ...(body.documentNumber !== undefined ? { documentNumber: body.documentNumber } : {}),
      ...(body.documentDate !== undefined ? { documentDate: body.documentDate } : {}),
      ...(body.title ? { title: body.title } : {}),
      updatedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
  return getPlanView(tx, id, actor);
}

export async function deletePlan(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await visiblePlan(tx, id, actor, true);
  await tx.deleteFrom('reformPlans').where('id', '=', id).execute();
  return { deleted: id };
}

async function ownersOf(tx: Tx, plan: repo.PlanRow): Promise<OwnerResolver> {
  const unit = await tx.selectFrom('units').selectAll().where('id', '=', plan.unitId).executeTakeFirstOrThrow();
  return OwnerResolver.load(tx, unit, plan.year);
}

export async function addTask(tx: Tx, actor: Actor, planId: number, task: TaskInput): Promise<TaskView> {
  const plan = await visiblePlan(tx, planId, actor, true);
  const existing = await tx.selectFrom('reformPlanTasks').select('code').where('planId', '=', planId).execute();
  const checked = checkTasks([task], await ownersOf(tx, plan), 'body', new Set(existing.map((e) => e.code)));
  if (checked.issues.length) throw AppError.validation(checked.issues.map((i) => ({ ...i, field: i.field.replace(/^body\.0\./, 'body.') })));
  const [taskId] = await repo.insertTasks(tx, planId, checked.resolved);
  await repo.touchPlan(tx, planId);
  return taskView(tx, actor, planId, taskId!);
}

/** Replaces a task's fields and activities (activities are matched by code and keep their ids). */
export async function replaceTask(tx: Tx, actor: Actor, planId: number, taskId: number, task: TaskInput): Promise<TaskView> {
  const plan = await visiblePlan(tx, planId, actor, true);
  const current = await repo.findTask(tx, planId, taskId);
  if (!current) throw AppError.notFound('Task', String(taskId));
  const others = await tx.selectFrom('reformPlanTasks').select('code').where('planId', '=', planId).where('id', '!=', taskId).execute();
  const checked = checkTasks([task], await ownersOf(tx, plan), 'body', new Set(others.map((e) => e.code)));
  if (checked.issues.length) throw AppError.validation(checked.issues.map((i) => ({ ...i, field: i.field.replace(/^body\.0\./, 'body.') })));
  const { activities, cooperating, ...fields } = checked.resolved[0]!;
  await tx.updateTable('reformPlanTasks').set({ ...fields, cooperating: JSON.stringify(cooperating) }).where('id', '=', taskId).execute();
  const old = new Map((await repo.activitiesOf(tx, taskId)).map((a) => [a.code, a]));
  const keep = new Set<number>();
  for (const [i, a] of activities.entries()) {
    const prev = old.get(a.code);
    if (prev) {
      keep.add(prev.id);
      await tx.updateTable('reformPlanActivities').set({ ...a, seq: i + 1 }).where('id', '=', prev.id).execute();
    } else {
      await tx.insertInto('reformPlanActivities').values({ ...a, taskId, seq: i + 1 }).execute();
    }
  }
  const gone = [...old.values()].filter((a) => !keep.has(a.id)).map((a) => a.id);
  if (gone.length) await tx.deleteFrom('reformPlanActivities').where('id', 'in', gone).execute();
  // Evidence files follow a renamed task; those of removed activities go with them.
  await renameEvidenceTask(tx, planId, current.code, fields.code);
  await pruneEvidence(tx, planId);
  await repo.touchPlan(tx, planId);
  return taskView(tx, actor, planId, taskId);
}

export async function deleteTask(tx: Tx, actor: Actor, planId: number, taskId: number): Promise<{ deleted: number }> {
  await visiblePlan(tx, planId, actor, true);
  const r = await tx.deleteFrom('reformPlanTasks').where('planId', '=', planId).where('id', '=', taskId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw AppError.notFound('Task', String(taskId));
  await pruneEvidence(tx, planId);
  await repo.touchPlan(tx, planId);
  return { deleted: taskId };
}

async function taskView(db: Db | Tx, actor: Actor, planId: number, taskId: number): Promise<TaskView> {
  const view = await getPlanView(db, planId, actor);
  return view.tasks.find((t) => t.id === taskId)!;
}

/** Marks a task done (or not): a done task needs all its activities done by its completion date. */
export async function setTaskStatus(tx: Tx, actor: Actor, planId: number, taskId: number, body: StatusBody): Promise<TaskView> {
  await visiblePlan(tx, planId, actor, true);
  const task = await repo.findTask(tx, planId, taskId);
  if (!task) throw AppError.notFound('Task', String(taskId));
  if (body.completedOn && body.completedOn > today()) throw AppError.validation([{ field: 'body.completedOn', reason: 'must not be in the future' }]);
  if (body.status === 'done') {
    const open = (await repo.activitiesOf(tx, taskId)).filter((a) => a.status !== 'done' || a.completedOn! > body.completedOn!);
    if (open.length) {
      throw AppError.validation([{ field: 'body.status', reason: `activities ${open.map((a) => a.code).join(', ')} are not done by ${body.completedOn}` }]);
    }
  }
  await tx
    .updateTable('reformPlanTasks')
    .set({ status: body.status, completedOn: body.completedOn, ...(body.evidence !== undefined ? { evidence: body.evidence } : {}) })
    .where('id', '=', taskId)
    .execute();
  await repo.touchPlan(tx, planId);
  return taskView(tx, actor, planId, taskId);
}

/** Marks an activity done (or not); reopening an activity of a done task is refused. */
export async function setActivityStatus(tx: Tx, actor: Actor, planId: number, activityId: number, body: StatusBody): Promise<TaskView> {
  await visiblePlan(tx, planId, actor, true);
  const activity = await repo.findActivity(tx, planId, activityId);
  if (!activity) throw AppError.notFound('Activity', String(activityId));
  if (body.completedOn && body.completedOn > today()) throw AppError.validation([{ field: 'body.completedOn', reason: 'must not be in the future' }]);
  const task = (await repo.findTask(tx, planId, activity.taskId))!;
  if (task.status === 'done' && (body.status !== 'done' || body.completedOn! > task.completedOn!)) {
    throw AppError.validation([{ field: 'body.status', reason: `the task ${task.code} is done on ${task.completedOn}: reopen the task first` }]);
  }
  await tx
    .updateTable('reformPlanActivities')
    .set({ status: body.status, completedOn: body.completedOn, ...(body.evidence !== undefined ? { evidence: body.evidence } : {}) })
    .where('id', '=', activityId)
    .execute();
  await repo.touchPlan(tx, planId);
  return taskView(tx, actor, planId, task.id);
}

// ---------------------------------------------------------------------------------------------
// Progress

interface Tally {
  tasksDone: number;
  tasks: number;
  activitiesDone: number;
  activities: number;
}
const zero = (): Tally => ({ tasksDone: 0, tasks: 0, activitiesDone: 0, activities: 0 });
const rates = (t: Tally) => ({ tasks: rateOf(t.tasksDone, t.tasks), activities: rateOf(t.activitiesDone, t.activities) });

/** Counts tasks and activities done as of the end of `at`, in total, by area and by owner; lists the overdue ones. */
function tally(plans: repo.PlanRow[], tasks: repo.TaskRow[], activities: repo.ActivityRow[], at: string, units: Map<number, { code: string; name: string }>) {
  const total = zero();
  const byArea = new Map<string, Tally>(REFORM_AREAS.map((a) => [a, zero()]));
  const byOwner = new Map<number, Tally>();
  const byPlan = new Map<number, Tally>(plans.map((p) => [p.id, zero()]));
  const planUnit = new Map(plans.map((p) => [p.id, units.get(p.unitId)!.code]));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const overdue: PlanProgress['overdue'] = [];
  const add = (key: 'tasks' | 'activities', done: boolean, ...targets: Tally[]) => {
    for (const t of targets) {
      t[key]++;
      if (done) t[key === 'tasks' ? 'tasksDone' : 'activitiesDone']++;
    }
  };
  const ownerTally = (id: number) => {
    let t = byOwner.get(id);
    if (!t) byOwner.set(id, (t = zero()));
    return t;
  };
  for (const t of tasks) {
    const done = isDoneBy(t.completedOn, at);
    add('tasks', done, total, byArea.get(t.area)!, ownerTally(t.ownerUnitId), byPlan.get(t.planId)!);
    if (isOverdueAt(t.deadline, t.completedOn, at)) {
      overdue.push({ kind: 'task', planId: t.planId, unit: planUnit.get(t.planId)!, taskCode: t.code, code: t.code, content: t.content, owner: units.get(t.ownerUnitId)!, deadline: t.deadline!, daysLate: daysBetween(t.deadline!, at) });
    }
  }
  for (const a of activities) {
    const task = taskById.get(a.taskId)!;
    const owner = a.ownerUnitId ?? task.ownerUnitId;
    const done = isDoneBy(a.completedOn, at);
    add('activities', done, total, byArea.get(task.area)!, ownerTally(owner), byPlan.get(task.planId)!);
    if (isOverdueAt(a.deadline, a.completedOn, at)) {
      overdue.push({ kind: 'activity', planId: task.planId, unit: planUnit.get(task.planId)!, taskCode: task.code, code: a.code, content: a.content, owner: units.get(owner)!, deadline: a.deadline!, daysLate: daysBetween(a.deadline!, at) });
    }
  }
  overdue.sort((x, y) => x.deadline.localeCompare(y.deadline) || x.unit.localeCompare(y.unit) || x.taskCode.localeCompare(y.taskCode, 'vi', { numeric: true }));
  return {
    total,
    byPlan,
    byArea: REFORM_AREAS.map((area) => ({ area, label: REFORM_AREA_LABELS_VI[area], ...rates(byArea.get(area)!) })),
    byOwner: [...byOwner.entries()]
      .map(([id, t]) => ({ owner: units.get(id)!, ...rates(t) }))
      .sort((x, y) => vietnameseCollator.compare(x.owner.name, y.owner.name)),
    overdue,
  };
}

async function loadForProgress(db: Db, plans: repo.PlanRow[]) {
  const { tasks, activities } = await repo.loadTasks(db, plans.map((p) => p.id));
  const units = await unitRefs(db, [
    ...plans.map((p) => p.unitId),
    ...tasks.map((t) => t.ownerUnitId),
    ...activities.flatMap((a) => (a.ownerUnitId === null ? [] : [a.ownerUnitId])),
  ]);
  return { tasks, activities, units };
}

export async function planProgress(db: Db, actor: Actor, id: number, at = today()): Promise<PlanProgress> {
  const plan = await visiblePlan(db, id, actor);
  const { tasks, activities, units } = await loadForProgress(db, [plan]);
  const t = tally([plan], tasks, activities, at, units);
  return {
    plan: toSummary(plan, units.get(plan.unitId)!, { tasks: tasks.length, activities: activities.length }),
    at,
    ...rates(t.total),
    byArea: t.byArea,
    byOwner: t.byOwner,
    overdue: t.overdue,
  };
}

/** A unit's plan and the plans of the units below it, summed (the district's view of its communes). */
export async function rollupProgress(db: Db, actor: Actor, q: { unit: string; year: number; at?: string | undefined }): Promise<RollupProgress> {
  const at = q.at ?? today();
  const unit = await planUnit(db, q.unit, q.year, actor, 'querystring.unit');
  const { from, to } = yearBounds(q.year);
  const below = (await findDescendants(db, unit.id, from, to)).filter((u) => u.level !== 'department');
  const ids = [unit.id, ...below.map((u) => u.id)];
  const plans = await repo.listPlans(db, { unitIds: ids, year: q.year });
  const { tasks, activities, units } = await loadForProgress(db, plans);
  const t = tally(plans, tasks, activities, at, units);
  const withPlan = new Set(plans.map((p) => p.unitId));
  const order = new Map(ids.map((id, i) => [id, i]));
  return {
    unit: { code: unit.code, name: unit.name },
    year: q.year,
    at,
    ...rates(t.total),
    byUnit: [...plans]
      .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!)
      .map((p) => ({ unit: units.get(p.unitId)!, planId: p.id, documentNumber: p.documentNumber, documentDate: p.documentDate, ...rates(t.byPlan.get(p.id)!) })),
    withoutPlan: below.filter((u) => !withPlan.has(u.id)).map((u) => ({ code: u.code, name: u.name })),
    byArea: t.byArea,
    overdue: t.overdue,
  };
}

/** Replaces (or creates) a unit's plan for a year with imported tasks, in the caller's transaction. */
export async function storeImportedPlan(
  tx: Tx,
  actor: Actor,
  header: { unit: string; year: number; documentNumber: string; documentDate: string; title: string },
  tasks: repo.ResolvedTask[],
  replace: boolean,
): Promise<{ planId: number; replaced: boolean; evidenceRemoved?: number }> {
  const unit = await planUnit(tx, header.unit, header.year, actor);
  const existing = await repo.findPlanByUnitYear(tx, unit.id, header.year);
  if (existing && !replace) {
    throw new AppError('CONFLICT', `${unit.name} đã có kế hoạch CCHC năm ${header.year}: nhập lại với replace=true để thay thế`, {
      issues: [{ field: 'querystring.replace', reason: 'a plan of this unit and year exists' }],
      planId: existing.id,
    });
  }
  let planId: number;
  if (existing) {
    // The plan keeps its id (links to it stay valid); its tasks are replaced.
    planId = existing.id;
    await tx
      .updateTable('reformPlans')
      .set({ documentNumber: header.documentNumber, documentDate: header.documentDate, title: header.title, updatedAt: new Date() })
      .where('id', '=', planId)
      .execute();
    await tx.deleteFrom('reformPlanTasks').where('planId', '=', planId).execute();
  } else {
    planId = await repo.insertPlan(tx, { unitId: unit.id, year: header.year, documentNumber: header.documentNumber, documentDate: header.documentDate, title: header.title, createdBy: actorName(actor) });
  }
  await repo.insertTasks(tx, planId, tasks);
  // Evidence files are kept by task/activity code across a re-import; those of work the new
  // file no longer has are removed, and the count is reported.
  const evidenceRemoved = existing ? await pruneEvidence(tx, planId) : 0;
  return { planId, replaced: Boolean(existing), ...(evidenceRemoved ? { evidenceRemoved } : {}) };
}

export { planUnit };
