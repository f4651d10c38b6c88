import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScanList } from './ScanList';
import { pendingUpload, type CitizenScans } from './useCitizenScans';

/** After the submission: which scans reached the dossier, and a retry for those that did not. */
export function ScanResults({ scans }: { scans: CitizenScans }) {
  const { t } = useTranslation('portal');
  const { items } = scans;
  if (items.length === 0) return null;
  const done = items.filter((i) => i.status === 'done').length;
  const failed = items.filter((i) => i.status === 'failed');
  const canRetry = failed.some(pendingUpload);
  return (
    <section className="portal-scan-results" aria-labelledby="portal-scan-results">
      <Typography.Title level={2} id="portal-scan-results">
        {t('scans.resultsTitle')}
      </Typography.Title>
      <div aria-live="polite">
        {scans.busy ? (
          <Alert type="info" showIcon className="portal-alert" title={t('scans.uploading', { done, total: items.length })} />
        ) : failed.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            className="portal-alert"
            title={t('scans.someFailed', { count: failed.length, total: items.length })}
            description={canRetry ? t('scans.retryHint') : t('scans.noRetryHint')}
            action={
              canRetry ? (
                <Button onClick={() => void scans.retry()}>{t('scans.retry')}</Button>
              ) : undefined
            }
          />
        ) : done === items.length ? (
          <Alert type="success" showIcon className="portal-alert" title={t('scans.allDone', { count: done })} />
        ) : null}
      </div>
      <ScanList items={items} />
    </section>
  );
}
