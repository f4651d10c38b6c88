import { isValidPersonalId, isValidVietnamesePhone } from '@motcua/core';
import { normalisePhone } from '../format';
import type { Proof } from '../types';

export type ProofKind = 'phone' | 'idNumber';

/** Lookups accept what was written on the dossier: a phone number, or a CCCD (old 9-digit CMND too). */
export function proofValid(kind: ProofKind, value: string | undefined): boolean {
  const v = (value ?? '').trim();
  return kind === 'phone' ? isValidVietnamesePhone(v) : isValidPersonalId(v);
}

export function toProof(kind: ProofKind, value: string): Proof {
  return kind === 'phone' ? { phone: normalisePhone(value) } : { idNumber: value.trim() };
}
