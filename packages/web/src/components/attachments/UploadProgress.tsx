import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { formatFileSize, SCAN_LIST_STYLE } from './scanRules';
import type { ScanUpload } from './useScanUploads';

const ICON = {
  waiting: <ClockCircleOutlined aria-hidden />,
  uploading: <LoadingOutlined aria-hidden />,
  done: <CheckCircleOutlined aria-hidden style={{ color: '#389e0d' }} />,
  failed: <CloseCircleOutlined aria-hidden style={{ color: '#cf1322' }} />,
} as const;

/** One line per file being sent: waiting, sending, attached, or failed with the reason. */
export function UploadProgress({ items, onRetry }: { items: ScanUpload[]; onRetry: () => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const failed = items.filter((i) => i.status === 'failed');
  const busy = items.some((i) => i.status === 'waiting' || i.status === 'uploading');
  const done = items.filter((i) => i.status === 'done').length;
  return (
    <div className="upload-progress" aria-live="polite">
      {busy && <Alert type="info" showIcon className="mb" title={t('attachments.uploading', { done, total: items.length })} />}
      {failed.length > 0 && !busy && (
        <Alert
          type="warning"
          showIcon
          className="mb"
          role="alert"
          title={t('attachments.someFailed', { count: failed.length })}
          action={
            <Button size="small" onClick={onRetry}>
              {t('attachments.retry')}
            </Button>
          }
        />
      )}
      <ul className="scan-list" style={SCAN_LIST_STYLE}>
        {items.map((i) => (
          <li key={i.scan.uid}>
            {ICON[i.status]} {i.scan.file.name}{' '}
            <Typography.Text type="secondary">
              ({formatFileSize(i.scan.file.size)}
              {i.scan.label ? ` — ${i.scan.label}` : ''})
            </Typography.Text>{' '}
            <Typography.Text type={i.status === 'failed' ? 'danger' : i.status === 'done' ? 'success' : 'secondary'}>
              {t(`attachments.status.${i.status}`)}
            </Typography.Text>
            {i.status === 'failed' && (
              <Typography.Text type="danger">
                {': '}
                {[describeError(i.error, t).title, ...describeError(i.error, t).details].join(' ')}
              </Typography.Text>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
