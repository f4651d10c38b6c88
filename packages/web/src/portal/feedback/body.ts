import type { FeedbackBodyBase, FeedbackKind, FeedbackProof } from '../../pages/feedback/types';

/** The portal form's values → the request body (pure, tested in body.test.ts). */
export interface FeedbackValues {
  kind: FeedbackKind;
  unit?: string;
  dossier?: string;
  procedure?: string;
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
  title?: string;
  content?: string;
  consentPublish?: boolean;
}

export const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The request body: the unit or the dossier by kind; empty optional fields left out. */
export function feedbackBody(v: FeedbackValues): FeedbackBodyBase {
  const opt = (k: 'unit' | 'dossier' | 'procedure' | 'phone' | 'email' | 'address') => {
    const x = trimmed(v[k]);
    return x === undefined ? {} : { [k]: x };
  };
  return {
    kind: v.kind,
    ...(v.kind === 'dossier' ? opt('dossier') : opt('unit')),
    ...opt('procedure'),
    name: (v.name ?? '').trim(),
    ...opt('phone'),
    ...opt('email'),
    ...opt('address'),
    title: (v.title ?? '').trim(),
    content: (v.content ?? '').trim(),
    consentPublish: v.consentPublish ?? false,
  };
}

/** The sender's proof for later: the phone number when given, else the e-mail. */
export const proofOf = (b: FeedbackBodyBase): FeedbackProof => (b.phone ? { phone: b.phone } : { email: b.email ?? '' });

