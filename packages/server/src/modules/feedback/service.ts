import { createHash } from 'node:crypto';
import {
  addDays,
  computeDue,
  formatDossierCode,
  formatInstant,
  formatPercentVi,
  localDateOf,
  localMidnight,
  parseInstant,
  periodBounds,
  roundHalfUp,
  type Role,
  type WorkCalendar,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { SYSTEM, actorName, canSeeUnit, requireRole, scopeOf, type Actor } from '../auth/policy.js';
import { MAX_FILES_PER_DOSSIER } from '../attachments/service.js';
import { loadCalendar } from '../calendar/service.js';
import { findDossierByCode } from '../dossiers/repo.js';
import { resolvePeriod } from '../stats/service.js';
import { findCurrentOrLatestUnit, findDescendants, findUnitByCodeAt, findUnitOverlapping } from '../units/repo.js';
import {
  FEEDBACK_ACTIONS_BY_ROLE,
  FEEDBACK_EVENT_LABELS_VI,
  FEEDBACK_KIND_LABELS_VI,
  FEEDBACK_REGISTRARS,
  FEEDBACK_STATUS_LABELS_VI,
  REJECT_REASON_LABELS_VI,
  RECEIVED_STATE,
  canRate,
  deriveFeedback,
  handledOnTime,
  lifecycleActions,
  type FeedbackAction,
  type FeedbackChannel,
  type FeedbackEvent,
  type FeedbackKind,
  type FeedbackRating,
} from './lifecycle.js';
import * as repo from './repo.js';
import type {
  AssignBody,
  CloseBody,
  DeadlineBody,
  FeedbackFigures,
  FeedbackStats,
  FeedbackView,
  ListQuery,
  Proof,
  PublicFeedback,
  PublicSubmitBody,
  RatingBody,
  RegisterBody,
  RejectBody,
  ReminderItem,
  ReplyBody,
  StatsQuery,
} from './schema.js';

/** Recorded as the actor of what senders do through the portal. */
export const CITIZEN = 'citizen';
/** Clock skew accepted on client-supplied instants before calling them "in the future". */
const FUTURE_TOLERANCE_MS = 60_000;
/** As many files as a dossier takes: the portal uses the same scan picker for both. */
export const MAX_FILES_PER_FEEDBACK = MAX_FILES_PER_DOSSIER;

const iso = (d: Date | null | undefined) => (d ? formatInstant(d.getTime()) : null);
const CHANNEL_LABELS_VI: Record<FeedbackChannel, string> = {
  portal: 'Qua Cổng dịch vụ công',
  paper: 'Bằng văn bản',
  phone: 'Qua điện thoại',
  email: 'Qua thư điện tử',
  hotline: 'Qua đường dây nóng',
  direct: 'Trực tiếp',
};
const RATING_LABELS_VI: Record<FeedbackRating, string> = { very_satisfied: 'Rất hài lòng', satisfied: 'Hài lòng', dissatisfied: 'Không hài lòng' };

type UnitRef = { code: string; name: string };
async function unitRefs(db: Db | Tx, ids: Iterable<number | null>): Promise<Map<number, UnitRef>> {
  const list = [...new Set([...ids].filter((i): i is number => i !== null))];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

function instantOrNow(at: string | undefined, now: number, field: string): number {
  if (at === undefined) return now;
  const t = parseInstant(at)!;
  if (t > now + FUTURE_TOLERANCE_MS) throw AppError.validation([{ field, reason: 'is in the future' }]);
  return t;
}

const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^84/, '0');

/** The phone number or e-mail must match the feedback's; a mismatch looks exactly like a missing code. */
function owns(row: repo.FeedbackRow, proof: { phone?: string | undefined; email?: string | undefined }): boolean {
  if (proof.phone && row.senderPhone && digits(proof.phone) === digits(row.senderPhone)) return true;
  return Boolean(proof.email && row.senderEmail && proof.email.trim().toLowerCase() === row.senderEmail.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Receiving

interface NewFeedbackInput {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  unit?: string | undefined;
  dossier?: string | undefined;
  procedure?: string | undefined;
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  title: string;
  content: string;
  consentPublish: boolean;
}

/**
 * What the feedback is about and who answers it: for kind 'dossier' the dossier's unit, else the
 * unit named (valid on the receipt date, a People's Committee). Every problem at once, as 400.
 */
async function resolveSubject(tx: Tx, input: NewFeedbackInput, day: string) {
  const issues: FieldIssue[] = [];
  let unit: UnitRow | undefined;
  let dossierId: number | null = null;
  if (input.kind === 'dossier') {
    const dossier = input.dossier ? await findDossierByCode(tx, input.dossier) : undefined;
    if (!dossier) issues.push({ field: 'body.dossier', reason: 'no dossier with this code' });
    else {
      dossierId = dossier.id;
      unit = await tx.selectFrom('units').selectAll().where('id', '=', dossier.unitId).executeTakeFirstOrThrow();
    }
  } else if (input.unit) {
    unit = await findUnitByCodeAt(tx, input.unit, day);
    if (!unit) issues.push({ field: 'body.unit', reason: `no unit with this code on ${day}` });
    else if (unit.level === 'department') issues.push({ field: 'body.unit', reason: "must be a People's Committee (huyện, xã), not a department" });
  }
  if (input.procedure) {
    const p = await tx.selectFrom('procedures').select('id').where('code', '=', input.procedure).where('isCurrent', '=', true).executeTakeFirst();
    if (!p) issues.push({ field: 'body.procedure', reason: 'no procedure with this code' });
  }
  if (issues.length || !unit) throw AppError.validation(issues);
  return { unit, dossierId };
}

/** The handling deadline of a kind on a date (feedback_deadlines) and the due instant it gives. */
async function deadlineOf(db: Db | Tx, calendar: WorkCalendar, kind: FeedbackKind, receivedAt: number) {
  const rule = await repo.deadlineFor(db, kind, localDateOf(receivedAt));
  if (!rule) {
    throw new AppError('UNPROCESSABLE', `No handling deadline is configured for feedback of kind ${kind}`, {
      issues: [{ field: 'body.kind', reason: 'no handling deadline configured for this kind on this date' }],
    });
  }
  const workingDays = Number(rule.workingDays);
  return { workingDays, dueAt: computeDue(calendar, receivedAt, workingDays)! };
}

/** Writes a feedback with its `received` event; returns the stored row. */
async function insertFeedback(tx: Tx, input: NewFeedbackInput, receivedAt: number, actor: string): Promise<repo.FeedbackRow> {
  const day = localDateOf(receivedAt);
  const { unit, dossierId } = await resolveSubject(tx, input, day);
  const calendar = await loadCalendar(tx);
  const { workingDays, dueAt } = await deadlineOf(tx, calendar, input.kind, receivedAt);
  const code = formatDossierCode(`PA-${unit.code}`, day, await repo.nextSequence(tx, unit.code, day));
  const id = await repo.insertFeedback(tx, {
    code,
    unitId: unit.id,
    kind: input.kind,
    channel: input.channel,
    dossierId,
    procedureCode: input.procedure ?? null,
    senderName: input.name,
    senderPhone: input.phone ?? null,
    senderEmail: input.email?.toLowerCase() ?? null,
    senderAddress: input.address ?? null,
    title: input.title,
    content: input.content,
    consentPublish: input.consentPublish,
    receivedAt: new Date(receivedAt),
    workingDays,
    dueAt: new Date(dueAt),
    ...RECEIVED_STATE,
    eventCount: 1,
    createdBy: actor,
  });
  await repo.appendEvent(tx, id, 1, { type: 'received', at: receivedAt, actor, payload: { channel: input.channel } });
  return (await tx.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

/** A citizen's feedback from the portal: received now, answered with its tracking code and deadline. */
export async function submitPublic(tx: Tx, body: PublicSubmitBody, now = Date.now()) {
  const row = await insertFeedback(tx, { ...body, channel: 'portal' }, now, CITIZEN);
  const unit = (await unitRefs(tx, [row.unitId])).get(row.unitId)!;
  return { code: row.code, unit, receivedAt: formatInstant(row.receivedAt.getTime()), dueAt: formatInstant(row.dueAt.getTime()), workingDays: Number(row.workingDays) };
}

/** Staff register feedback received on paper, by phone, e-mail, hotline or in person. */
export async function registerFeedback(tx: Tx, actor: Actor, body: RegisterBody, now = Date.now()): Promise<FeedbackView> {
  const receivedAt = instantOrNow(body.receivedAt, now, 'body.receivedAt');
  const { channel, receivedAt: _r, ...rest } = body;
  // Units outside the caller's scope look unknown (404), as everywhere.
  if (body.kind !== 'dossier' && body.unit) {
    const unit = await findUnitByCodeAt(tx, body.unit, localDateOf(receivedAt));
    if (unit && !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', body.unit);
  }
  if (body.kind === 'dossier' && body.dossier) {
    const dossier = await findDossierByCode(tx, body.dossier);
    if (dossier && !canSeeUnit(actor, dossier.unitId)) throw AppError.notFound('Dossier', body.dossier);
  }
  const row = await insertFeedback(tx, { ...rest, channel }, receivedAt, actorName(actor));
  return viewOf(tx, row, actor);
}

// ---------------------------------------------------------------------------------------------
// Reading, authorisation

/** Visible: the feedback's unit is in the caller's scope, or it was assigned to a unit in it. */
const mayRead = (actor: Actor, row: repo.FeedbackRow) => canSeeUnit(actor, row.unitId) || (row.assignedUnitId !== null && canSeeUnit(actor, row.assignedUnitId));

/** The caller holds the feedback: it is assigned to their unit or to them. */
const holds = (actor: Extract<Actor, { kind: 'user' }>, row: repo.FeedbackRow) => row.assignedUnitId === actor.user.unitId || row.assignedUser === actor.user.username;

/** Roles that act only on what they hold (department and commune staff handling an assignment). */
const HOLDER_ROLES: Role[] = ['specialist', 'department_head'];

/**
 * Why the caller may not take an action on this feedback regardless of its status, or undefined.
 * Leaders and reform officers direct the feedback of their units; specialists and department
 * heads act on what is assigned to them; staff who see it only through an assignment reply.
 */
function roleProblem(actor: Actor, row: repo.FeedbackRow, action: FeedbackAction): string | undefined {
  if (actor.kind === 'system') return undefined;
  if (actor.kind !== 'user') return 'Cần đăng nhập';
  if (!FEEDBACK_ACTIONS_BY_ROLE[actor.role].includes(action)) return `Vai trò ${actor.role} không được thực hiện "${action}"`;
  const direct = canSeeUnit(actor, row.unitId) && !HOLDER_ROLES.includes(actor.role);
  if (direct) return undefined;
  if (!holds(actor, row)) return 'Phản ánh, kiến nghị chưa được giao cho đơn vị/người của bạn';
  if (!canSeeUnit(actor, row.unitId) && action !== 'reply') return 'Đơn vị được giao chỉ trả lời phản ánh, kiến nghị';
  return undefined;
}

/** The actions the caller may take now (lifecycle, role and holder rules): what the UI offers. */
export function actionsFor(actor: Actor, row: repo.FeedbackRow): FeedbackAction[] {
  return lifecycleActions(row.status).filter((a) => roleProblem(actor, row, a) === undefined);
}

async function visible(db: Db | Tx, code: string, actor: Actor, lock = false): Promise<repo.FeedbackRow> {
  const row = lock ? await repo.lockByCode(db as Tx, code) : await repo.findByCode(db, code);
  if (!row || !mayRead(actor, row)) throw AppError.notFound('Feedback', code);
  return row;
}

const timeliness = (row: Pick<repo.FeedbackRow, 'repliedAt' | 'dueAt'>) =>
  row.repliedAt ? (handledOnTime(row.repliedAt.getTime(), row.dueAt.getTime()) ? ('on_time' as const) : ('late' as const)) : null;
const isOpen = (row: Pick<repo.FeedbackRow, 'status'>) => row.status === 'received' || row.status === 'assigned';
const isOverdue = (row: Pick<repo.FeedbackRow, 'status' | 'dueAt'>, now: number) => isOpen(row) && row.dueAt.getTime() < now;

function detailOf(e: FeedbackEvent, units: Map<number, UnitRef>, forPublic: boolean): string | null {
  const p = e.payload;
  const s = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  switch (e.type) {
    case 'received':
      return CHANNEL_LABELS_VI[(s('channel') ?? 'portal') as FeedbackChannel] ?? null;
    case 'assigned': {
      const unit = typeof p['unitId'] === 'number' ? units.get(p['unitId'])?.name : undefined;
      if (forPublic) return unit ?? null;
      return [unit, s('user'), s('note')].filter(Boolean).join(' — ') || null;
    }
    case 'replied':
      return forPublic ? null : s('text');
    case 'rejected':
      return [REJECT_REASON_LABELS_VI[s('reason') as keyof typeof REJECT_REASON_LABELS_VI], s('note')].filter(Boolean).join(': ') || null;
    case 'closed':
      return s('note');
    case 'rated':
      return [RATING_LABELS_VI[s('rating') as FeedbackRating], forPublic ? null : s('comment')].filter(Boolean).join(': ') || null;
  }
}

async function viewOf(db: Db | Tx, row: repo.FeedbackRow, actor: Actor, now = Date.now()): Promise<FeedbackView> {
  const events = await repo.listEvents(db, row.id);
  const eventUnits = events.flatMap((e) => (typeof e.payload['unitId'] === 'number' ? [e.payload['unitId']] : []));
  const [units, dossier, procedure, attachments] = await Promise.all([
    unitRefs(db, [row.unitId, row.assignedUnitId, ...eventUnits]),
    row.dossierId === null ? undefined : db.selectFrom('dossiers').select('code').where('id', '=', row.dossierId).executeTakeFirst(),
    row.procedureCode === null ? undefined : db.selectFrom('procedures').select('name').where('code', '=', row.procedureCode).where('isCurrent', '=', true).executeTakeFirst(),
    repo.listAttachments(db, row.id),
  ]);
  const rejected = [...events].reverse().find((e) => e.type === 'rejected');
  const rated = [...events].reverse().find((e) => e.type === 'rated');
  return {
    code: row.code,
    kind: row.kind,
    kindLabel: FEEDBACK_KIND_LABELS_VI[row.kind],
    channel: row.channel,
    unit: units.get(row.unitId)!,
    dossier: dossier?.code ?? null,
    procedure: row.procedureCode === null ? null : { code: row.procedureCode, name: procedure?.name ?? null },
    sender: { name: row.senderName, phone: row.senderPhone, email: row.senderEmail, address: row.senderAddress },
    title: row.title,
    content: row.content,
    consentPublish: row.consentPublish,
    status: row.status,
    statusLabel: FEEDBACK_STATUS_LABELS_VI[row.status],
    receivedAt: formatInstant(row.receivedAt.getTime()),
    workingDays: Number(row.workingDays),
    dueAt: formatInstant(row.dueAt.getTime()),
    overdue: isOverdue(row, now),
    timeliness: timeliness(row),
    assignedUnit: row.assignedUnitId === null ? null : (units.get(row.assignedUnitId) ?? null),
    assignedUser: row.assignedUser,
    reply: row.repliedAt && row.reply !== null ? { text: row.reply, at: formatInstant(row.repliedAt.getTime()), publish: row.publishReply } : null,
    rejection:
      row.rejectedAt && row.rejectReason
        ? {
            reason: row.rejectReason,
            reasonLabel: REJECT_REASON_LABELS_VI[row.rejectReason],
            note: typeof rejected?.payload['note'] === 'string' ? rejected.payload['note'] : null,
            at: formatInstant(row.rejectedAt.getTime()),
          }
        : null,
    closedAt: iso(row.closedAt),
    rating:
      row.rating && row.ratedAt
        ? { level: row.rating, comment: typeof rated?.payload['comment'] === 'string' ? rated.payload['comment'] : null, at: formatInstant(row.ratedAt.getTime()) }
        : null,
    allowedActions: actionsFor(actor, row),
    timeline: events.map((e, i) => ({ seq: i + 1, at: formatInstant(e.at), type: e.type, label: FEEDBACK_EVENT_LABELS_VI[e.type], actor: e.actor, actorName: e.actorName, detail: detailOf(e, units, false) })),
    attachments: attachments.map((a) => ({ ...a, id: Number(a.id), uploadedAt: formatInstant(a.uploadedAt.getTime()) })),
  };
}

export async function getFeedback(db: Db, code: string, actor: Actor = SYSTEM): Promise<FeedbackView> {
  return viewOf(db, await visible(db, code, actor), actor);
}

/** The units a `unit` filter covers: the unit (its latest version) and everything below it. */
async function unitAndBelow(db: Db, code: string, actor: Actor): Promise<number[]> {
  const unit = await findCurrentOrLatestUnit(db, code, localDateOf(Date.now()), (id) => canSeeUnit(actor, id));
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', code);
  return [unit.id, ...(await findDescendants(db, unit.id, unit.validFrom, unit.validTo ?? '9999-12-31')).map((u) => u.id)];
}

/** The list, scoped in SQL to the caller's units (and what was assigned to them), newest first. */
export async function listFeedback(db: Db, actor: Actor, q: ListQuery, now = Date.now()) {
  const filter: repo.ListFilter = { scope: scopeOf(actor), status: q.status, kind: q.kind, q: q.q };
  if (q.unit) filter.unitIds = await unitAndBelow(db, q.unit, actor);
  if (q.overdue) filter.overdueAt = new Date(now);
  if (q.mine) {
    if (actor.kind !== 'user') throw AppError.validation([{ field: 'querystring.mine', reason: 'only for signed-in staff' }]);
    filter.mine = { unitId: actor.user.unitId, username: actor.user.username };
  }
  if (q.period || q.from || q.to) {
    if (!q.period && !(q.from && q.to)) throw AppError.validation([{ field: 'querystring.period', reason: 'give either period or both from and to' }]);
    const { start, cutoff } = periodBounds(resolvePeriod(q));
    filter.receivedFrom = new Date(start);
    filter.receivedBefore = new Date(cutoff);
  }
  const { total, rows } = await repo.listFeedback(db, filter, q.limit, q.offset);
  const units = await unitRefs(db, rows.flatMap((r) => [r.unitId, r.assignedUnitId]));
  return {
    total,
    items: rows.map((r) => ({
      code: r.code,
      kind: r.kind,
      channel: r.channel,
      unit: units.get(r.unitId)!,
      title: r.title,
      senderName: r.senderName,
      status: r.status,
      receivedAt: formatInstant(r.receivedAt.getTime()),
      dueAt: formatInstant(r.dueAt.getTime()),
      overdue: isOverdue(r, now),
      timeliness: timeliness(r),
      assignedUnit: r.assignedUnitId === null ? null : (units.get(r.assignedUnitId) ?? null),
      assignedUser: r.assignedUser,
      repliedAt: iso(r.repliedAt),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Handling actions

type ActionBody =
  | { action: 'assign'; body: AssignBody }
  | { action: 'reply'; body: ReplyBody }
  | { action: 'reject'; body: RejectBody }
  | { action: 'close'; body: CloseBody };

/** The assignee: the feedback's unit or a unit below it (valid that day); the user, one of its active staff. */
async function assignee(tx: Tx, actor: Actor, row: repo.FeedbackRow, body: AssignBody, day: string) {
  const root = await tx.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
  const target = await findUnitByCodeAt(tx, body.unit, day);
  const below = target ? new Set((await findDescendants(tx, root.id, day, day)).map((u) => u.id)) : new Set<number>();
  if (!target || (target.id !== root.id && !below.has(target.id))) {
    throw AppError.validation([{ field: 'body.unit', reason: `must be ${root.code} or a unit below it` }]);
  }
  if (actor.kind === 'user' && actor.role === 'department_head' && target.id !== actor.user.unitId) {
    throw AppError.validation([{ field: 'body.unit', reason: 'a department head passes feedback on within the department' }]);
  }
  if (body.user) {
    const user = await tx.selectFrom('users').select(['username', 'unitId', 'active']).where('username', '=', body.user).executeTakeFirst();
    if (!user || !user.active || user.unitId !== target.id) throw AppError.validation([{ field: 'body.user', reason: `no active account of ${target.code} with this username` }]);
  }
  return target;
}

/**
 * One handling action, in the caller's transaction under a row lock: visibility (404), role and
 * holder rules (403), the lifecycle (409 with the allowed actions), then the event is appended and
 * the projection rewritten from all events.
 */
export async function act(tx: Tx, actor: Actor, code: string, a: ActionBody, now = Date.now()): Promise<FeedbackView> {
  const row = await visible(tx, code, actor, true);
  const problem = roleProblem(actor, row, a.action);
  if (problem) throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN', problem, { action: a.action });
  if (!lifecycleActions(row.status).includes(a.action)) {
    throw new AppError('ACTION_NOT_ALLOWED', `Action ${a.action} is not allowed when the feedback is ${row.status}`, {
      status: row.status,
      allowedActions: actionsFor(actor, row),
    });
  }
  const events = await repo.listEvents(tx, row.id);
  const at = instantOrNow(a.body.at, now, 'body.at');
  const last = events[events.length - 1]!;
  if (at < last.at) throw AppError.validation([{ field: 'body.at', reason: `is before the feedback's last event (${formatInstant(last.at)})` }]);
  let event: FeedbackEvent;
  const by = actorName(actor);
  switch (a.action) {
    case 'assign': {
      const target = await assignee(tx, actor, row, a.body, localDateOf(at));
      event = { type: 'assigned', at, actor: by, payload: { unitId: target.id, unitCode: target.code, ...(a.body.user ? { user: a.body.user } : {}), ...(a.body.note ? { note: a.body.note } : {}) } };
      break;
    }
    case 'reply':
      if (a.body.publish && !row.consentPublish) throw AppError.validation([{ field: 'body.publish', reason: 'the sender did not agree to publication' }]);
      event = { type: 'replied', at, actor: by, payload: { text: a.body.text, publish: a.body.publish } };
      break;
    case 'reject':
      event = { type: 'rejected', at, actor: by, payload: { reason: a.body.reason, note: a.body.note } };
      break;
    case 'close':
      event = { type: 'closed', at, actor: by, payload: a.body.note ? { note: a.body.note } : {} };
      break;
  }
  await repo.appendEvent(tx, row.id, events.length + 1, event);
  await repo.writeProjection(tx, row.id, deriveFeedback([...events, event]), events.length + 1);
  return viewOf(tx, (await repo.findByCode(tx, code))!, actor, now);
}

// ---------------------------------------------------------------------------------------------
// The sender, through the portal

async function owned(db: Db | Tx, code: string, proof: Proof, lock = false): Promise<repo.FeedbackRow> {
  const row = lock ? await repo.lockByCode(db as Tx, code) : await repo.findByCode(db, code);
  if (!row || !owns(row, proof)) throw AppError.notFound('Feedback', code);
  return row;
}

async function publicView(db: Db | Tx, row: repo.FeedbackRow): Promise<PublicFeedback> {
  const events = await repo.listEvents(db, row.id);
  const eventUnits = events.flatMap((e) => (typeof e.payload['unitId'] === 'number' ? [e.payload['unitId']] : []));
  const units = await unitRefs(db, [row.unitId, ...eventUnits]);
  const files = await repo.countAttachments(db, row.id);
  const rejected = [...events].reverse().find((e) => e.type === 'rejected');
  return {
    code: row.code,
    kind: row.kind,
    kindLabel: FEEDBACK_KIND_LABELS_VI[row.kind],
    unit: units.get(row.unitId)!,
    title: row.title,
    status: row.status,
    statusLabel: FEEDBACK_STATUS_LABELS_VI[row.status],
    receivedAt: formatInstant(row.receivedAt.getTime()),
    dueAt: formatInstant(row.dueAt.getTime()),
    // Internal hand-overs show the unit, never the officer's name.
    timeline: events.map((e) => ({ at: formatInstant(e.at), type: e.type, label: FEEDBACK_EVENT_LABELS_VI[e.type], detail: detailOf(e, units, true) })),
    reply: row.repliedAt && row.reply !== null ? { text: row.reply, at: formatInstant(row.repliedAt.getTime()) } : null,
    rejection:
      row.rejectReason && row.rejectedAt
        ? { reason: row.rejectReason, reasonLabel: REJECT_REASON_LABELS_VI[row.rejectReason], note: typeof rejected?.payload['note'] === 'string' ? rejected.payload['note'] : null }
        : null,
    rating: row.rating,
    canRate: canRate({ repliedAt: row.repliedAt?.getTime() ?? null, rating: row.rating, status: row.status }),
    attachments: files,
    canAttach: isOpen(row) && files < MAX_FILES_PER_FEEDBACK,
  };
}

export async function lookup(db: Db, code: string, proof: Proof): Promise<PublicFeedback> {
  return publicView(db, await owned(db, code, proof));
}

/** The sender rates the handling, once, after a reply; the rating closes the feedback. */
export async function rate(tx: Tx, code: string, body: RatingBody, now = Date.now()): Promise<PublicFeedback> {
  const row = await owned(tx, code, body, true);
  if (!canRate({ repliedAt: row.repliedAt?.getTime() ?? null, rating: row.rating, status: row.status })) {
    throw new AppError('ACTION_NOT_ALLOWED', row.rating ? 'Phản ánh, kiến nghị này đã được đánh giá' : 'Chỉ đánh giá sau khi có trả lời', {
      status: row.status,
      allowedActions: [],
    });
  }
  const events = await repo.listEvents(tx, row.id);
  const at = Math.max(now, events[events.length - 1]!.at);
  const event: FeedbackEvent = { type: 'rated', at, actor: CITIZEN, payload: { rating: body.rating, ...(body.comment ? { comment: body.comment } : {}) } };
  await repo.appendEvent(tx, row.id, events.length + 1, event);
  await repo.writeProjection(tx, row.id, deriveFeedback([...events, event]), events.length + 1);
  return publicView(tx, (await repo.findByCode(tx, code))!);
}

/** Published replies (sender's consent and staff's choice): no contact details, no code. */
export async function publishedReplies(db: Db, q: { unit?: string | undefined; limit: number; offset: number }) {
  const ids = q.unit ? await unitAndBelow(db, q.unit, SYSTEM) : null;
  const { total, rows } = await repo.published(db, ids, q.limit, q.offset);
  return {
    total,
    items: rows.map((r) => ({
      kind: r.kind,
      kindLabel: FEEDBACK_KIND_LABELS_VI[r.kind],
      unit: { code: r.unitCode, name: r.unitName },
      procedure: r.procedureCode,
      title: r.title,
      content: r.content,
      reply: r.reply ?? '',
      receivedOn: localDateOf(r.receivedAt.getTime()),
      repliedOn: localDateOf(r.repliedAt!.getTime()),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Attachments (same file rules as dossier scans: PDF/JPEG/PNG by content, ≤ 10 MB)

async function storeAttachment(tx: Tx, row: repo.FeedbackRow, upload: { filename: string; mime: string; content: Buffer }, uploadedBy: string) {
  if ((await repo.countAttachments(tx, row.id)) >= MAX_FILES_PER_FEEDBACK) {
    throw AppError.validation([{ field: 'file', reason: `a feedback holds at most ${MAX_FILES_PER_FEEDBACK} files` }]);
  }
  const r = await tx
    .insertInto('feedbackAttachments')
    .values({
      feedbackId: row.id,
      filename: upload.filename,
      mime: upload.mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      uploadedBy,
    })
    .returning(['id', 'filename', 'mime', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
    .executeTakeFirstOrThrow();
  return { ...r, id: Number(r.id), uploadedAt: formatInstant(r.uploadedAt.getTime()) };
}

/** The sender attaches a file while the feedback is not yet answered (the proof comes first). */
export async function attachAsSender(tx: Tx, code: string, proof: Proof, upload: { filename: string; mime: string; content: Buffer }) {
  const row = await owned(tx, code, proof, true);
  if (!isOpen(row)) throw new AppError('ACTION_NOT_ALLOWED', 'Chỉ gửi tệp khi phản ánh, kiến nghị chưa được trả lời', { status: row.status, allowedActions: [] });
  return storeAttachment(tx, row, upload, CITIZEN);
}

/** Staff attach a scan of a paper letter or of their reply. */
export async function attachAsStaff(tx: Tx, actor: Actor, code: string, upload: { filename: string; mime: string; content: Buffer }) {
  requireRole(actor, [...FEEDBACK_REGISTRARS, 'department_head', 'specialist']);
  const row = await visible(tx, code, actor, true);
  return storeAttachment(tx, row, upload, actorName(actor));
}

export async function attachmentContent(db: Db, actor: Actor, code: string, id: number) {
  const row = await visible(db, code, actor);
  const file = await db.selectFrom('feedbackAttachments').select(['filename', 'mime', 'content']).where('feedbackId', '=', row.id).where('id', '=', id).executeTakeFirst();
  if (!file) throw AppError.notFound('Attachment', String(id));
  return file;
}

// ---------------------------------------------------------------------------------------------
// Statistics and Decision 766 (5.2, 5.3)

export const FORMULAS = {
  handledOnTime: '5.2 = 6 × (PAKN xử lý đúng hạn + đang xử lý trong hạn) / PAKN thuộc thẩm quyền (trừ PAKN không xử lý); không có PAKN: 6 điểm',
  satisfaction:
    '5.3 = 6 × (rất hài lòng + hài lòng) / số đánh giá kết quả xử lý PAKN trong kỳ; không có đánh giá: 6 điểm (công thức suy ra từ dữ liệu, Quyết định 766 không công bố công thức chi tiết)',
};

export const zeroCounts = (): repo.FeedbackCounts => ({
  total: 0, received: 0, carriedOver: 0, kindRegulation: 0, kindConduct: 0, kindDossier: 0, kindOther: 0,
  channelPortal: 0, channelPaper: 0, channelPhone: 0, channelEmail: 0, channelHotline: 0, channelDirect: 0,
  handledOnTime: 0, handledLate: 0, rejected: 0, pendingOnTime: 0, pendingOverdue: 0,
  ratedVerySatisfied: 0, ratedSatisfied: 0, ratedDissatisfied: 0,
});

/** 5.2: on time or still within the deadline, over feedback within competence; none → full marks. */
export function onTimeScore(c: Pick<repo.FeedbackCounts, 'total' | 'rejected' | 'handledOnTime' | 'pendingOnTime'>): number {
  const within = c.total - c.rejected;
  return within === 0 ? 6 : roundHalfUp((6 * (c.handledOnTime + c.pendingOnTime)) / within, 2);
}

/** 5.3: share of ratings not dissatisfied; no rating → full marks (nothing to hold against the unit). */
export function satisfactionScore(c: Pick<repo.FeedbackCounts, 'ratedVerySatisfied' | 'ratedSatisfied' | 'ratedDissatisfied'>): number {
  const rated = c.ratedVerySatisfied + c.ratedSatisfied + c.ratedDissatisfied;
  return rated === 0 ? 6 : roundHalfUp((6 * (c.ratedVerySatisfied + c.ratedSatisfied)) / rated, 2);
}

export function figuresOf(c: repo.FeedbackCounts): FeedbackFigures {
  const handled = c.handledOnTime + c.handledLate;
  const rated = c.ratedVerySatisfied + c.ratedSatisfied + c.ratedDissatisfied;
  return {
    total: c.total,
    received: c.received,
    carriedOver: c.carriedOver,
    byKind: { regulation: c.kindRegulation, conduct: c.kindConduct, dossier: c.kindDossier, other: c.kindOther },
    byChannel: { portal: c.channelPortal, paper: c.channelPaper, phone: c.channelPhone, email: c.channelEmail, hotline: c.channelHotline, direct: c.channelDirect },
    handledOnTime: c.handledOnTime,
    handledLate: c.handledLate,
    rejected: c.rejected,
    pendingOnTime: c.pendingOnTime,
    pendingOverdue: c.pendingOverdue,
    onTimeRate: handled ? formatPercentVi(c.handledOnTime, handled) : null,
    ratedVerySatisfied: c.ratedVerySatisfied,
    ratedSatisfied: c.ratedSatisfied,
    ratedDissatisfied: c.ratedDissatisfied,
    satisfactionRate: rated ? formatPercentVi(c.ratedVerySatisfied + c.ratedSatisfied, rated) : null,
    scores766: { handledOnTime: onTimeScore(c), satisfaction: satisfactionScore(c) },
  };
}

const addCounts = (a: repo.FeedbackCounts, b: repo.FeedbackCounts) => {
  for (const k of Object.keys(a) as Array<keyof repo.FeedbackCounts>) a[k] += b[k];
  return a;
};

/**
 * Feedback figures of a unit for a period (15th → 14th, or from/to): its own ("self"), the units
 * below it summed ("children") and each of them, the late and overdue items, and 5.2/5.3.
 */
export async function statsFor(db: Db, q: StatsQuery, actor: Actor = SYSTEM, now = Date.now()): Promise<FeedbackStats> {
  const period = resolvePeriod(q);
  const unit = await findUnitOverlapping(db, q.unit, period.from, period.to);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', q.unit);
  const descendants = await findDescendants(db, unit.id, period.from, period.to);
  // A period still running is counted as of now: feedback due after today is not overdue yet.
  const { start, cutoff: end } = periodBounds(period);
  const cutoff = Math.min(end, now);
  const ids = [unit.id, ...descendants.map((d) => d.id)];
  const counts = await repo.aggregate(db, ids, new Date(start), new Date(cutoff));
  const self = counts.get(unit.id) ?? zeroCounts();
  const children = zeroCounts();
  const byUnit: Record<string, repo.FeedbackCounts> = { [unit.code]: self };
  for (const d of descendants) {
    const c = counts.get(d.id) ?? zeroCounts();
    addCounts(children, c);
    // A code reused after a merger: both versions add up under the one code.
    byUnit[d.code] = byUnit[d.code] ? addCounts({ ...byUnit[d.code]! }, c) : c;
  }
  const late = await repo.lateItems(db, ids, new Date(start), new Date(cutoff));
  return {
    unit: { code: unit.code, name: unit.name },
    from: period.from,
    to: period.to,
    ...(period.name ? { period: period.name } : {}),
    self: figuresOf(self),
    children: figuresOf(children),
    byUnit: Object.fromEntries(Object.entries(byUnit).map(([k, c]) => [k, figuresOf(c)])),
    lateItems: late.map((r) => ({
      code: r.code,
      unit: r.unitCode,
      title: r.title,
      dueAt: formatInstant(r.dueAt.getTime()),
      repliedAt: r.repliedAt && r.repliedAt.getTime() < cutoff ? formatInstant(r.repliedAt.getTime()) : null,
      state: r.repliedAt && r.repliedAt.getTime() < cutoff ? ('late' as const) : ('overdue' as const),
    })),
    formulas: FORMULAS,
  };
}

/**
 * For documents (the report's "Kiến nghị … : không có phản ánh"): the figures of a unit's own
 * desk and of the units below it for a named period, e.g. feedbackStats(db, '440', '2023-H1').
 */
export async function feedbackStats(db: Db, unitCode: string, periodName: string): Promise<FeedbackStats> {
  return statsFor(db, { unit: unitCode, period: periodName }, SYSTEM);
}

// ---------------------------------------------------------------------------------------------
// Reminders (the header bell) and deadlines

/**
 * Open feedback of a unit and the units below it (or assigned to them) past its due instant, or
 * due by the end of `horizon`; department and commune staff handling an assignment see theirs.
 */
export async function feedbackReminders(db: Db, actor: Actor, unit: UnitRow, at: string, horizon: string, now = Date.now()): Promise<ReminderItem[]> {
  const ids = [unit.id, ...(await findDescendants(db, unit.id, at, at)).map((u) => u.id)];
  const own = actor.kind === 'user' && HOLDER_ROLES.includes(actor.role) ? { unitId: actor.user.unitId, username: actor.user.username } : undefined;
  const rows = (await repo.openDueBy(db, ids, new Date(localMidnight(addDays(horizon, 1))), own)).filter((r) => mayRead(actor, r));
  const judgedAt = at === localDateOf(now) ? now : localMidnight(addDays(at, 1));
  const units = await unitRefs(db, rows.flatMap((r) => [r.unitId, r.assignedUnitId]));
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    unit: units.get(r.unitId)!,
    assignedUnit: r.assignedUnitId === null ? null : (units.get(r.assignedUnitId) ?? null),
    status: r.status,
    dueAt: formatInstant(r.dueAt.getTime()),
    state: r.dueAt.getTime() < judgedAt ? ('overdue' as const) : ('due_soon' as const),
  }));
}

const deadlineView = (r: repo.DeadlineRow) => ({
  id: r.id,
  kind: r.kind,
  workingDays: Number(r.workingDays),
  validFrom: r.validFrom,
  validTo: r.validTo,
  basis: r.basis,
  note: r.note,
});

export async function listDeadlines(db: Db) {
  return (await repo.listDeadlines(db)).map(deadlineView);
}

/**
 * A new handling-deadline rule for a kind from a date: the rule in force until then ends the day
 * before. Feedback already received keeps the deadline it got.
 */
export async function addDeadline(tx: Tx, actor: Actor, body: DeadlineBody) {
  const later = await tx.selectFrom('feedbackDeadlines').select('id').where('kind', '=', body.kind).where('validFrom', '>=', body.validFrom).executeTakeFirst();
  if (later) throw new AppError('CONFLICT', 'A rule for this kind starting on or after this date exists', { issues: [{ field: 'body.validFrom', reason: 'must be after the latest rule of this kind' }] });
  await tx
    .updateTable('feedbackDeadlines')
    .set({ validTo: addDays(body.validFrom, -1) })
    .where('kind', '=', body.kind)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', body.validFrom)]))
    .execute();
  const row = await tx
    .insertInto('feedbackDeadlines')
    .values({ kind: body.kind, workingDays: body.workingDays, validFrom: body.validFrom, validTo: null, basis: body.basis, note: body.note ?? null, createdBy: actorName(actor) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return deadlineView(row);
}

/**
 * After a calendar edit: recomputes the due instants of feedback received from two years before
 * the edited year to its end, as recomputeDueDates does for dossiers (to be called by the
 * calendar module in the same transaction).
 */
export async function recomputeFeedbackDue(tx: Tx, calendar: WorkCalendar, year: number): Promise<number> {
  const rows = await tx
    .selectFrom('feedback')
    .select(['id', 'receivedAt', 'workingDays', 'dueAt'])
    .where('receivedAt', '>=', new Date(`${year - 2}-01-01T00:00:00+07:00`))
    .where('receivedAt', '<', new Date(`${year + 1}-01-01T00:00:00+07:00`))
    .execute();
  let changed = 0;
  for (const r of rows) {
    const due = computeDue(calendar, r.receivedAt.getTime(), Number(r.workingDays))!;
    if (due === r.dueAt.getTime()) continue;
    await tx.updateTable('feedback').set({ dueAt: new Date(due) }).where('id', '=', r.id).execute();
    changed++;
  }
  return changed;
}
