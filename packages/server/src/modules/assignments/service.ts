import {
  WORK_STATUS_LABELS_VI,
  addDays,
  classifyAssignment,
  daysBetween,
  formatDateVi,
  formatInstant,
  rateOf,
  type Role,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { SYSTEM, actorName, canSeeUnit, scopeOf, type Actor } from '../auth/policy.js';
import { loadCalendar } from '../calendar/service.js';
import { feedbackReminders } from '../feedback/service.js';
import { OwnerResolver, today } from '../plans/service.js';
import { resolvePeriod } from '../stats/service.js';
import { findCurrentOrLatestUnit, findDescendants, findUnitByCodeAt, findUnitOverlapping } from '../units/repo.js';
import * as repo from './repo.js';
import {
  ISSUER_LABELS_VI,
  assignmentIssues,
  type AssignmentStats,
  type AssignmentView,
  type CreateAssignmentBody,
  type ListQuery,
  type ProgressBody,
  type UpdateAssignmentBody,
} from './schema.js';

/** Who registers and edits assigned tasks: the reform officer and administrators. */
export const ASSIGNMENT_WRITERS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
/** Who reports progress: the writers, and the lead unit's own staff. */
export const ASSIGNMENT_REPORTERS: Role[] = [...ASSIGNMENT_WRITERS, 'department_head', 'specialist'];

type UnitRef = { code: string; name: string };

async function unitRefs(db: Db | Tx, ids: Iterable<number>): Promise<Map<number, UnitRef>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

const issuerText = (r: Pick<repo.AssignmentRow, 'issuer' | 'issuerName'>) => (r.issuer === 'other' ? (r.issuerName ?? 'Khác') : ISSUER_LABELS_VI[r.issuer]);
const sourceText = (r: repo.AssignmentRow) => `Văn bản số ${r.sourceNumber} ngày ${formatDateVi(r.sourceDate)} của ${issuerText(r)}`;

/** Outcome as of today: a task due today is not overdue until the day is over. */
function outcomeToday(r: repo.AssignmentRow, now: string): AssignmentView['outcome'] {
  if (r.completedOn === null && r.deadline !== null && r.deadline >= now) return 'not_due';
  return classifyAssignment(r.deadline, r.completedOn, now);
}

async function views(db: Db | Tx, rows: repo.AssignmentRow[]): Promise<AssignmentView[]> {
  const units = await unitRefs(db, rows.flatMap((r) => [r.unitId, r.leadUnitId]));
  const notes = await repo.notesOf(db, rows.map((r) => r.id));
  const now = today();
  return rows.map((r) => ({
    id: r.id,
    unit: units.get(r.unitId)!,
    sourceNumber: r.sourceNumber,
    sourceDate: r.sourceDate,
    issuer: r.issuer,
    issuerName: r.issuerName,
    source: sourceText(r),
    content: r.content,
    deadline: r.deadline,
    deadlineLabel: r.deadline ? formatDateVi(r.deadline) : 'Thường xuyên',
    leadUnit: units.get(r.leadUnitId)!,
    assignee: r.assignee,
    status: r.status,
    completedOn: r.completedOn,
    reportNumber: r.reportNumber,
    reportDate: r.reportDate,
    outcome: outcomeToday(r, now),
    notes: notes.filter((n) => n.taskId === r.id).map((n) => ({ at: formatInstant(n.at.getTime()), author: n.author, note: n.note })),
  }));
}

async function visible(db: Db | Tx, id: number, actor: Actor, forUpdate = false): Promise<repo.AssignmentRow> {
  const row = await repo.findAssignment(db, id, forUpdate && db.isTransaction);
  if (!row || !canSeeUnit(actor, row.unitId)) throw AppError.notFound('Assignment', String(id));
  return row;
}

export async function getAssignment(db: Db | Tx, id: number, actor: Actor = SYSTEM): Promise<AssignmentView> {
  return (await views(db, [await visible(db, id, actor)]))[0]!;
}

/** The lead unit: the receiving unit itself or a unit directly below it (department, commune). */
async function leadUnit(tx: Tx, unit: UnitRow, text: string, sourceDate: string): Promise<UnitRow> {
  const owners = await OwnerResolver.load(tx, unit, Number(sourceDate.slice(0, 4)));
  const lead = owners.resolve(text);
  if (!lead) throw AppError.validation([{ field: 'body.leadUnit', reason: `no unit "${text}" in ${unit.name} or below it` }]);
  return lead;
}

function checkDates(v: { completedOn?: string | null | undefined; reportDate?: string | null | undefined }) {
  const now = today();
  const issues = [];
  if (v.completedOn && v.completedOn > now) issues.push({ field: 'body.completedOn', reason: 'must not be in the future' });
  if (v.reportDate && v.reportDate > now) issues.push({ field: 'body.reportDate', reason: 'must not be in the future' });
  if (issues.length) throw AppError.validation(issues);
}

export async function createAssignment(tx: Tx, actor: Actor, body: CreateAssignmentBody): Promise<AssignmentView> {
  const unit = await findUnitByCodeAt(tx, body.unit, body.sourceDate);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', body.unit);
  if (unit.level === 'department') throw AppError.validation([{ field: 'body.unit', reason: "tasks are assigned to a People's Committee; name the department as leadUnit" }]);
  checkDates(body);
  const lead = await leadUnit(tx, unit, body.leadUnit, body.sourceDate);
  const id = await repo.insertAssignment(tx, {
    unitId: unit.id,
    sourceNumber: body.sourceNumber,
    sourceDate: body.sourceDate,
    issuer: body.issuer,
    issuerName: body.issuer === 'other' ? body.issuerName : null,
    content: body.content,
    deadline: body.deadline,
    leadUnitId: lead.id,
    assignee: body.assignee,
    status: body.status,
    completedOn: body.completedOn,
    reportNumber: body.reportNumber,
    reportDate: body.reportDate,
    createdBy: actorName(actor),
  });
  return getAssignment(tx, id, actor);
}

export async function updateAssignment(tx: Tx, actor: Actor, id: number, body: UpdateAssignmentBody): Promise<AssignmentView> {
  const row = await visible(tx, id, actor, true);
  const merged = { ...row, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as repo.AssignmentRow & { leadUnit?: string };
  const issues = assignmentIssues(merged).map((i) => ({ field: `body.${i.path}`, reason: i.message }));
  if (issues.length) throw AppError.validation(issues);
  let leadUnitId = row.leadUnitId;
  if (body.leadUnit) {
    const unit = await tx.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
    leadUnitId = (await leadUnit(tx, unit, body.leadUnit, merged.sourceDate)).id;
  }
  const { leadUnit: _l, ...rest } = body;
  await repo.updateAssignment(tx, id, { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)), leadUnitId });
  return getAssignment(tx, id, actor);
}

