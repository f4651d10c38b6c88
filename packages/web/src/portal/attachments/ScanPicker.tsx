import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkScanFile, MAX_SCANS_PER_DOSSIER, SCAN_ACCEPT, type ScanProblem } from './scans';
import { ScanList } from './ScanList';
import type { CitizenScans } from './useCitizenScans';

function problemText(problem: ScanProblem | { kind: 'tooMany' }, name: string, t: TFunction<'portal'>): string {
  switch (problem.kind) {
    case 'type':
      return t('scans.badType', { name });
    case 'empty':
      return t('scans.emptyFile', { name });
    case 'size':
      return t('scans.tooLarge', { name, size: problem.size });
    case 'tooMany':
      return t('scans.tooMany', { name, max: MAX_SCANS_PER_DOSSIER });
  }
}

/**
 * Drag and drop (or tap to pick) scans. Each file is checked in the browser first — PDF, JPEG or
 * PNG, at most 10 MB, at most 30 per dossier — and kept locally (`beforeUpload` returns false):
 * the page sends it once the dossier exists. A refused file is named with the reason.
 */
export function ScanPicker({ scans, disabled, hint }: { scans: CitizenScans; disabled?: boolean; hint?: string }) {
  const { t } = useTranslation('portal');
  const [rejected, setRejected] = useState<string[]>([]);
  // beforeUpload runs once per file of a drop: count the ones taken in this drop.
  const taken = useRef(0);
  const room = MAX_SCANS_PER_DOSSIER - scans.items.length;
  const off = (disabled ?? false) || scans.busy;
  return (
    <div className="portal-scans">
      {hint && <p className="portal-scans-hint">{hint}</p>}
      <Upload.Dragger
        multiple
        disabled={off}
        // 'native': the picker shows scans only, but a dropped wrong file still reaches the check below
        // (a plain accept string would drop it silently, without telling the citizen why).
        accept={{ format: SCAN_ACCEPT, filter: 'native' }}
        fileList={[]}
        showUploadList={false}
        beforeUpload={(file, batch) => {
          if (file === batch[0]) {
            taken.current = 0;
            setRejected([]);
          }
          const problem = checkScanFile(file) ?? (taken.current >= room ? { kind: 'tooMany' as const } : undefined);
          if (problem) {
            setRejected((r) => [...r, problemText(problem, file.name, t)]);
            return Upload.LIST_IGNORE;
          }
          taken.current += 1;
          scans.add(file);
          return false; // keep it here; nothing is sent before the dossier exists
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('scans.dropText')}</p>
        <p className="ant-upload-hint">{t('scans.dropHint', { max: MAX_SCANS_PER_DOSSIER })}</p>
      </Upload.Dragger>
      {rejected.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="portal-alert"
          style={{ marginTop: 8 }}
          title={t('scans.rejectedTitle', { count: rejected.length })}
          description={
            <ul className="portal-error-details">
              {rejected.map((line, i) => (
                <li key={`${i}-${line}`}>{line}</li>
              ))}
            </ul>
          }
          closable={{ onClose: () => setRejected([]) }}
        />
      )}
      <ScanList items={scans.items} onRemove={scans.remove} disabled={off} />
    </div>
  );
}
