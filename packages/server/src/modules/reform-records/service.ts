import { formatInstant } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { actorName, type Actor } from '../auth/policy.js';
import { findDescendants } from '../units/repo.js';
import * as repo from './repo.js';
import {
  CHANNEL_LABELS_VI,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS_VI,
  INITIATIVE_KIND_LABELS_VI,
  INITIATIVE_STATUS_LABELS_VI,
  type CommunicationBody,
  type CommunicationPatch,
  type CommunicationView,
  type DocumentBody,
  type DocumentPatch,
  type DocumentView,
  type InitiativeBody,
  type InitiativePatch,
  type InitiativeView,
  type InspectionPlanBody,
  type InspectionPlanView,
  type PeriodQuery,
  type TargetPatch,
} from './schema.js';
import { conflictOnDuplicate, documentDisplay, maySee, periodAndUnit, periodOut, unitAt, withDescendants } from './scope.js';

const iso = (d: Date) => formatInstant(d.getTime());

// ---------------------------------------------------------------- directing documents

function documentView(r: repo.DocumentRow): DocumentView {
  const type = r.type as DocumentView['type'];
  return {
    id: r.id,
    unit: r.unitCode,
    unitName: r.unitName,
    number: r.number,
    issuedOn: r.issuedOn,
    type,
    typeLabel: DOCUMENT_TYPE_LABELS_VI[type],
    excerpt: r.excerpt,
    link: r.link,
    note: r.note,
    display: documentDisplay(r.number, r.issuedOn),
    createdBy: r.createdBy,
    createdAt: iso(r.createdAt),
    updatedBy: r.updatedBy,
    updatedAt: iso(r.updatedAt),
  };
}

async function visibleDocument(db: Db | Tx, actor: Actor, id: number): Promise<repo.DocumentRow> {
  const row = await repo.findDocument(db, id);
  if (!row) throw AppError.notFound('Document', String(id));
  const unit = await db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
  if (!maySee(actor, unit)) throw AppError.notFound('Document', String(id));
  return row;
}

const duplicateDocument = (b: { number: string; issuedOn: string }) => `Văn bản ${documentDisplay(b.number, b.issuedOn)} đã có`;

export async function createDocument(tx: Tx, actor: Actor, b: DocumentBody): Promise<DocumentView> {
  const unit = await unitAt(tx, actor, b.unit, b.issuedOn, { committee: true });
  if (await repo.findDocumentByNumber(tx, unit.id, b.number, b.issuedOn)) throw new AppError('CONFLICT', duplicateDocument(b));
  const who = actorName(actor);
  const { id } = await conflictOnDuplicate(
    () =>
      tx
        .insertInto('reformDocuments')
        .values({ unitId: unit.id, number: b.number, issuedOn: b.issuedOn, type: b.type, excerpt: b.excerpt, link: b.link ?? null, note: b.note ?? null, createdBy: who, updatedBy: who })
        .returning('id')
        .executeTakeFirstOrThrow(),
    duplicateDocument(b),
  );
  return getDocument(tx, actor, id);
}

export async function getDocument(db: Db | Tx, actor: Actor, id: number): Promise<DocumentView> {
  return documentView(await visibleDocument(db, actor, id));
}

