import type { Dayjs } from 'dayjs';
import { wallClockToVnIso } from '../../lib/format';
import type { ActionBody } from './api';
import type { FeedbackAction, FeedbackBodyBase, RegisterFeedbackBody, RejectReason, StaffChannel } from './types';

/** The dialogs' values → request bodies (pure, tested in forms.test.ts). */

/** The register dialog's values: the body's fields as typed, the reception time as picked. */
export interface RegisterShape extends FeedbackBodyBase {
  channel: StaffChannel;
  receivedAt: Dayjs;
}

export const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const wall = (d: Dayjs) => wallClockToVnIso({ year: d.year(), month: d.month() + 1, day: d.date(), hour: d.hour(), minute: d.minute() });

/** The request body of the form: empty optional fields are left out, the picked time read as Vietnam time. */
export function registerBody(v: RegisterShape): RegisterFeedbackBody {
  const opt = (k: 'unit' | 'dossier' | 'procedure' | 'phone' | 'email' | 'address') => {
    const x = trimmed(v[k]);
    return x === undefined ? {} : { [k]: x };
  };
  return {
    channel: v.channel,
    receivedAt: wall(v.receivedAt),
    kind: v.kind,
    ...(v.kind === 'dossier' ? opt('dossier') : opt('unit')),
    ...opt('procedure'),
    name: v.name.trim(),
    ...opt('phone'),
    ...opt('email'),
    ...opt('address'),
    title: v.title.trim(),
    content: v.content.trim(),
    consentPublish: v.consentPublish,
  };
}

export interface ActionShape {
  unit?: string;
  user?: string;
  note?: string;
  text?: string;
  publish?: boolean;
  reason?: RejectReason;
}

/** The request body of one action from the dialog's values (empty optional fields left out). */
export function actionBody(action: FeedbackAction, v: ActionShape): ActionBody {
  const note = trimmed(v.note);
  switch (action) {
    case 'assign': {
      const user = trimmed(v.user);
      return { action, body: { unit: v.unit ?? '', ...(user ? { user } : {}), ...(note ? { note } : {}) } };
    }
    case 'reply':
      return { action, body: { text: (v.text ?? '').trim(), publish: v.publish ?? false } };
    case 'reject':
      return { action, body: { reason: v.reason ?? 'out_of_competence', note: note ?? '' } };
    case 'close':
      return { action, body: note ? { note } : {} };
  }
}


/** The server records what senders do through the portal with the actor `citizen`. */
export const CITIZEN_ACTOR = 'citizen';

/** Who did a timeline step, for display: the sender (portal) in words, staff by their full name (the stored label for scripts). */
export function actorLabel(e: { actor: string; actorName?: string | undefined }, t: (key: string) => string): string {
  return e.actor === CITIZEN_ACTOR ? t('actor.citizen') : e.actorName || e.actor;
}
