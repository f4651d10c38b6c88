import { DeleteOutlined, FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFileSize, SCAN_LIST_STYLE } from './scanRules';
import type { PendingScan } from './useScanUploads';

/**
 * Scans dropped at the counter, before the dossier exists: each can be named after a required
 * document (suggested from the procedure's checklist) or removed.
 */
export function PendingScanList({
  scans,
  suggestions,
  onChange,
  disabled,
}: {
  scans: PendingScan[];
  suggestions: string[];
  onChange: (scans: PendingScan[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  if (scans.length === 0) return null;
  const update = (uid: string, label: string) => onChange(scans.map((s) => (s.uid === uid ? { ...s, label } : s)));
  return (
    <ul className="scan-list pending-scans" style={SCAN_LIST_STYLE}>
      {scans.map((s) => (
        <li key={s.uid} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span style={{ minWidth: 200, flex: '1 1 200px' }}>
            {s.file.name.toLowerCase().endsWith('.pdf') ? <FilePdfOutlined aria-hidden /> : <FileImageOutlined aria-hidden />} {s.file.name}{' '}
            <Typography.Text type="secondary">({formatFileSize(s.file.size)})</Typography.Text>
          </span>
          <AutoComplete
            style={{ flex: '2 1 260px' }}
            size="small"
            {...(disabled === undefined ? {} : { disabled })}
            value={s.label}
            options={suggestions.map((v) => ({ value: v }))}
            onChange={(v: string) => update(s.uid, v)}
            placeholder={t('attachments.labelPlaceholder')}
            aria-label={t('attachments.labelFor', { name: s.file.name })}
            maxLength={300}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
          />
          <Button
            type="text"
            danger
            size="small"
            {...(disabled === undefined ? {} : { disabled })}
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('attachments.remove', { name: s.file.name })}
            onClick={() => onChange(scans.filter((x) => x.uid !== s.uid))}
          />
        </li>
      ))}
    </ul>
  );
}