export async function updateDocument(tx: Tx, actor: Actor, id: number, p: DocumentPatch): Promise<DocumentView> {
  const row = await visibleDocument(tx, actor, id);
  const next = { number: p.number ?? row.number, issuedOn: p.issuedOn ?? row.issuedOn };
  if ((next.number !== row.number || next.issuedOn !== row.issuedOn) && (await repo.findDocumentByNumber(tx, row.unitId, next.number, next.issuedOn))) {
    throw new AppError('CONFLICT', duplicateDocument(next));
  }
  await tx
    .updateTable('reformDocuments')
    .set({
      ...next,
      ...(p.type !== undefined ? { type: p.type } : {}),
      ...(p.excerpt !== undefined ? { excerpt: p.excerpt } : {}),
      ...(p.link !== undefined ? { link: p.link } : {}),
      ...(p.note !== undefined ? { note: p.note } : {}),
      updatedBy: actorName(actor),
      updatedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
  return getDocument(tx, actor, id);
}

export async function deleteDocument(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await visibleDocument(tx, actor, id);
  await tx.deleteFrom('reformDocuments').where('id', '=', id).execute();
  return { deleted: id };
}

export async function listDocuments(db: Db, actor: Actor, q: PeriodQuery & { type?: string | undefined; limit: number; offset: number }) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const rows = await repo.listDocuments(db, [unit.id], period.from, period.to, q.type).execute();
  return { ...periodOut(unit, period), total: rows.length, items: rows.slice(q.offset, q.offset + q.limit).map(documentView) };
}

/** Documents issued in the period: the unit's own, the units below it (summed), and each of them. */
export async function countDocuments(db: Db, actor: Actor, q: PeriodQuery) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const units = (await withDescendants(db, unit, period)).filter((u) => u.level !== 'department');
  const rows = await repo.countDocuments(db, units.map((u) => u.id), period.from, period.to);
  const empty = () => ({ total: 0, byType: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, 0])) as Record<string, number> });
  const self = empty();
  const children = empty();
  const byUnit: Record<string, number> = Object.fromEntries(units.map((u) => [u.code, 0]));
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  for (const r of rows) {
    const n = Number(r.n);
    const target = r.unitId === unit.id ? self : children;
    target.total += n;
    target.byType[r.type] = (target.byType[r.type] ?? 0) + n;
    const code = codeOf.get(r.unitId)!;
    byUnit[code] = (byUnit[code] ?? 0) + n;
  }
  return { ...periodOut(unit, period), self, children, byUnit };
}

// ---------------------------------------------------------------- inspections

function planView(p: repo.PlanRow, targets: repo.TargetRow[]): InspectionPlanView {
  const mine = targets.filter((t) => t.planId === p.id);
  return {
    id: p.id,
    unit: p.unitCode,
    unitName: p.unitName,
    number: p.number,
    issuedOn: p.issuedOn,
    display: documentDisplay(p.number, p.issuedOn),
    subject: p.subject,
    round: p.round,
    note: p.note,
    createdBy: p.createdBy,
    targets: mine.map((t) => ({
      unit: t.unitCode,
      unitName: t.unitName,
      scheduledOn: t.scheduledOn,
      inspectedOn: t.inspectedOn,
      done: t.inspectedOn !== null,
      findings: t.findings,
      followUp: t.followUp,
      followUpDone: t.followUpDone,
    })),
    planned: mine.length,
    done: mine.filter((t) => t.inspectedOn !== null).length,
  };
}

async function visiblePlan(db: Db | Tx, actor: Actor, id: number): Promise<repo.PlanRow> {
  const row = await repo.findPlan(db, id);
  if (!row) throw AppError.notFound('Inspection plan', String(id));
  const unit = await db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
  if (!maySee(actor, unit)) throw AppError.notFound('Inspection plan', String(id));
  return row;
}

export async function getPlan(db: Db | Tx, actor: Actor, id: number): Promise<InspectionPlanView> {
  const p = await visiblePlan(db, actor, id);
  return planView(p, await repo.listTargets(db, [p.id]));
}

