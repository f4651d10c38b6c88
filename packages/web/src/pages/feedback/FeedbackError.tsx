import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateReason } from '../../lib/errors';

function table(t: TFunction<'feedback'>, key: 'field' | 'reason'): Record<string, string> {
  const value: unknown = t(key, { returnObjects: true });
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/**
 * The lines of a feedback error: field problems and lifecycle conflicts in this screen's words
 * (the shared ErrorAlert knows the dossier fields and actions only); the rest as everywhere.
 */
export function feedbackErrorLines(error: ApiError, t: TFunction<'feedback'>): { title: string; details: string[] } | undefined {
  if (error.code === 'VALIDATION' && error.issues.length) {
    const fields = table(t, 'field');
    const reasons = table(t, 'reason');
    return {
      title: t('translation:errors.validation'),
      details: error.issues.map((i) => {
        const path = i.field.replace(/^(body|querystring|params)\./, '');
        return `${fields[path] ?? path}: ${reasons[i.reason] ?? translateReason(i.reason, t)}`;
      }),
    };
  }
  if (error.code === 'ACTION_NOT_ALLOWED') {
    const allowed = (error.allowedActions ?? []) as string[];
    return {
      title: t('errors.notAllowed'),
      details: [
        ...(error.dossierStatus ? [t('errors.currentStatus', { status: t(`status.${error.dossierStatus}`, { defaultValue: error.dossierStatus }) })] : []),
        allowed.length ? t('errors.allowed', { list: allowed.map((a) => t(`action.${a}`, { defaultValue: a })).join(', ') }) : t('errors.noneAllowed'),
      ],
    };
  }
  return undefined;
}

export function FeedbackError({ error }: { error: unknown }) {
  const { t } = useTranslation('feedback');
  if (!error) return null;
  const lines = error instanceof ApiError ? feedbackErrorLines(error, t) : undefined;
  if (!lines) return <ErrorAlert error={error} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="mb"
      title={lines.title}
      description={
        <ul className="error-details">
          {lines.details.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      }
    />
  );
}
