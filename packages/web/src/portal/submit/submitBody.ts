import { isValidCitizenId, isValidVietnamesePhone } from '@motcua/core';
import { normalisePhone } from '../format';
import type { SubmitBody } from '../types';

/** The submission form's raw values (antd Form). */
export interface SubmitValues {
  unit?: string;
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  email?: string;
  documents?: string[];
  note?: string;
  returnMethod?: 'counter' | 'postal';
}

export const citizenIdValid = (v: string | undefined) => isValidCitizenId((v ?? '').trim());
export const phoneValid = (v: string | undefined) => isValidVietnamesePhone((v ?? '').trim());
export const emailValid = (v: string | undefined) => {
  const s = (v ?? '').trim();
  return s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
};

const opt = (v: string | undefined) => {
  const s = v?.trim();
  return s ? s : undefined;
};

/**
 * The POST /api/public/dossiers body from validated values: trimmed, the phone reduced to digits
 * (the API's pattern refuses dashes), empty optional fields left out (the API refuses "" e-mails).
 */
export function buildSubmitBody(values: SubmitValues, procedure: string): SubmitBody {
  const address = opt(values.address);
  const email = opt(values.email);
  const note = opt(values.note);
  return {
    unit: values.unit ?? '',
    procedure,
    applicant: {
      name: (values.name ?? '').trim().replace(/\s+/g, ' '),
      idNumber: (values.idNumber ?? '').trim(),
      phone: normalisePhone(values.phone ?? ''),
      ...(address ? { address } : {}),
      ...(email ? { email } : {}),
    },
    ...(note ? { note } : {}),
    ...(values.returnMethod ? { returnMethod: values.returnMethod } : {}),
  };
}