/** A plan with the units it inspects: the plan's committee itself or units below it. */
export async function createPlan(tx: Tx, actor: Actor, b: InspectionPlanBody): Promise<InspectionPlanView> {
  const unit = await unitAt(tx, actor, b.unit, b.issuedOn, { committee: true });
  const below = new Map((await findDescendants(tx, unit.id, b.issuedOn, b.issuedOn)).map((u) => [u.code, u]));
  below.set(unit.code, unit);
  const issues: FieldIssue[] = [];
  b.targets.forEach((t, i) => {
    if (!below.has(t.unit)) issues.push({ field: `targets.${i}.unit`, reason: `${t.unit} is not ${unit.code} or a unit below it on ${b.issuedOn}` });
    if (t.scheduledOn !== undefined && t.scheduledOn < b.issuedOn) issues.push({ field: `targets.${i}.scheduledOn`, reason: 'is before the plan was issued' });
  });
  if (issues.length) throw AppError.validation(issues);
  const duplicate = `Kế hoạch ${documentDisplay(b.number, b.issuedOn)} đã có`;
  const exists = await tx.selectFrom('inspectionPlans').select('id').where('unitId', '=', unit.id).where('number', '=', b.number).where('issuedOn', '=', b.issuedOn).executeTakeFirst();
  if (exists) throw new AppError('CONFLICT', duplicate);
  const who = actorName(actor);
  const { id } = await conflictOnDuplicate(
    () =>
      tx
        .insertInto('inspectionPlans')
        .values({ unitId: unit.id, number: b.number, issuedOn: b.issuedOn, subject: b.subject, round: b.round ?? null, note: b.note ?? null, createdBy: who })
        .returning('id')
        .executeTakeFirstOrThrow(),
    duplicate,
  );
  await tx
    .insertInto('inspectionTargets')
    .values(b.targets.map((t) => ({ planId: id, unitId: below.get(t.unit)!.id, scheduledOn: t.scheduledOn ?? null, updatedBy: who })))
    .execute();
  return getPlan(tx, actor, id);
}

/**
 * Deletes a plan and its inspected units. A plan whose inspections have recorded results (a
 * date, findings or follow-up) is refused with 409: the results are the record of work done, so
 * they are cleared one by one first (PATCH …/targets/{unit} with nulls), never silently.
 */
export async function deletePlan(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  const plan = await visiblePlan(tx, actor, id);
  const recorded = (await repo.listTargets(tx, [plan.id])).filter((t) => t.inspectedOn !== null || t.findings !== null || t.followUp !== null);
  if (recorded.length) {
    throw new AppError('CONFLICT', `Kế hoạch ${documentDisplay(plan.number, plan.issuedOn)} đã có kết quả kiểm tra tại ${recorded.map((t) => t.unitName).join(', ')}: xóa kết quả trước khi xóa kế hoạch`, {
      issues: recorded.map((t) => ({ field: `targets.${t.unitCode}`, reason: 'inspection results are recorded; clear them first' })),
      units: recorded.map((t) => t.unitCode),
    });
  }
  await tx.deleteFrom('inspectionPlans').where('id', '=', id).execute();
  return { deleted: id };
}

/** Records the schedule, the inspection date, findings and follow-up of one inspected unit. */
export async function updateTarget(tx: Tx, actor: Actor, planId: number, unitCode: string, p: TargetPatch): Promise<InspectionPlanView> {
  const plan = await visiblePlan(tx, actor, planId);
  const target = (await repo.listTargets(tx, [plan.id])).find((t) => t.unitCode === unitCode);
  if (!target) throw AppError.notFound('Inspected unit', unitCode);
  const next = {
    scheduledOn: p.scheduledOn !== undefined ? p.scheduledOn : target.scheduledOn,
    inspectedOn: p.inspectedOn !== undefined ? p.inspectedOn : target.inspectedOn,
    findings: p.findings !== undefined ? p.findings : target.findings,
    followUp: p.followUp !== undefined ? p.followUp : target.followUp,
    followUpDone: p.followUpDone ?? target.followUpDone,
  };
  const issues: FieldIssue[] = [];
  if (next.scheduledOn !== null && next.scheduledOn < plan.issuedOn) issues.push({ field: 'scheduledOn', reason: 'is before the plan was issued' });
  if (next.inspectedOn !== null && next.inspectedOn < plan.issuedOn) issues.push({ field: 'inspectedOn', reason: 'is before the plan was issued' });
  if (next.inspectedOn === null && (next.findings !== null || next.followUp !== null)) issues.push({ field: 'inspectedOn', reason: 'findings and follow-up need the date of the inspection' });
  if (next.followUpDone && next.followUp === null) issues.push({ field: 'followUpDone', reason: 'there is no follow-up to complete' });
  if (issues.length) throw AppError.validation(issues);
  await tx.updateTable('inspectionTargets').set({ ...next, updatedBy: actorName(actor), updatedAt: new Date() }).where('id', '=', target.id).execute();
  return getPlan(tx, actor, planId);
}

