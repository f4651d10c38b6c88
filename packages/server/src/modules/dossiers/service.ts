import {
  LifecycleError,
  allowedActions,
  classifyTimeliness,
  computeDue,
  deriveDossier,
  explainDue,
  formatDossierCode,
  formatInstant,
  localDateOf,
  parseInstant,
  type DossierEvent,
  type DossierRules,
  type DossierState,
  type WorkCalendar,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { DossierRow, ProcedureRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { SYSTEM, actionsFor, actorName, assertMayPerform, canSeeUnit, scopeOf, type Actor } from '../auth/policy.js';
import { loadCalendar } from '../calendar/service.js';
import { findUnitByCodeAt } from '../units/repo.js';
import { fromEventRow, payloadOf, toCoreEvent } from './events.js';
import * as repo from './repo.js';
import { dossierContentHash } from './transfer.js';
import type { ActionBody, CreateDossierBody, DossierListQuery, DossierView } from './schema.js';

/** Clock skew we accept on client-supplied instants before calling them "in the future". */
const FUTURE_TOLERANCE_MS = 60_000;

const iso = (ms: number | undefined | null) => (ms === undefined || ms === null ? null : formatInstant(ms));
const isoDate = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

export function rulesOf(row: Pick<DossierRow, 'workingDays' | 'explicitDueAt'>, procedure: Pick<ProcedureRow, 'workingDays'>): DossierRules {
  return {
    workingDays: row.workingDays ?? procedure.workingDays,
    explicitDueAt: row.explicitDueAt ? row.explicitDueAt.getTime() : undefined,
  };
}

function resolveAt(at: string | undefined, now: number): number {
  if (at === undefined) return now;
  const t = parseInstant(at)!;
  if (t > now + FUTURE_TOLERANCE_MS) throw AppError.validation([{ field: 'at', reason: 'is in the future' }]);
  return t;
}

function lifecycleConflict(e: LifecycleError): AppError {
  return new AppError('ACTION_NOT_ALLOWED', e.message, {
    status: e.status,
    allowedActions: e.allowed,
    issues: [{ field: e.field, reason: e.message }],
  });
}

async function getProcedureRowById(db: Db | Tx, id: number): Promise<ProcedureRow> {
  return db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Creates a dossier by its first event: an online/postal submission waiting for reception,
 * a reception at the counter (the clock starts), or a refusal at the counter (Mẫu 03).
 */
export async function createDossier(tx: Tx, actor: Actor, body: CreateDossierBody, now = Date.now()): Promise<DossierView> {
  const at = resolveAt(body.at, now);
  const unit = await findUnitByCodeAt(tx, body.unit, localDateOf(at));
  if (!unit || unit.level === 'department' || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', body.unit);
  assertMayPerform(actor, body.action, deriveDossier([], { workingDays: 1 }, await loadCalendar(tx)));
  const code = await insertDossier(tx, { ...body, at }, actorName(actor));
  return getDossierView(tx, code, actor);
}

/** Checks and writes a new dossier with its first event; returns its code. */
export async function insertDossier(
  tx: Tx,
  body: Omit<CreateDossierBody, 'at'> & { at: number },
  actor: string,
): Promise<string> {
  const at = body.at;
  // `submitted` with channel direct is a walk-in dossier registered before reception, e.g. when
  // the desk asks for a supplement on the spot (Mẫu 02) and no clock may start yet.
  if (body.action === 'refused' && !body.reason) throw AppError.validation([{ field: 'reason', reason: 'a refusal needs its reason' }]);
  const unit = await findUnitByCodeAt(tx, body.unit, localDateOf(at));
  if (!unit || unit.level === 'department') throw AppError.notFound('Unit', body.unit);
  if (!unit.agencyCode) {
    throw new AppError('UNPROCESSABLE', `Unit ${body.unit} has no agency identifier (mã định danh cơ quan) configured`, {
      issues: [{ field: 'unit', reason: 'has no agency identifier; set it up first (motcua setup)' }],
    });
  }
  const procedure = await tx.selectFrom('procedures').selectAll().where('code', '=', body.procedure).where('isCurrent', '=', true).executeTakeFirst();
  if (!procedure) throw AppError.notFound('Procedure', body.procedure);
  const event: DossierEvent = { type: body.action, at, reason: body.reason };
  const calendar = await loadCalendar(tx);
  const rules: DossierRules = { workingDays: body.workingDays ?? procedure.workingDays };
  const state = deriveDossier([event], rules, calendar);
  const sequence = await repo.nextDossierSequence(tx, unit.agencyCode, localDateOf(at));
  const code = formatDossierCode(unit.agencyCode, localDateOf(at), sequence);
  const applicant = Object.fromEntries(Object.entries(body.applicant).filter(([, v]) => v !== undefined)) as DossierView['applicant'];
  const inserted = await tx
    .insertInto('dossiers')
    .values({
      code,
      unitId: unit.id,
      procedureId: procedure.id,
      channel: body.channel,
      applicant: JSON.stringify(applicant),
      workingDays: body.workingDays ?? null,
      explicitDueAt: null,
      returnMethod: body.returnMethod ?? null,
      contentHash: dossierContentHash({
        code,
        unit: unit.code,
        procedure: procedure.code,
        channel: body.channel,
        applicant,
        workingDays: body.workingDays ?? null,
        explicitDueAt: null,
        returnMethod: body.returnMethod ?? null,
        events: [event],
      }),
      ...repo.projectionColumns(state, 1),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('dossierEvents')
    .values({ dossierId: inserted.id, seq: 1, type: event.type, at: new Date(at), actor, payload: JSON.stringify(payloadOf(event)) })
    .execute();
  return code;
}

/**
 * Appends one action to a dossier under a row lock: checks the actor's scope and role, then the
 * lifecycle table (409 with the allowed actions otherwise), stores the event and refreshes the
 * projection.
 */
export async function appendAction(tx: Tx, actor: Actor, code: string, body: ActionBody, now = Date.now()): Promise<DossierView> {
  const row = await repo.lockDossierByCode(tx, code);
  if (!row || !canSeeUnit(actor, row.unitId)) throw AppError.notFound('Dossier', code);
  await applyAction(tx, row, body, actorName(actor), (before) => assertMayPerform(actor, body.type, before), now);
  return getDossierView(tx, code, actor);
}

/**
 * The lifecycle part of an action on a locked dossier row, shared by staff actions and the
 * citizen portal (which checks ownership instead of roles): `authorize` runs on the state before.
 */
export async function applyAction(
  tx: Tx,
  row: DossierRow,
  body: ActionBody,
  actor: string,
  authorize: (before: DossierState) => void,
  now = Date.now(),
): Promise<DossierState> {
  const procedure = await getProcedureRowById(tx, row.procedureId);
  const calendar = await loadCalendar(tx);
  const rules = rulesOf(row, procedure);
  const events = (await repo.listEvents(tx, row.id)).map(fromEventRow);
  const before = deriveDossier(events, rules, calendar);
  authorize(before);
  const allowed = allowedActions(before);
  if (!allowed.includes(body.type)) {
    throw new AppError('ACTION_NOT_ALLOWED', `Action ${body.type} is not allowed when the dossier is ${before.status}`, {
      status: before.status,
      allowedActions: allowed,
    });
  }
  const at = resolveAt(body.at, now);
  const event = toCoreEvent({ ...body, at: formatInstant(at) } as never);
  if (before.lastAt !== undefined && at < before.lastAt) {
    throw AppError.validation([{ field: 'at', reason: `is before the dossier's last event (${formatInstant(before.lastAt)})` }]);
  }
  if (event.type === 'apology' && event.newAppointment !== undefined && event.newAppointment <= at) {
    throw AppError.validation([{ field: 'newAppointment', reason: 'must be after the apology' }]);
  }
  let state: DossierState;
  try {
    state = deriveDossier([...events, event], rules, calendar);
  } catch (e) {
    if (e instanceof LifecycleError) throw lifecycleConflict(e);
    throw e;
  }
  await tx
    .insertInto('dossierEvents')
    .values({ dossierId: row.id, seq: events.length + 1, type: event.type, at: new Date(at), actor, payload: JSON.stringify(payloadOf(event)) })
    .execute();
  await tx
    .updateTable('dossiers')
    .set({
      ...repo.projectionColumns(state, events.length + 1),
      contentHash: await hashAfter(tx, row, procedure.code, [...events, event]),
      updatedAt: new Date(),
    })
    .where('id', '=', row.id)
    .execute();
  if (state.pauses.length || before.pauses.length) await repo.replacePauses(tx, row.id, state);
  return state;
}

async function hashAfter(tx: Tx, row: DossierRow, procedureCode: string, events: DossierEvent[]): Promise<string> {
  const unit = await tx.selectFrom('units').select('code').where('id', '=', row.unitId).executeTakeFirstOrThrow();
  return dossierContentHash({
    code: row.code,
    unit: unit.code,
    procedure: procedureCode,
    channel: row.channel,
    applicant: row.applicant as DossierView['applicant'],
    workingDays: row.workingDays,
    explicitDueAt: row.explicitDueAt ? row.explicitDueAt.getTime() : null,
    returnMethod: row.returnMethod,
    events,
  });
}

/** The process-control slip (Mẫu 05): each hand-over with its step due and timeliness. */
function buildSteps(events: DossierEvent[], state: DossierState, procedure: ProcedureRow, calendar: WorkCalendar): DossierView['steps'] {
  const steps: DossierView['steps'] = [];
  events.forEach((e, index) => {
    if (e.type !== 'forwarded') return;
    const next = events.slice(index + 1).find((x) => ['forwarded', 'resolved', 'rejected', 'withdrawn'].includes(x.type));
    const budget = procedure.steps.find((s) => s.name === e.step || (e.step === undefined && s.department === e.to));
    const due = budget ? computeDue(calendar, e.at, budget.workingDays, state.pauses) : undefined;
    steps.push({
      seq: index + 1,
      step: e.step ?? null,
      to: e.to ?? '',
      at: formatInstant(e.at),
      workingDays: budget?.workingDays ?? null,
      dueAt: iso(due),
      doneAt: iso(next?.at),
      timeliness: due !== undefined && next ? classifyTimeliness(next.at, due) : null,
    });
  });
  return steps;
}

/** The full dossier, its state derived from its events (not from the projection). */
export async function getDossierView(db: Db | Tx, code: string, actor: Actor = SYSTEM): Promise<DossierView> {
  const row = await repo.findDossierByCode(db, code);
  // Outside the actor's units a dossier does not exist (404, not 403: no probing of codes).
  if (!row || !canSeeUnit(actor, row.unitId)) throw AppError.notFound('Dossier', code);
  const [procedure, eventRows, unit, calendar] = await Promise.all([
    getProcedureRowById(db, row.procedureId),
    repo.listEvents(db, row.id),
    db.selectFrom('units').select(['code', 'name']).where('id', '=', row.unitId).executeTakeFirstOrThrow(),
    loadCalendar(db),
  ]);
  const events = eventRows.map(fromEventRow);
  const rules = rulesOf(row, procedure);
  const state = deriveDossier(events, rules, calendar);
  const explanation =
    state.receivedAt !== undefined && state.dueAt !== undefined && !state.dueIsExplicit
      ? explainDue(calendar, state.receivedAt, state.dueAt, rules.workingDays, state.pauses)
      : undefined;
  return {
    code: row.code,
    unit: unit.code,
    unitName: unit.name,
    procedure: { code: procedure.code, version: procedure.version, name: procedure.name, workingDays: procedure.workingDays },
    channel: row.channel,
    applicant: row.applicant as DossierView['applicant'],
    returnMethod: row.returnMethod,
    status: state.status,
    workingDays: rules.workingDays,
    submittedAt: iso(state.submittedAt),
    receivedAt: iso(state.receivedAt),
    dueAt: iso(state.dueAt),
    dueIsExplicit: state.dueIsExplicit,
    finishedAt: iso(state.finishedAt),
    timeliness: state.timeliness ?? null,
    apology: state.apology ? { at: formatInstant(state.apology.at), newAppointment: iso(state.apology.newAppointment) } : null,
    resultReturned: state.resultReturned ? { at: formatInstant(state.resultReturned.at), via: state.resultReturned.via } : null,
    rating: state.rating ? { at: formatInstant(state.rating.at), level: state.rating.level } : null,
    holder: state.holder ?? null,
    allowedActions: actionsFor(actor, state),
    pauses: state.pauses.map((p) => ({ kind: p.kind, start: formatInstant(p.start), end: iso(p.end) })),
    events: eventRows.map((r, i) => ({
      seq: r.seq,
      type: events[i]!.type,
      at: formatInstant(r.at.getTime()),
      actor: r.actor,
      payload: r.payload as Record<string, unknown>,
    })),
    steps: buildSteps(events, state, procedure, calendar),
    dueExplanation: explanation
      ? { budgetHours: explanation.budgetHours, pausedHours: explanation.pausedMs / 3_600_000, skippedDays: explanation.skippedDays }
      : null,
  };
}

export async function listDossiers(db: Db, actor: Actor, q: DossierListQuery, now = Date.now()) {
  let query = db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.unitId')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId');
  // Scoped in SQL to the actor's units.
  const scope = scopeOf(actor);
  if (scope) query = query.where('d.unitId', 'in', scope.length ? scope : [-1]);
  if (q.unit) query = query.where('u.code', '=', q.unit);
  if (q.status) query = query.where('d.status', 'in', q.status.split(',').map((s) => s.trim()));
  if (q.overdue) query = query.where('d.status', '=', 'in_progress').where('d.dueAt', '<', new Date(now));
  if (q.holder) query = query.where('d.holder', '=', q.holder);
  if (q.mine) {
    const mine = actor.kind === 'user' ? [actor.user.username, ...(actor.user.unitLevel === 'department' ? [actor.user.unitCode, actor.user.unitName] : [])] : [];
    query = query.where('d.holder', 'in', mine.length ? mine : ['']);
  }
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('d.code', 'like', like), eb(eb.fn('f_unaccent_vi', [eb.ref('d.applicant', '->>').key('name')]), 'like', eb.fn('f_unaccent_vi', [eb.val(like)]))]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'd.code',
      'u.code as unitCode',
      'p.code as procedureCode',
      'p.name as procedureName',
      'd.channel',
      'd.applicant',
      'd.status',
      'd.receivedAt',
      'd.dueAt',
      'd.finishedAt',
      'd.timeliness',
      'd.holder',
    ])
    .orderBy('d.dueAt', 'asc')
    .orderBy('d.id', 'asc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      code: r.code,
      unit: r.unitCode,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      channel: r.channel,
      applicantName: (r.applicant as Record<string, string>)['name'] ?? '',
      status: r.status,
      receivedAt: isoDate(r.receivedAt),
      dueAt: isoDate(r.dueAt),
      finishedAt: isoDate(r.finishedAt),
      timeliness: r.timeliness,
      holder: r.holder,
    })),
  };
}

