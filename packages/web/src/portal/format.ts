import { formatNumberVi, type EventType } from '@motcua/core';
import type { TFunction } from 'i18next';
import { formatDateTimeVi, formatDecimalVi } from '../lib/format';

/** "Không thu phí" for a free procedure, else "50.000 đồng" (Vietnamese thousands separator). */
export function feeText(fee: number | null | undefined, t: TFunction<'portal'>): string {
  return fee ? t('common.feeValue', { amount: formatNumberVi(fee) }) : t('common.feeNone');
}

export function workingDaysText(days: number, t: TFunction<'portal'>): string {
  return t('common.workingDays', { value: formatDecimalVi(days) });
}

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** Timeline details may embed raw instants ("Hẹn lại: 2026-12-03T09:00+07:00"): show them as dd/MM/yyyy HH:mm. */
export function humaniseInstants(text: string): string {
  return text.replace(ISO_INSTANT, (iso) => formatDateTimeVi(iso));
}

/** A timeline entry's label in the page's language (the server's Vietnamese label as fallback). */
export function eventLabel(entry: { type: EventType; label: string }, t: TFunction<'portal'>): string {
  return t(`event.${entry.type}`, { defaultValue: entry.label });
}

/** Phone numbers as the API's pattern accepts them: digits with an optional leading +. */
export function normalisePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}