export async function listPlans(db: Db, actor: Actor, q: PeriodQuery) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const plans = await repo.listPlans(db, unit.id, period.from, period.to);
  const targets = await repo.listTargets(db, plans.map((p) => p.id));
  return { ...periodOut(unit, period), items: plans.map((p) => planView(p, targets)) };
}

/** Planned vs done in a period, for one committee's plans. */
export async function inspectionSummary(db: Db, actor: Actor, q: PeriodQuery) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const rows = await repo.targetsOfUnitPlans(db, unit.id, period.to);
  const inPeriod = (d: string | null) => d !== null && d >= period.from && d <= period.to;
  const plans = await repo.listPlans(db, unit.id, period.from, period.to);
  return {
    ...periodOut(unit, period),
    plans: plans.length,
    planned: rows.filter((r) => inPeriod(r.issuedOn)).length,
    scheduled: rows.filter((r) => inPeriod(r.scheduledOn)).length,
    done: rows.filter((r) => inPeriod(r.inspectedOn)).length,
    pending: rows.filter((r) => r.inspectedOn === null || r.inspectedOn > period.to).length,
    followUpOpen: rows.filter((r) => r.inspectedOn !== null && r.inspectedOn <= period.to && r.followUp !== null && !r.followUpDone).length,
  };
}

// ---------------------------------------------------------------- initiatives and models

function initiativeView(r: repo.InitiativeRow): InitiativeView {
  const kind = r.kind as InitiativeView['kind'];
  const status = r.status as InitiativeView['status'];
  return {
    id: r.id,
    unit: r.unitCode,
    unitName: r.unitName,
    name: r.name,
    kind,
    kindLabel: INITIATIVE_KIND_LABELS_VI[kind],
    area: r.area,
    description: r.description,
    registeredOn: r.registeredOn,
    status,
    statusLabel: INITIATIVE_STATUS_LABELS_VI[status],
    evaluation: r.evaluation,
    evaluatedOn: r.evaluatedOn,
    note: r.note,
    createdBy: r.createdBy,
    updatedBy: r.updatedBy,
    updatedAt: iso(r.updatedAt),
  };
}

/** An evaluated (or replicated) initiative carries its evaluation and its date, not before registration. */
function evaluationIssues(s: { status: string; evaluation: string | null; evaluatedOn: string | null; registeredOn: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.status === 'evaluated' || s.status === 'replicated') {
    if (!s.evaluation) issues.push({ field: 'evaluation', reason: `is required when the status is ${s.status}` });
    if (!s.evaluatedOn) issues.push({ field: 'evaluatedOn', reason: `is required when the status is ${s.status}` });
  }
  if (s.evaluatedOn && s.evaluatedOn < s.registeredOn) issues.push({ field: 'evaluatedOn', reason: 'is before the registration' });
  return issues;
}

async function visibleInitiative(db: Db | Tx, actor: Actor, id: number): Promise<repo.InitiativeRow> {
  const row = await repo.findInitiative(db, id);
  if (!row || !maySee(actor, { id: row.unitId, level: row.unitLevel, parentId: row.unitParentId })) throw AppError.notFound('Initiative', String(id));
  return row;
}

export async function getInitiative(db: Db | Tx, actor: Actor, id: number): Promise<InitiativeView> {
  return initiativeView(await visibleInitiative(db, actor, id));
}

