import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, DeleteOutlined, FileImageOutlined, FilePdfOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describePortalError } from '../errors';
import { formatFileSize } from './scans';
import type { CitizenScan } from './useCitizenScans';

const ICON = {
  waiting: <ClockCircleOutlined aria-hidden />,
  uploading: <LoadingOutlined aria-hidden />,
  done: <CheckCircleOutlined aria-hidden style={{ color: '#237804' }} />,
  failed: <CloseCircleOutlined aria-hidden style={{ color: '#a8071a' }} />,
} as const;

/** One line per chosen scan: name, size, where it stands, why it failed; removable before it is sent. */
export function ScanList({ items, onRemove, disabled }: { items: CitizenScan[]; onRemove?: (uid: string) => void; disabled?: boolean }) {
  const { t } = useTranslation('portal');
  if (items.length === 0) return null;
  return (
    <ul className="portal-scan-list" aria-label={t('scans.listLabel')}>
      {items.map((s) => {
        const failure = s.status === 'failed' ? describePortalError(s.error, t, 'attachment') : undefined;
        return (
          <li key={s.uid}>
            <span className="portal-scan-name">
              {s.file.name.toLowerCase().endsWith('.pdf') ? <FilePdfOutlined aria-hidden /> : <FileImageOutlined aria-hidden />} {s.file.name}{' '}
              <Typography.Text type="secondary">({formatFileSize(s.file.size)})</Typography.Text>
            </span>
            <span className="portal-scan-status">
              {ICON[s.status]}{' '}
              <Typography.Text type={s.status === 'failed' ? 'danger' : s.status === 'done' ? 'success' : 'secondary'}>
                {t(`scans.status.${s.status}`)}
                {failure && `: ${[failure.title, ...failure.details].join(' ')}`}
              </Typography.Text>
            </span>
            {onRemove && (s.status === 'waiting' || s.status === 'failed') && (
              <Button
                type="text"
                danger
                size="small"
                disabled={disabled ?? false}
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('scans.remove', { name: s.file.name })}
                onClick={() => onRemove(s.uid)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