export async function deleteAssignment(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await visible(tx, id, actor, true);
  await tx.deleteFrom('assignedTasks').where('id', '=', id).execute();
  return { deleted: id };
}

/** Lead-unit staff report only on their own unit's tasks; writers on any task in their scope. */
function assertMayReport(actor: Actor, row: repo.AssignmentRow): void {
  if (actor.kind !== 'user' || ASSIGNMENT_WRITERS.includes(actor.role)) return;
  if (actor.user.unitId !== row.leadUnitId) {
    throw new AppError('FORBIDDEN', 'Nhiệm vụ này không do đơn vị của bạn chủ trì', { role: actor.role });
  }
}

/** A progress note and/or a change of status, completion, reporting document (logged as a note). */
export async function reportProgress(tx: Tx, actor: Actor, id: number, body: ProgressBody): Promise<AssignmentView> {
  const row = await visible(tx, id, actor, true);
  assertMayReport(actor, row);
  checkDates(body);
  const set: Partial<Pick<repo.AssignmentRow, 'status' | 'completedOn' | 'reportNumber' | 'reportDate'>> = {};
  if (body.status !== undefined) set.status = body.status;
  if (body.completedOn !== undefined) set.completedOn = body.completedOn;
  // Reopening a task clears its completion date unless one is given.
  if (body.status !== undefined && body.status !== 'done' && body.completedOn === undefined) set.completedOn = null;
  if (body.reportNumber !== undefined) set.reportNumber = body.reportNumber;
  if (body.reportDate !== undefined) set.reportDate = body.reportDate;
  const merged = { ...row, ...set };
  const issues = assignmentIssues(merged).map((i) => ({ field: `body.${i.path}`, reason: i.message }));
  if (issues.length) throw AppError.validation(issues);
  const changes: string[] = [];
  if (merged.status !== row.status || merged.completedOn !== row.completedOn) {
    changes.push(`${WORK_STATUS_LABELS_VI[merged.status]}${merged.completedOn ? ` ngày ${formatDateVi(merged.completedOn)}` : ''}`);
  }
  if (merged.reportNumber !== row.reportNumber || merged.reportDate !== row.reportDate) {
    changes.push(`Báo cáo số ${merged.reportNumber ?? '—'}${merged.reportDate ? ` ngày ${formatDateVi(merged.reportDate)}` : ''}`);
  }
  if (Object.keys(set).length) await repo.updateAssignment(tx, id, set);
  const note = [body.note, ...changes.map((c) => `[${c}]`)].filter(Boolean).join(' ');
  if (note) await repo.addNote(tx, id, actorName(actor), note);
  return getAssignment(tx, id, actor);
}