export async function createInitiative(tx: Tx, actor: Actor, b: InitiativeBody): Promise<InitiativeView> {
  const unit = await unitAt(tx, actor, b.unit, b.registeredOn);
  const issues = evaluationIssues({ status: b.status, evaluation: b.evaluation ?? null, evaluatedOn: b.evaluatedOn ?? null, registeredOn: b.registeredOn });
  if (issues.length) throw AppError.validation(issues);
  const duplicate = `Đơn vị ${unit.code} đã đăng ký "${b.name}"`;
  if (await tx.selectFrom('initiatives').select('id').where('unitId', '=', unit.id).where('name', '=', b.name).executeTakeFirst()) throw new AppError('CONFLICT', duplicate);
  const who = actorName(actor);
  const { id } = await conflictOnDuplicate(
    () =>
      tx
        .insertInto('initiatives')
        .values({
          unitId: unit.id,
          name: b.name,
          kind: b.kind,
          area: b.area ?? null,
          description: b.description ?? null,
          registeredOn: b.registeredOn,
          status: b.status,
          evaluation: b.evaluation ?? null,
          evaluatedOn: b.evaluatedOn ?? null,
          note: b.note ?? null,
          createdBy: who,
          updatedBy: who,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    duplicate,
  );
  return getInitiative(tx, actor, id);
}

export async function updateInitiative(tx: Tx, actor: Actor, id: number, p: InitiativePatch): Promise<InitiativeView> {
  const row = await visibleInitiative(tx, actor, id);
  const next = {
    name: p.name ?? row.name,
    kind: p.kind ?? row.kind,
    area: p.area !== undefined ? p.area : row.area,
    description: p.description !== undefined ? p.description : row.description,
    status: p.status ?? row.status,
    evaluation: p.evaluation !== undefined ? p.evaluation : row.evaluation,
    evaluatedOn: p.evaluatedOn !== undefined ? p.evaluatedOn : row.evaluatedOn,
    note: p.note !== undefined ? p.note : row.note,
  };
  const issues = evaluationIssues({ ...next, registeredOn: row.registeredOn });
  if (issues.length) throw AppError.validation(issues);
  await conflictOnDuplicate(
    () => tx.updateTable('initiatives').set({ ...next, updatedBy: actorName(actor), updatedAt: new Date() }).where('id', '=', id).execute(),
    `Đơn vị ${row.unitCode} đã đăng ký "${next.name}"`,
  );
  return getInitiative(tx, actor, id);
}

export async function deleteInitiative(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await visibleInitiative(tx, actor, id);
  await tx.deleteFrom('initiatives').where('id', '=', id).execute();
  return { deleted: id };
}

/** Registered in the period by the unit, its departments and the units below it. */
export async function listInitiatives(db: Db, actor: Actor, q: PeriodQuery & { status?: string | undefined; kind?: string | undefined }) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const units = await withDescendants(db, unit, period);
  const rows = await repo.listInitiatives(db, units.map((u) => u.id), period.from, period.to, q);
  const tally = (key: 'status' | 'kind') => rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + 1 }), {});
  return { ...periodOut(unit, period), total: rows.length, byStatus: tally('status'), byKind: tally('kind'), items: rows.map(initiativeView) };
}

// ---------------------------------------------------------------- communication

function communicationView(r: repo.CommunicationRow): CommunicationView {
  const channel = r.channel as CommunicationView['channel'];
  return {
    id: r.id,
    unit: r.unitCode,
    channel,
    channelLabel: CHANNEL_LABELS_VI[channel],
    description: r.description,
    fromDate: r.fromDate,
    toDate: r.toDate,
    count: r.count,
    participants: r.participants,
    basis: r.basis,
    note: r.note,
    createdBy: r.createdBy,
    updatedBy: r.updatedBy ?? r.createdBy,
    updatedAt: iso(r.updatedAt ?? r.createdAt),
  };
}

