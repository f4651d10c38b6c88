import type { WorkCalendar } from './calendar.js';
import {
  classifyTimeliness,
  computeDue,
  type PauseInterval,
  type Timeliness,
} from './deadlines.js';

/** Event types of the import format; each one is also an API action (dossier-import.md). */
export const EVENT_TYPES = [
  'submitted',
  'received',
  'refused',
  'supplement_requested',
  'supplement_received',
  'obligation_requested',
  'obligation_fulfilled',
  'forwarded',
  'apology',
  'resolved',
  'rejected',
  'withdrawn',
  'result_returned',
  'rated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CHANNELS = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RETURN_VIAS = ['counter', 'postal'] as const;
export type ReturnVia = (typeof RETURN_VIAS)[number];

export const DOSSIER_STATUSES = [
  'new',
  'submitted',
  'pre_supplement',
  'refused',
  'in_progress',
  'awaiting_supplement',
  'awaiting_obligation',
  'resolved',
  'result_returned',
  'rejected',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * What may happen next in each status. The single source of the lifecycle: the API guard, the
 * import validator and the UI buttons all read it. Once-only rules (apology, rating) and the
 * pause pairs are refined by `allowedActions`.
 */
export const AVAILABLE_ACTIONS_BY_STATUS = {
  new: ['submitted', 'received', 'refused'],
  submitted: ['received', 'refused', 'supplement_requested', 'withdrawn'],
  pre_supplement: ['supplement_received', 'refused', 'withdrawn'],
  refused: [],
  in_progress: [
    'supplement_requested',
    'obligation_requested',
    'forwarded',
    'apology',
    'resolved',
    'rejected',
    'withdrawn',
  ],
  awaiting_supplement: [
    'supplement_received',
    'obligation_requested',
    'obligation_fulfilled',
    'forwarded',
    'apology',
    'rejected',
    'withdrawn',
  ],
  awaiting_obligation: [
    'obligation_fulfilled',
    'supplement_requested',
    'forwarded',
    'apology',
    'rejected',
    'withdrawn',
  ],
  resolved: ['result_returned'],
  result_returned: ['rated'],
  rejected: [],
  withdrawn: [],
} as const satisfies Record<DossierStatus, readonly EventType[]>;

export const TERMINAL_EVENTS = ['refused', 'resolved', 'rejected', 'withdrawn'] as const;

/** One event as stored and exchanged; `at` is an instant (epoch ms). */
export interface DossierEvent {
  type: EventType;
  at: number;
  reason?: string | undefined;
  via?: ReturnVia | undefined;
  level?: RatingLevel | undefined;
  to?: string | undefined;
  step?: string | undefined;
  newAppointment?: number | undefined;
}

export type FinishType = 'resolved' | 'rejected' | 'withdrawn';

/** Everything the rules need to know about a dossier, derived from its events alone. */
export interface DossierState {
  status: DossierStatus;
  submittedAt?: number | undefined;
  receivedAt?: number | undefined;
  refusedAt?: number | undefined;
  finishedAt?: number | undefined;
  finishType?: FinishType | undefined;
  /** The legal due instant; undefined before reception or while an open pause hides it. */
  dueAt?: number | undefined;
  dueIsExplicit: boolean;
  timeliness?: Timeliness | undefined;
  pauses: PauseInterval[];
  apology?: { at: number; newAppointment?: number | undefined } | undefined;
  resultReturned?: { at: number; via: ReturnVia } | undefined;
  rating?: { at: number; level: RatingLevel } | undefined;
  /** The last hand-over target (a department or officer), for work queues. */
  holder?: string | undefined;
  openSupplement: boolean;
  openObligation: boolean;
  /** Instant of the last applied event, to keep events in time order. */
  lastAt?: number | undefined;
}

export interface DossierRules {
  workingDays: number;
  /** Explicit legal due instant (imported), used verbatim. */
  explicitDueAt?: number | undefined;
}

export class LifecycleError extends Error {
  constructor(
    readonly eventIndex: number,
    readonly field: string,
    message: string,
    readonly status: DossierStatus,
    readonly allowed: readonly EventType[],
  ) {
    super(message);
    this.name = 'LifecycleError';
  }
}

function emptyState(): DossierState {
  return { status: 'new', dueIsExplicit: false, pauses: [], openSupplement: false, openObligation: false };
}

function statusWhileOpen(state: DossierState): DossierStatus {
  if (state.openSupplement) return 'awaiting_supplement';
  if (state.openObligation) return 'awaiting_obligation';
  return 'in_progress';
}

/** The actions allowed now, with once-only rules and pause pairs applied. */
export function allowedActions(state: DossierState): EventType[] {
  const base: readonly EventType[] = AVAILABLE_ACTIONS_BY_STATUS[state.status];
  return base.filter((action) => {
    switch (action) {
      case 'apology':
        return state.apology === undefined;
      case 'rated':
        return state.rating === undefined;
      case 'obligation_requested':
        return !state.openObligation;
      case 'obligation_fulfilled':
        return state.openObligation;
      case 'supplement_requested':
        return !state.openSupplement;
      case 'supplement_received':
        return state.openSupplement || state.status === 'pre_supplement';
      default:
        return true;
    }
  });
}

function closeOpenPauses(state: DossierState, at: number): void {
  for (const p of state.pauses) if (p.end === undefined) p.end = at;
  state.openSupplement = false;
  state.openObligation = false;
}

function closePause(state: DossierState, kind: PauseInterval['kind'], at: number): void {
  for (const p of state.pauses) if (p.kind === kind && p.end === undefined) p.end = at;
}

/**
 * Applies one event to a state (mutating it), after checking that it is allowed. Throws a
 * LifecycleError naming the field at fault. Timeliness is finalised by `deriveDossier`.
 */
export function applyEvent(state: DossierState, event: DossierEvent, index: number): void {
  const allowed = allowedActions(state);
  const fail = (field: string, message: string): never => {
    throw new LifecycleError(index, field, message, state.status, allowed);
  };
  if (!allowed.includes(event.type)) {
    fail('type', `"${event.type}" is not allowed when the dossier is ${state.status}`);
  }
  if (state.lastAt !== undefined && event.at < state.lastAt) fail('at', 'events must be in time order');
  switch (event.type) {
    case 'submitted':
      state.submittedAt = event.at;
      state.status = 'submitted';
      break;
    case 'received':
      state.receivedAt = event.at;
      state.status = 'in_progress';
      break;
    case 'refused':
      state.refusedAt = event.at;
      state.status = 'refused';
      break;
    case 'supplement_requested':
      if (state.receivedAt === undefined) {
        // Before reception: no clock (deadlines.md), only a waiting state.
        state.status = 'pre_supplement';
      } else {
        state.pauses.push({ kind: 'supplement', start: event.at });
        state.openSupplement = true;
        state.status = statusWhileOpen(state);
      }
      break;
    case 'supplement_received':
      if (state.status === 'pre_supplement') {
        state.status = 'submitted';
      } else {
        closePause(state, 'supplement', event.at);
        state.openSupplement = false;
        state.status = statusWhileOpen(state);
      }
      break;
    case 'obligation_requested':
      state.pauses.push({ kind: 'obligation', start: event.at });
      state.openObligation = true;
      state.status = statusWhileOpen(state);
      break;
    case 'obligation_fulfilled':
      closePause(state, 'obligation', event.at);
      state.openObligation = false;
      state.status = statusWhileOpen(state);
      break;
    case 'forwarded':
      if (!event.to) fail('to', 'a hand-over needs its recipient');
      state.holder = event.to;
      break;
    case 'apology':
      state.apology = { at: event.at, newAppointment: event.newAppointment };
      break;
    case 'resolved':
    case 'rejected':
    case 'withdrawn':
      closeOpenPauses(state, event.at);
      state.finishedAt = event.at;
      state.finishType = event.type;
      state.status = event.type;
      break;
    case 'result_returned':
      if (!event.via) fail('via', 'must be "counter" or "postal"');
      state.resultReturned = { at: event.at, via: event.via! };
      state.status = 'result_returned';
      break;
    case 'rated':
      if (!event.level) fail('level', 'must be very_satisfied, satisfied or dissatisfied');
      state.rating = { at: event.at, level: event.level! };
      break;
  }
  state.lastAt = event.at;
}

/** Replays all events; throws LifecycleError on the first one that breaks the rules. */
export function deriveDossier(
  events: readonly DossierEvent[],
  rules: DossierRules,
  calendar: WorkCalendar,
): DossierState {
  const state = emptyState();
  events.forEach((event, index) => applyEvent(state, event, index));
  finalizeDue(state, rules, calendar);
  return state;
}

/** Recomputes the due instant and timeliness from the reception and the pauses. */
export function finalizeDue(state: DossierState, rules: DossierRules, calendar: WorkCalendar): void {
  state.dueIsExplicit = rules.explicitDueAt !== undefined;
  if (state.receivedAt === undefined) {
    state.dueAt = rules.explicitDueAt;
  } else if (rules.explicitDueAt !== undefined) {
    state.dueAt = rules.explicitDueAt;
  } else {
    state.dueAt = computeDue(calendar, state.receivedAt, rules.workingDays, state.pauses);
  }
  state.timeliness =
    state.finishType === 'resolved' && state.finishedAt !== undefined && state.dueAt !== undefined
      ? classifyTimeliness(state.finishedAt, state.dueAt)
      : undefined;
}
