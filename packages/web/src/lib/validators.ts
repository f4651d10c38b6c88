import { isValidCitizenId, isValidVietnamesePhone } from '@motcua/core';

/** antd Form rules share these checks with the tests; empty optional values pass. */
export function citizenIdOk(value: string | undefined): boolean {
  return isValidCitizenId((value ?? '').trim());
}

export function phoneOk(value: string | undefined): boolean {
  const v = (value ?? '').trim();
  return v === '' || isValidVietnamesePhone(v);
}

export function emailOk(value: string | undefined): boolean {
  const v = (value ?? '').trim();
  return v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
}

/** Drops empty optional strings: the API rejects "" where it expects a phone or an email. */
export function trimmedOrUndefined(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}
