import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkScanFile, MAX_SCANS_PER_DOSSIER, SCAN_ACCEPT, type ScanProblem } from './scanRules';

function problemText(problem: ScanProblem | { kind: 'tooMany' }, name: string, t: TFunction): string {
  switch (problem.kind) {
    case 'type':
      return t('attachments.badType', { name });
    case 'empty':
      return t('attachments.emptyFile', { name });
    case 'size':
      return t('attachments.tooLarge', { name, size: problem.size });
    case 'tooMany':
      return t('attachments.tooMany', { name, max: MAX_SCANS_PER_DOSSIER });
  }
}

/**
 * Drag and drop (or click to pick) for scans. Every file is checked here first — type by
 * extension/MIME, size ≤ 10 MB — and a refused one is named with the reason, in Vietnamese.
 * `room` is how many more files the dossier can take (30 in all).
 */
export function ScanDropzone({ onFile, room, disabled }: { onFile: (file: File) => void; room: number; disabled?: boolean }) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState<string[]>([]);
  // beforeUpload runs once per file of a drop; count the ones taken in this drop.
  const taken = useRef(0);
  return (
    <div className="scan-dropzone">
      <Upload.Dragger
        multiple
        {...(disabled === undefined ? {} : { disabled })}
        accept={{ format: SCAN_ACCEPT, filter: 'native' }}
        fileList={[]}
        showUploadList={false}
        beforeUpload={(file, batch) => {
          if (file === batch[0]) {
            taken.current = 0;
            setRejected([]);
          }
          const problem = checkScanFile(file) ?? (taken.current >= room ? { kind: 'tooMany' as const } : undefined);
          if (problem) setRejected((r) => [...r, problemText(problem, file.name, t)]);
          else {
            taken.current += 1;
            onFile(file);
          }
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('attachments.dropText')}</p>
        <p className="ant-upload-hint">{t('attachments.dropHint', { max: MAX_SCANS_PER_DOSSIER })}</p>
      </Upload.Dragger>
      {rejected.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          title={t('attachments.rejectedTitle', { count: rejected.length })}
          description={
            <ul className="error-details">
              {rejected.map((line, i) => (
                <li key={`${i}-${line}`}>{line}</li>
              ))}
            </ul>
          }
          closable={{ onClose: () => setRejected([]) }}
        />
      )}
    </div>
  );
}
