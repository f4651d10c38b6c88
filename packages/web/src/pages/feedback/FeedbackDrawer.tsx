import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Empty, List, Space, Spin, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { ActionModal } from './ActionModal';
import { attachmentUrl, formatSize, getFeedback, uploadStaffFile } from './api';
import { FeedbackError } from './FeedbackError';
import { actorLabel } from './forms';
import type { FeedbackAction, FeedbackStatus, FeedbackView } from './types';

export const STATUS_COLOR: Record<FeedbackStatus, string> = { received: 'blue', assigned: 'gold', replied: 'green', closed: 'default', rejected: 'volcano' };

export function StatusTags({ f }: { f: Pick<FeedbackView, 'status' | 'overdue' | 'timeliness'> }) {
  const { t } = useTranslation('feedback');
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[f.status]}>{t(`status.${f.status}`)}</Tag>
      {f.overdue && <Tag color="red">{t('overdue')}</Tag>}
      {f.timeliness && <Tag color={f.timeliness === 'late' ? 'orange' : 'green'}>{t(`timeliness.${f.timeliness}`)}</Tag>}
    </Space>
  );
}

function Details({ f }: { f: FeedbackView }) {
  const { t } = useTranslation('feedback');
  const contact = [f.sender.phone, f.sender.email, f.sender.address].filter(Boolean).join(' · ');
  return (
    <Descriptions size="small" column={1} bordered className="mb">
      <Descriptions.Item label={t('col.status')}>
        <StatusTags f={f} />
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.kind')}>{t(`kind.${f.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.unit')}>{f.unit.name}</Descriptions.Item>
      {f.dossier && (
        <Descriptions.Item label={t('detail.dossier')}>
          <Link to={`/ho-so/${encodeURIComponent(f.dossier)}`} className="mono">
            {f.dossier}
          </Link>
        </Descriptions.Item>
      )}
      {f.procedure && (
        <Descriptions.Item label={t('detail.procedure')}>
          <span className="mono">{f.procedure.code}</span> {f.procedure.name ?? ''}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('detail.sender')}>{f.sender.name}</Descriptions.Item>
      <Descriptions.Item label={t('detail.contact')}>
        {contact} <Tag>{t(f.consentPublish ? 'detail.consent' : 'detail.noConsent')}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.channel')}>{t(`channel.${f.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.receivedAt')}>{formatDateTimeVi(f.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.due')}>
        <span data-testid="feedback-due">{t('detail.dueDetail', { due: formatDateTimeVi(f.dueAt), days: f.workingDays })}</span>
      </Descriptions.Item>
      {f.assignedUnit && (
        <Descriptions.Item label={t('detail.assigned')}>
          {f.assignedUnit.name}
          {f.assignedUser ? ` — ${f.assignedUser}` : ''}
        </Descriptions.Item>
      )}
      {f.reply && (
        <Descriptions.Item label={t('detail.reply')}>
          <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 4 }}>
            {f.reply.text}
          </Typography.Paragraph>
          <span className="muted">{formatDateTimeVi(f.reply.at)}</span> {f.reply.publish && <Tag color="cyan">{t('detail.published')}</Tag>}
        </Descriptions.Item>
      )}
      {f.rejection && (
        <Descriptions.Item label={t('detail.rejection')}>
          {t(`rejectReason.${f.rejection.reason}`)}
          {f.rejection.note ? `: ${f.rejection.note}` : ''} <span className="muted">({formatDateTimeVi(f.rejection.at)})</span>
        </Descriptions.Item>
      )}
      {f.rating && (
        <Descriptions.Item label={t('detail.rating')}>
          <Tag color={f.rating.level === 'dissatisfied' ? 'red' : 'green'}>{t(`rating.${f.rating.level}`)}</Tag>
          {f.rating.comment ?? ''}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Attachments({ f }: { f: FeedbackView }) {
  const { t } = useTranslation('feedback');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadStaffFile(f.code, file, newIdempotencyKey()),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: ['feedback', 'one', f.code] });
      void message.success(t('detail.uploaded', { name: a.filename }));
    },
  });
  return (
    <>
      <Typography.Title level={5}>{t('detail.attachments')}</Typography.Title>
      {upload.error ? <FeedbackError error={upload.error} /> : null}
      <List
        size="small"
        dataSource={f.attachments}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noAttachments')} /> }}
        renderItem={(a) => (
          <List.Item>
            <a href={attachmentUrl(f.code, a.id)} target="_blank" rel="noreferrer">
              {a.filename}
            </a>
            <span className="muted">
              {formatSize(a.size)} · {a.uploadedBy} · {formatDateTimeVi(a.uploadedAt)}
            </span>
          </List.Item>
        )}
      />
      <Upload
        accept="application/pdf,image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} className="mt">
          {t('detail.upload')}
        </Button>
      </Upload>
    </>
  );
}

/** A feedback with its handling history, the caller's actions (as the API allows them) and its files. */
export function FeedbackDrawer({ code, units, onClose }: { code: string; units: Array<{ code: string; name: string }>; onClose: () => void }) {
  const { t } = useTranslation('feedback');
  const [action, setAction] = useState<FeedbackAction>();
  const q = useQuery({ queryKey: ['feedback', 'one', code], queryFn: () => getFeedback(code) });
  const f = q.data;
  return (
    <Drawer open size={Math.min(720, typeof window === 'undefined' ? 720 : window.innerWidth)} title={t('detail.title', { code })} onClose={onClose} destroyOnHidden>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isLoading && <Spin />}
      {f && (
        <div data-testid="feedback-detail">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {f.title}
          </Typography.Title>
          <Typography.Paragraph className="pre-wrap">{f.content}</Typography.Paragraph>
          <Space wrap className="mb" aria-label={t('detail.actions')}>
            {f.allowedActions.map((a) => (
              <Button key={a} type={a === 'reply' ? 'primary' : 'default'} danger={a === 'reject'} onClick={() => setAction(a)}>
                {t(`action.${a}`)}
              </Button>
            ))}
            {f.allowedActions.length === 0 && <span className="muted">{t('detail.noActions')}</span>}
          </Space>
          <Details f={f} />
          <Typography.Title level={5}>{t('detail.timeline')}</Typography.Title>
          <Timeline
            items={f.timeline.map((e) => ({
              key: e.seq,
              color: e.type === 'rejected' ? 'red' : e.type === 'replied' ? 'green' : 'blue',
              content: (
                <div>
                  <strong>{t(`event.${e.type}`)}</strong> <span className="muted">{formatDateTimeVi(e.at)} · <span title={e.actor}>{actorLabel(e, t)}</span></span>
                  {e.detail && <div className="pre-wrap">{e.detail}</div>}
                </div>
              ),
            }))}
          />
          <Attachments f={f} />
          {action && <ActionModal feedback={f} action={action} units={units} onClose={() => setAction(undefined)} />}
        </div>
      )}
    </Drawer>
  );
}