export async function createCommunication(tx: Tx, actor: Actor, b: CommunicationBody): Promise<CommunicationView> {
  const unit = await unitAt(tx, actor, b.unit, b.toDate, { committee: true });
  const { id } = await tx
    .insertInto('communicationActivities')
    .values({
      unitId: unit.id,
      channel: b.channel,
      description: b.description,
      fromDate: b.fromDate,
      toDate: b.toDate,
      count: b.count ?? null,
      participants: b.participants ?? null,
      basis: b.basis ?? null,
      note: b.note ?? null,
      createdBy: actorName(actor),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return communicationView((await repo.findCommunication(tx, id))!);
}

async function visibleCommunication(db: Db | Tx, actor: Actor, id: number): Promise<repo.CommunicationRow> {
  const row = await repo.findCommunication(db, id);
  const unit = row && (await db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow());
  if (!row || !unit || !maySee(actor, unit)) throw AppError.notFound('Communication activity', String(id));
  return row;
}

export async function getCommunication(db: Db | Tx, actor: Actor, id: number): Promise<CommunicationView> {
  return communicationView(await visibleCommunication(db, actor, id));
}

/**
 * Edits an activity. The unit stays; a new end date must still fall within the validity of the
 * unit version the activity belongs to (a ceased commune's activity cannot move past its end).
 */
export async function updateCommunication(tx: Tx, actor: Actor, id: number, p: CommunicationPatch): Promise<CommunicationView> {
  const row = await visibleCommunication(tx, actor, id);
  const next = {
    channel: p.channel ?? row.channel,
    description: p.description ?? row.description,
    fromDate: p.fromDate ?? row.fromDate,
    toDate: p.toDate ?? row.toDate,
    count: p.count !== undefined ? p.count : row.count,
    participants: p.participants !== undefined ? p.participants : row.participants,
    basis: p.basis !== undefined ? p.basis : row.basis,
    note: p.note !== undefined ? p.note : row.note,
  };
  const issues: FieldIssue[] = [];
  if (next.toDate < next.fromDate) issues.push({ field: p.toDate !== undefined ? 'body.toDate' : 'body.fromDate', reason: 'toDate must not be before fromDate' });
  if (p.toDate !== undefined) {
    const unit = await tx.selectFrom('units').select(['validFrom', 'validTo']).where('id', '=', row.unitId).executeTakeFirstOrThrow();
    if (next.toDate < unit.validFrom || (unit.validTo !== null && next.toDate > unit.validTo)) {
      issues.push({ field: 'body.toDate', reason: `the unit ${row.unitCode} of this activity is not valid on ${next.toDate}` });
    }
  }
  if (issues.length) throw AppError.validation(issues);
  await tx
    .updateTable('communicationActivities')
    .set({ ...next, updatedBy: actorName(actor), updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
  return getCommunication(tx, actor, id);
}

export async function deleteCommunication(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await visibleCommunication(tx, actor, id);
  await tx.deleteFrom('communicationActivities').where('id', '=', id).execute();
  return { deleted: id };
}

/** A unit's activities ending in the period, with totals per channel (unknown counts add nothing). */
export async function listCommunications(db: Db, actor: Actor, q: PeriodQuery) {
  const { period, unit } = await periodAndUnit(db, actor, q);
  const rows = await repo.listCommunications(db, unit.id, period.from, period.to);
  const byChannel: Record<string, { label: string; activities: number; count: number; participants: number }> = {};
  for (const r of rows) {
    const c = (byChannel[r.channel] ??= { label: CHANNEL_LABELS_VI[r.channel as CommunicationView['channel']], activities: 0, count: 0, participants: 0 });
    c.activities++;
    c.count += r.count ?? 0;
    c.participants += r.participants ?? 0;
  }
  return { ...periodOut(unit, period), activities: rows.length, byChannel, items: rows.map(communicationView) };
}
