import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * A failed report request. A 409 from the workflow carries the report's current status and the
 * actions still allowed (another officer acted first); say that in the report's own words, since
 * the shared error texts speak of dossiers. Anything else is the shared ErrorAlert.
 */
export function ReportError({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation('reports');
  if (!error) return null;
  // A wrong-status 409 carries the allowed actions; other 409s (a duplicate report, a number
  // already used) carry a Vietnamese message from the server, clearer than the generic text.
  if (error instanceof ApiError && error.status === 409 && error.dossierStatus && error.allowedActions) {
    const allowed = (error.allowedActions ?? []).map(String).filter((a) => a !== 'edit');
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('conflict.title', { status: t(`status.${error.dossierStatus}`, { defaultValue: error.dossierStatus }) })}
        description={allowed.length ? t('conflict.allowed', { list: allowed.map((a) => t(`action.${a}`, { defaultValue: a })).join(', ') }) : t('conflict.none')}
        {...(onClose ? { closable: { onClose } } : {})}
      />
    );
  }
  if (error instanceof ApiError && error.status === 409 && error.message) {
    return <Alert type="warning" showIcon role="alert" title={error.message} {...(onClose ? { closable: { onClose } } : {})} />;
  }
  return <ErrorAlert error={error} {...(onClose ? { onClose } : {})} />;
}
