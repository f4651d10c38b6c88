import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import type { FieldIssue } from '../api/types';
import { formatDateTimeVi } from './format';

/** What the UI shows for a failure: one line, then one line per detail. */
export interface ErrorDescription {
  title: string;
  details: string[];
  /** The UI should send the user to the login page. */
  relogin: boolean;
}

/** A translation table (an object in the JSON), for keys that contain dots or spaces. */
function table(t: TFunction, key: string): Record<string, string> {
  const value: unknown = t(key, { returnObjects: true });
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/** "body.applicant.idNumber" → "Số CCCD" when the field is known; else the raw path. */
export function fieldLabel(field: string, t: TFunction): string {
  const path = field.replace(/^(body|querystring|params|headers)\./, '');
  return table(t, 'field')[path] ?? path;
}

/** The server's reasons are English; translate the ones we know, keep the rest verbatim. */
function issueReason(reason: string, t: TFunction): string {
  return table(t, 'errors.reason')[reason] ?? reason;
}

export function formatIssue(issue: FieldIssue, t: TFunction): string {
  return `${fieldLabel(issue.field, t)}: ${issueReason(issue.reason, t)}`;
}

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return { title: t('errors.internal'), details: error instanceof Error ? [error.message] : [], relogin: false };
  }
  const issues = error.issues.map((i) => formatIssue(i, t));
  switch (error.code) {
    case 'NETWORK':
      return { title: t('errors.network'), details: [], relogin: false };
    case 'VALIDATION':
      return { title: t('errors.validation'), details: issues.length ? issues : [error.message], relogin: false };
    case 'NOT_FOUND': {
      const what = t(`resource.${error.resource ?? 'default'}`, { defaultValue: t('resource.default') });
      return { title: t('errors.notFound', { what, key: error.key ?? '' }).replace(/\s+\./, '.'), details: [], relogin: false };
    }
    case 'ACTION_NOT_ALLOWED': {
      const details: string[] = [];
      if (error.dossierStatus) {
        details.push(t('errors.currentStatus', { status: t(`status.${error.dossierStatus}`, { defaultValue: error.dossierStatus }) }));
      }
      const allowed = error.allowedActions ?? [];
      details.push(
        allowed.length
          ? t('errors.allowedActions', { list: allowed.map((a) => t(`action.${a}`)).join(', ') })
          : t('errors.noActionAllowed'),
      );
      return { title: t('errors.actionNotAllowed'), details, relogin: false };
    }
    case 'UNAUTHORIZED':
      return { title: t('errors.unauthorized'), details: [], relogin: true };
    case 'FORBIDDEN':
      return { title: t('errors.forbidden'), details: [], relogin: false };
    case 'LOCKED':
      return {
        title: error.lockedUntil ? t('auth.lockedUntil', { until: formatDateTimeVi(error.lockedUntil) }) : t('auth.locked'),
        details: [],
        relogin: false,
      };
    case 'CONFLICT':
      return { title: t('errors.conflict'), details: issues, relogin: false };
    case 'IDEMPOTENCY_MISMATCH':
      return { title: t('errors.idempotencyMismatch'), details: [], relogin: false };
    case 'UNPROCESSABLE':
      return { title: t('errors.unprocessable'), details: issues.length ? issues : [error.message], relogin: false };
    case 'INTERNAL':
      return { title: t('errors.internal'), details: [], relogin: false };
    default:
      return { title: t('errors.unknown', { code: error.code }), details: error.message ? [error.message] : [], relogin: false };
  }
}
