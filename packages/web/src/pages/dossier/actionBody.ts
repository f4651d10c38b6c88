import type { RatingLevel, ReturnVia } from '@motcua/core';
import type { ActionBody, ActionType } from '../../api/types';

/** What the action forms collect; each action reads only its own fields. */
export interface ActionFormValues {
  reason?: string;
  to?: string;
  step?: string;
  via?: ReturnVia;
  level?: RatingLevel;
  /** ISO instant with +07:00 (converted from the picker). */
  newAppointment?: string;
}

/** Fields each action asks for; `reason` is required for some, optional for others. */
export const ACTION_FIELDS: Record<ActionType, { reason?: 'required' | 'optional'; to?: true; step?: true; via?: true; level?: true; newAppointment?: true }> = {
  received: {},
  supplement_received: {},
  obligation_fulfilled: {},
  resolved: {},
  refused: { reason: 'required' },
  supplement_requested: { reason: 'required' },
  rejected: { reason: 'required' },
  obligation_requested: { reason: 'optional' },
  withdrawn: { reason: 'optional' },
  forwarded: { to: true, step: true },
  apology: { newAppointment: true, reason: 'required' },
  result_returned: { via: true },
  rated: { level: true },
};

const clean = (s: string | undefined) => {
  const v = s?.trim();
  return v ? v : undefined;
};

/**
 * The request body of an action, shaped exactly like the server's ActionBody union. Throws
 * when a required field is missing (the form validates first, so this is a programming error).
 */
export function buildActionBody(type: ActionType, v: ActionFormValues): ActionBody {
  const need = <T,>(value: T | undefined, field: string): T => {
    if (value === undefined) throw new Error(`${type}: ${field} is required`);
    return value;
  };
  switch (type) {
    case 'received':
    case 'supplement_received':
    case 'obligation_fulfilled':
    case 'resolved':
      return { type };
    case 'refused':
    case 'supplement_requested':
    case 'rejected':
      return { type, reason: need(clean(v.reason), 'reason') };
    case 'obligation_requested':
    case 'withdrawn': {
      const reason = clean(v.reason);
      return reason ? { type, reason } : { type };
    }
    case 'forwarded': {
      const step = clean(v.step);
      const to = need(clean(v.to), 'to');
      return step ? { type, to, step } : { type, to };
    }
    case 'apology':
      return { type, newAppointment: need(v.newAppointment, 'newAppointment'), reason: need(clean(v.reason), 'reason') };
    case 'result_returned':
      return { type, via: need(v.via, 'via') };
    case 'rated':
      return { type, level: need(v.level, 'level') };
  }
}

/** Actions the API accepts on an existing dossier (`submitted` only creates one). */
export function isActionType(type: string): type is ActionType {
  return type in ACTION_FIELDS;
}
