import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

export interface PortalErrorText {
  title: string;
  details: string[];
}

/** Where the failure happened: a 404 means different things on each screen. */
export type PortalErrorContext = 'catalogue' | 'submit' | 'lookup' | 'attachment';

/** The supplement was held back because some chosen scans could not be attached first. */
export class ScansNotAttachedError extends Error {
  constructor(readonly count: number) {
    super(`${count} scan(s) not attached`);
    this.name = 'ScansNotAttachedError';
  }
}

function table(t: TFunction<'portal'>, key: 'field' | 'reason'): Record<string, string> {
  const value: unknown = t(key, { returnObjects: true });
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

function issueLine(field: string, reason: string, t: TFunction<'portal'>): string {
  const path = field.replace(/^(body|querystring|params)\./, '');
  return `${table(t, 'field')[path] ?? path}: ${table(t, 'reason')[reason] ?? reason}`;
}

/**
 * The citizen-facing sentence for an API failure. A lookup 404 never says whether the code or the
 * phone/CCCD was wrong (the server answers the same for both, and so does the page).
 */
export function describePortalError(error: unknown, t: TFunction<'portal'>, context: PortalErrorContext): PortalErrorText {
  if (error instanceof ScansNotAttachedError) return { title: t('scans.notAllAttached', { count: error.count }), details: [] };
  if (!(error instanceof ApiError)) return { title: t('errors.server'), details: [] };
  if (error.status === 0) return { title: t('errors.network'), details: [] };
  if (error.status === 429) return { title: t('errors.rateLimited'), details: [] };
  if (context === 'attachment') {
    // 404: the code and the proof no longer match; 409: the dossier takes no more files.
    if (error.status === 404) return { title: t('scans.errors.notFound'), details: [] };
    if (error.code === 'ACTION_NOT_ALLOWED' || error.status === 409) return { title: t('scans.errors.closed'), details: [] };
    if (error.code === 'VALIDATION') {
      const reasons = table(t, 'reason');
      return { title: t('scans.errors.invalid'), details: error.issues.map((i) => reasons[i.reason] ?? i.reason) };
    }
  }
  if (error.status === 404 || error.code === 'NOT_FOUND') {
    if (context === 'lookup') return { title: t('lookup.notFound'), details: [] };
    if (error.resource === 'Unit') return { title: t('errors.unitNotFound'), details: [] };
    return { title: t('errors.procedureNotFound'), details: [] };
  }
  if (error.code === 'VALIDATION') {
    const details = error.issues.map((i) => issueLine(i.field, i.reason, t));
    return { title: t('errors.validation'), details };
  }
  if (error.code === 'UNPROCESSABLE') {
    if (error.issues.some((i) => i.field === 'procedure')) return { title: t('errors.notOnline'), details: [] };
    return { title: t('errors.unknown', { code: error.code }), details: error.message ? [error.message] : [] };
  }
  if (error.code === 'ACTION_NOT_ALLOWED' || error.status === 409) return { title: t('errors.notAllowed'), details: [] };
  if (error.status >= 500) return { title: t('errors.server'), details: [] };
  return { title: t('errors.unknown', { code: error.code }), details: [] };
}

/** Whether sending the same request again may succeed (offline, busy server, rate limit). */
export function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