export async function listAssignments(db: Db, actor: Actor, q: ListQuery) {
  let unitIds = scopeOf(actor);
  const now = today();
  if (q.unit) {
    const unit = await findCurrentOrLatestUnit(db, q.unit, now, (id) => canSeeUnit(actor, id));
    if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
    unitIds = [unit.id];
  }
  let leadUnitId: number | undefined;
  if (q.mine) {
    if (actor.kind !== 'user') throw AppError.validation([{ field: 'querystring.mine', reason: 'only for signed-in staff' }]);
    leadUnitId = actor.user.unitId;
  } else if (q.leadUnit) {
    const lead = await findCurrentOrLatestUnit(db, q.leadUnit, now);
    if (!lead) throw AppError.notFound('Unit', q.leadUnit);
    leadUnitId = lead.id;
  }
  const { total, rows } = await repo.listAssignments(db, { unitIds, leadUnitId, open: q.open, sourceFrom: q.from, sourceTo: q.to, q: q.q }, q.limit, q.offset);
  return { total, items: await views(db, rows) };
}

/**
 * Statistics of a unit's assigned tasks for a period (judged at the end of its last day): with
 * a deadline, done on time, done late, open and overdue, open and not yet due — rates of the
 * tasks with a deadline; the late and overdue ones listed by content.
 */
