import { createDossier, postDossierEvent } from '../../api/endpoints';
import type { Applicant, DossierView } from '../../api/types';
import { newIdempotencyKey } from '../../lib/ids';
import { trimmedOrUndefined } from '../../lib/validators';
import type { ReceptionOutcome, ReceptionValues } from './ReceptionForm';

export function applicantOf(v: ReceptionValues): Applicant {
  const applicant: Applicant = { name: v.name.trim() };
  const id = trimmedOrUndefined(v.idNumber);
  const phone = trimmedOrUndefined(v.phone);
  const address = trimmedOrUndefined(v.address);
  const email = trimmedOrUndefined(v.email);
  if (id) applicant.idNumber = id;
  if (phone) applicant.phone = phone;
  if (address) applicant.address = address;
  if (email) applicant.email = email;
  return applicant;
}

/** The dossier exists but its second step (the supplement request) failed. */
export class PartialReceptionError extends Error {
  constructor(
    readonly code: string,
    override readonly cause: unknown,
  ) {
    super(`dossier ${code} created, supplement request failed`);
  }
}

/**
 * One counter decision → API calls. A supplement request at the counter is a dossier that was
 * submitted and immediately asked for more (status pre_supplement: no clock runs yet).
 */
export async function submitReception(
  unit: string,
  procedure: string,
  values: ReceptionValues,
  outcome: ReceptionOutcome,
): Promise<DossierView> {
  const base = { unit, procedure, channel: values.channel, applicant: applicantOf(values), returnMethod: values.returnMethod };
  switch (outcome.kind) {
    case 'received':
      return createDossier({ ...base, action: 'received' }, newIdempotencyKey());
    case 'refused':
      return createDossier({ ...base, action: 'refused', reason: outcome.reason }, newIdempotencyKey());
    case 'supplement': {
      const created = await createDossier({ ...base, action: 'submitted' }, newIdempotencyKey());
      try {
        return await postDossierEvent(created.code, { type: 'supplement_requested', reason: outcome.reason }, newIdempotencyKey());
      } catch (e) {
        throw new PartialReceptionError(created.code, e);
      }
    }
  }
}