/**
 * After a calendar edit: recomputes the due instant and timeliness of every dossier whose
 * working time can touch the edited year (explicit due dates are left alone).
 */
export async function recomputeDueDates(tx: Tx, calendar: WorkCalendar, year: number): Promise<number> {
  const rows = await tx
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .select(['d.id', 'd.receivedAt', 'd.finishedAt', 'd.finishType', 'd.dueAt', 'd.timeliness', 'd.workingDays', 'p.workingDays as procedureDays'])
    .where('d.explicitDueAt', 'is', null)
    .where('d.receivedAt', '>=', new Date(`${year - 2}-01-01T00:00:00+07:00`))
    .where('d.receivedAt', '<', new Date(`${year + 1}-01-01T00:00:00+07:00`))
    .execute();
  const pauses = new Map<number, Array<{ kind: 'supplement' | 'obligation'; start: number; end?: number }>>();
  for (let i = 0; i < rows.length; i += 5000) {
    const ids = rows.slice(i, i + 5000).map((r) => r.id);
    const prs = await tx.selectFrom('dossierPauses').selectAll().where('dossierId', 'in', ids).execute();
    for (const p of prs) {
      const list = pauses.get(p.dossierId) ?? [];
      list.push({ kind: p.kind, start: p.startAt.getTime(), ...(p.endAt ? { end: p.endAt.getTime() } : {}) });
      pauses.set(p.dossierId, list);
    }
  }
  let changed = 0;
  for (const r of rows) {
    const due = computeDue(calendar, r.receivedAt!.getTime(), r.workingDays ?? r.procedureDays, pauses.get(r.id) ?? []);
    const timeliness = r.finishType === 'resolved' && r.finishedAt && due !== undefined ? classifyTimeliness(r.finishedAt.getTime(), due) : null;
    if ((r.dueAt?.getTime() ?? undefined) === due && r.timeliness === timeliness) continue;
    await tx.updateTable('dossiers').set({ dueAt: due === undefined ? null : new Date(due), timeliness }).where('id', '=', r.id).execute();
    changed++;
  }
  return changed;
}