export async function assignmentStats(
  db: Db,
  actor: Actor,
  q: { unit: string; period?: string | undefined; from?: string | undefined; to?: string | undefined; scope?: 'self' | 'children' | 'all' | undefined },
): Promise<AssignmentStats> {
  const period = resolvePeriod(q);
  const scope = q.scope ?? 'self';
  const unit = await findUnitOverlapping(db, q.unit, period.from, period.to);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
  // The communes (and wards) below a district, valid at some point of the period; departments
  // never receive tasks of their own (they lead their committee's).
  const below = scope === 'self' ? [] : (await findDescendants(db, unit.id, period.from, period.to)).filter((u) => u.level !== 'department');
  const counted = scope === 'self' ? [unit] : scope === 'children' ? below : [unit, ...below];
  const rows = counted.length ? await repo.assignmentsForPeriod(db, counted.map((u) => u.id), period.from, period.to) : [];
  const units = await unitRefs(db, rows.map((r) => r.leadUnitId));
  const n = { no_deadline: 0, on_time: 0, late: 0, overdue: 0, not_due: 0 };
  const perUnit = new Map(counted.map((u) => [u.id, { unit: { code: u.code, name: u.name }, total: 0, withDeadline: 0, onTime: 0, late: 0, overdue: 0, notDue: 0 }]));
  const lateItems: AssignmentStats['lateItems'] = [];
  const overdueItems: AssignmentStats['overdueItems'] = [];
  for (const r of rows) {
    const outcome = classifyAssignment(r.deadline, r.completedOn, period.to);
    n[outcome]++;
    const u = perUnit.get(r.unitId)!;
    u.total++;
    if (outcome !== 'no_deadline') u.withDeadline++;
    if (outcome === 'on_time') u.onTime++;
    if (outcome === 'late') u.late++;
    if (outcome === 'overdue') u.overdue++;
    if (outcome === 'not_due') u.notDue++;
    const item = () => ({
      id: r.id,
      unit: u.unit,
      content: r.content,
      source: sourceText(r),
      leadUnit: units.get(r.leadUnitId)!,
      deadline: r.deadline!,
      completedOn: outcome === 'late' ? r.completedOn : null,
      daysLate: daysBetween(r.deadline!, outcome === 'late' ? r.completedOn! : period.to),
    });
    if (outcome === 'late') lateItems.push(item());
    if (outcome === 'overdue') overdueItems.push(item());
  }
  const withDeadline = rows.length - n.no_deadline;
  const count = (k: number) => ({ count: k, rate: rateOf(k, withDeadline).rate });
  return {
    unit: { code: unit.code, name: unit.name },
    scope,
    from: period.from,
    to: period.to,
    ...(period.name ? { period: period.name } : {}),
    byUnit: [...perUnit.values()],
    total: rows.length,
    withDeadline,
    withoutDeadline: n.no_deadline,
    onTime: count(n.on_time),
    late: count(n.late),
    overdue: count(n.overdue),
    notDue: count(n.not_due),
    lateItems,
    overdueItems,
  };
}

/**
 * Open tasks due within N working days of `at` (due soon: the assignee and the lead unit are
 * reminded) and those already past their deadline (overdue: escalated to the unit's leaders).
 * A department's staff see their own unit's tasks only.
 */
export async function reminders(db: Db, actor: Actor, q: { unit: string; withinDays: number; at?: string | undefined }) {
  const at = q.at ?? today();
  const unit = await findCurrentOrLatestUnit(db, q.unit, at, (id) => canSeeUnit(actor, id));
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
  const calendar = await loadCalendar(db);
  let horizon = at;
  for (let left = q.withinDays; left > 0; ) {
    horizon = addDays(horizon, 1);
    if (calendar.isWorkingDay(horizon)) left--;
  }
  const own = actor.kind === 'user' && actor.user.unitLevel === 'department' ? actor.user.unitId : undefined;
  const rows = await repo.openDueBy(db, [unit.id], horizon, own);
  const units = await unitRefs(db, rows.map((r) => r.leadUnitId));
  const leaders = (await repo.leadersOf(db, [unit.id])).map((l) => ({ username: l.username, fullName: l.fullName }));
  const feedback = await feedbackReminders(db, actor, unit, at, horizon);
  return {
    unit: { code: unit.code, name: unit.name },
    at,
    horizon,
    items: rows.map((r) => {
      const deadline = r.deadline!;
      const overdue = deadline < at;
      const lead = units.get(r.leadUnitId)!;
      return {
        id: r.id,
        content: r.content,
        source: sourceText(r),
        leadUnit: lead,
        assignee: r.assignee,
        deadline,
        state: overdue ? ('overdue' as const) : ('due_soon' as const),
        workingDaysLeft: overdue ? -calendar.countWorkingDays(addDays(deadline, 1), at) : calendar.countWorkingDays(addDays(at, 1), deadline),
        notify: [...(r.assignee ? [r.assignee] : []), lead.name],
        escalate: overdue,
        escalateTo: overdue ? leaders : [],
      };
    }),
    feedback,
  };
}
