import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@motcua/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Input, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { DeleteButton } from './DeleteButton';
import { deletePlanEvidence, EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, planEvidenceUrl, uploadPlanEvidence, type EvidenceFile, type EvidenceTarget } from './reformApi';

/** "12,5 KB", "1,2 MB" */
export function fileSize(n: number): string {
  const one = (v: number) => formatNumberVi(v, 1).replace(/,0$/, '');
  return n < 1024 * 1024 ? `${one(Math.max(0.1, n / 1024))} KB` : `${one(n / 1024 / 1024)} MB`;
}

/** The evidence cell of a task or activity: its text (number, date, link) and its files. */
export function EvidenceCell({ text, files }: { text: string | null; files: readonly EvidenceFile[] }) {
  return (
    <>
      {text && <div>{text}</div>}
      {files.map((f) => (
        <div key={f.id}>
          <a href={planEvidenceUrl(f.planId, f.id)} target="_blank" rel="noopener noreferrer">
            <PaperClipOutlined /> {f.label ?? f.filename}
          </a>
        </div>
      ))}
    </>
  );
}

/**
 * "Minh chứng" of one task or activity: its files (download, delete) and an upload (PDF, JPEG,
 * PNG, DOCX, XLSX up to 10 MB; the server checks the content). The text evidence stays in the
 * status dialog.
 */
export function EvidenceModal({
  planId,
  target,
  title,
  files,
  writer,
  onClose,
}: {
  planId: number;
  target: EvidenceTarget;
  title: string;
  files: readonly EvidenceFile[];
  writer: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['plans', 'evidence', planId] });
  const upload = useMutation({
    mutationFn: (file: File) => uploadPlanEvidence(planId, target, file, label.trim() || undefined, newIdempotencyKey()),
    onSuccess: (f) => {
      void refresh();
      setLabel('');
      void message.success(t('evidence.uploaded', { name: f.filename }));
    },
  });
  return (
    <Modal open title={title} width={680} footer={<Button onClick={onClose}>{t('close')}</Button>} onCancel={onClose} destroyOnHidden>
      <Table<EvidenceFile>
        size="small"
        className="mb"
        rowKey="id"
        pagination={false}
        dataSource={[...files]}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.none')} /> }}
        columns={[
          {
            title: t('evidence.file'),
            render: (_: unknown, f) => (
              <>
                <a href={planEvidenceUrl(planId, f.id)} target="_blank" rel="noopener noreferrer">
                  <PaperClipOutlined /> {f.filename}
                </a>
                {f.label && <div>{f.label}</div>}
              </>
            ),
          },
          { title: t('evidence.size'), width: 90, align: 'right', render: (_: unknown, f) => fileSize(f.size) },
          { title: t('evidence.uploadedBy'), width: 170, render: (_: unknown, f) => (<><div>{f.uploadedBy}</div><div className="muted">{formatDateTimeVi(f.uploadedAt)}</div></>) },
          ...(writer
            ? [
                {
                  width: 80,
                  render: (_: unknown, f: EvidenceFile) => (
                    <DeleteButton
                      confirm={t('evidence.deleteConfirm', { name: f.filename })}
                      ariaLabel={`${t('delete')}: ${f.filename}`}
                      onConfirm={async (key) => {
                        await deletePlanEvidence(planId, f.id, key);
                        await refresh();
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {writer && (
        <>
          {upload.error ? (
            <div className="mb">
              <ErrorAlert error={upload.error} />
            </div>
          ) : null}
          <Space wrap align="start">
            <Input aria-label={t('evidence.label')} placeholder={t('evidence.label')} value={label} maxLength={300} onChange={(e) => setLabel(e.target.value)} style={{ width: 300 }} />
            <Upload
              accept={EVIDENCE_ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                if (file.size > EVIDENCE_MAX_BYTES) void message.error(t('evidence.tooLarge'));
                else upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending}>
                {t('evidence.upload')}
              </Button>
            </Upload>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('evidence.hint')}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
