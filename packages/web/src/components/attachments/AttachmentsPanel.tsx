import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAttachments } from '../../api/endpoints';
import type { AttachmentKind, DossierView } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../ErrorAlert';
import { AttachmentTable } from './AttachmentTable';
import { ScanDropzone } from './ScanDropzone';
import { UploadProgress } from './UploadProgress';
import { ATTACHMENT_KINDS, MAX_SCANS_PER_DOSSIER, mayDigitise } from './scanRules';
import { pendingScan, useScanUploads } from './useScanUploads';

export const attachmentsQueryKey = (code: string) => ['dossier', code, 'attachments'] as const;

/** "Thành phần hồ sơ đã số hóa": the dossier's scans, and (for those who digitise) the upload box. */
export function AttachmentsPanel({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  const code = dossier.code;
  const list = useQuery({ queryKey: attachmentsQueryKey(code), queryFn: () => listAttachments(code) });
  const [kind, setKind] = useState<AttachmentKind>(dossier.status === 'resolved' ? 'result' : 'document');
  const [label, setLabel] = useState('');
  const uploads = useScanUploads(code, {
    onUploaded: () => void queryClient.invalidateQueries({ queryKey: attachmentsQueryKey(code) }),
  });
  const count = list.data?.length ?? 0;
  const queued = uploads.items.filter((i) => i.status === 'waiting' || i.status === 'uploading').length;
  const room = Math.max(0, MAX_SCANS_PER_DOSSIER - count - queued);
  const canUpload = mayDigitise(user, dossier.holder);

  return (
    <Card
      size="small"
      className="mb"
      title={t('attachments.title')}
      extra={<Typography.Text type="secondary">{t('attachments.count', { count, max: MAX_SCANS_PER_DOSSIER })}</Typography.Text>}
    >
      {list.isError && <ErrorAlert error={list.error} />}
      <AttachmentTable code={code} items={list.data ?? []} loading={list.isPending} />
      {canUpload ? (
        <div style={{ marginTop: 12 }} className="no-print">
          <Form layout="vertical" component="div">
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label={t('attachments.kindLabel')} htmlFor="attachment-kind">
                  <Select<AttachmentKind>
                    id="attachment-kind"
                    value={kind}
                    onChange={setKind}
                    options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`attachments.kind.${k}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item label={t('attachments.labelLabel')} htmlFor="attachment-label" extra={t('attachments.labelHint')}>
                  <Input id="attachment-label" value={label} maxLength={300} onChange={(e) => setLabel(e.target.value)} placeholder={t('attachments.labelPlaceholder')} />
                </Form.Item>
              </Col>
            </Row>
          </Form>
          {room === 0 && queued === 0 ? (
            <Alert type="info" showIcon title={t('attachments.full', { max: MAX_SCANS_PER_DOSSIER })} />
          ) : (
            <ScanDropzone room={room} onFile={(file) => uploads.enqueue([pendingScan(file, kind, label)])} />
          )}
          <div style={{ marginTop: 8 }}>
            <UploadProgress items={uploads.items} onRetry={uploads.retryFailed} />
          </div>
        </div>
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('attachments.readOnly')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
