import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Popconfirm, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { DownloadButton } from '../../components/Download';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { viDate } from '../reform/roles';
import { getReport, postReportAction, reportFileUrl, updateReport, type ActionBody, type PostAction, type ReportView } from './api';
import { DocumentPreview } from './DocumentPreview';
import { ReportError } from './ReportError';
import { ReportStatusTag } from './ReportStatusTag';
import { actionButtons, buildPatch, isEditable, NO_EDITS, REPORT_NUMBER, type DraftEdits } from './reportLogic';
import { useDataKeys } from './useDataKeys';
import './reports.css';

function ReturnModal({ onOk, onClose, mutation }: { onOk: (note: string) => void; onClose: () => void; mutation: { isPending: boolean; error: unknown } }) {
  const { t } = useTranslation('reports');
  const [form] = Form.useForm<{ note: string }>();
  return (
    <FormModal form={form} title={t('return.title')} okText={t('action.return')} cancelText={t('cancel')} onClose={onClose} mutation={{ ...mutation, mutate: (v) => onOk(v.note.trim()) }}>
      <Form.Item name="note" label={t('return.note')} rules={[{ required: true, whitespace: true, message: t('return.noteRule') }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

function IssueModal({ onOk, onClose, mutation }: { onOk: (v: { number: string; issuedOn: string }) => void; onClose: () => void; mutation: { isPending: boolean; error: unknown } }) {
  const { t } = useTranslation('reports');
  const [form] = Form.useForm<{ number: string; issuedOn: Dayjs }>();
  return (
    <FormModal
      form={form}
      title={t('issue.title')}
      okText={t('action.issue')}
      cancelText={t('cancel')}
      onClose={onClose}
      intro={<Alert className="mb" type="info" showIcon title={t('issue.intro')} />}
      formProps={{ initialValues: { issuedOn: dayjs(vnLocalDate()) } }}
      mutation={{ ...mutation, mutate: (v) => onOk({ number: v.number.trim(), issuedOn: v.issuedOn.format('YYYY-MM-DD') }) }}
    >
      <Form.Item
        name="number"
        label={t('issue.number')}
        extra={t('issue.numberHint')}
        rules={[
          { required: true, whitespace: true, message: t('issue.numberRequired') },
          { pattern: REPORT_NUMBER, message: t('issue.numberRule') },
        ]}
      >
        <Input placeholder="15/BC-UBND" />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('issue.date')} rules={[{ required: true, message: t('issue.dateRequired') }]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

function History({ view }: { view: ReportView }) {
  const { t } = useTranslation('reports');
  if (view.history.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      items={[...view.history].reverse().map((h) => ({
        content: (
          <div data-testid="history-item">
            <strong>{t(`history.action.${h.action}`, { defaultValue: h.action })}</strong>
            <div className="muted">
              <span title={h.actor}>{h.actorName || h.actor}</span> · {formatDateTimeVi(h.at)}
            </div>
            {h.note && <div>{t('history.note', { note: h.note })}</div>}
          </div>
        ),
      }))}
    />
  );
}

/** /bao-cao/:id — one periodic CCHC report: document preview, in-place editing of a draft, workflow, downloads, history. */
export default function ReportPage() {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const params = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = Number(params.id);
  const keyFor = useIdempotencyKey();
  const catalogue = useDataKeys();
  const query = useQuery({ queryKey: ['report', id], queryFn: () => getReport(id), enabled: Number.isInteger(id) && id > 0 });
  const view = query.data;
  const [edits, setEdits] = useState<DraftEdits>(NO_EDITS);
  const [modal, setModal] = useState<'return' | 'issue' | undefined>();
  const patch = view ? buildPatch(view, edits) : undefined;
  const dirty = patch !== undefined;

  // A reloaded report (save, refresh, another version) starts with no local edits.
  const loadedKey = view ? `${view.id}|${view.updatedAt}|${view.status}` : '';
  useEffect(() => setEdits(NO_EDITS), [loadedKey]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const settle = (v: ReportView) => {
    queryClient.setQueryData(['report', v.id], v);
    void queryClient.invalidateQueries({ queryKey: ['reports'] });
  };
  const save = useMutation({
    mutationFn: async () => (view && patch ? updateReport(view.id, patch, keyFor({ id: view.id, patch, at: view.updatedAt })) : view!),
    onSuccess: (v) => {
      settle(v);
      setEdits(NO_EDITS);
      void message.success(t('saved'));
    },
  });
  const act = useMutation({
    mutationFn: async ({ action, body }: { action: PostAction; body: ActionBody }) => {
      // Unsaved edits go in first: the officer submits what they see.
      let current = view!;
      if (patch && current.status === 'draft') {
        current = await updateReport(current.id, patch, keyFor({ id: current.id, patch, at: current.updatedAt }));
        settle(current);
        setEdits(NO_EDITS);
      }
      return { action, view: await postReportAction(current.id, action, body, keyFor({ id: current.id, action, body, at: current.updatedAt })) };
    },
    onSuccess: ({ action, view: v }) => {
      settle(v);
      setModal(undefined);
      void message.success(t(`done.${action}`));
      if (action === 'supersede' && v.id !== id) void navigate(`/bao-cao/${v.id}`);
    },
  });

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('notFound')} />;
  if (query.isPending) return <Spin />;
  if (query.error || !view) {
    return (
      <div className="reports">
        <Link to="/bao-cao">
          <ArrowLeftOutlined /> {t('backToList')}
        </Link>
        <div style={{ marginTop: 12 }}>
          <ReportError error={query.error} />
        </div>
      </div>
    );
  }

  const editable = isEditable(view);
  const buttons = actionButtons(view.allowedActions);
  const busy = save.isPending || act.isPending;
  const run = (action: PostAction, body: ActionBody = {}) => act.mutate({ action, body });
  const button = (a: PostAction) => {
    const label = t(`action.${a}`);
    switch (a) {
      case 'return':
        return (
          <Button key={a} danger disabled={busy} onClick={() => setModal('return')}>
            {label}
          </Button>
        );
      case 'issue':
        return (
          <Button key={a} type="primary" disabled={busy} onClick={() => setModal('issue')}>
            {label}
          </Button>
        );
      case 'refresh':
        return (
          <Popconfirm key={a} title={t('confirm.refresh')} okText={label} cancelText={t('cancel')} onConfirm={() => run(a)}>
            <Button disabled={busy}>{label}</Button>
          </Popconfirm>
        );
      case 'supersede':
        return (
          <Popconfirm key={a} title={t('confirm.supersede')} okText={label} cancelText={t('cancel')} onConfirm={() => run(a)}>
            <Button disabled={busy}>{label}</Button>
          </Popconfirm>
        );
      case 'submit':
      case 'approve':
        return (
          <Button key={a} type="primary" loading={act.isPending && act.variables?.action === a} disabled={busy} onClick={() => run(a)}>
            {label}
          </Button>
        );
    }
  };

  return (
    <div className="reports report-page">
      <Link to="/bao-cao" className="no-print">
        <ArrowLeftOutlined /> {t('backToList')}
      </Link>
      <Space className="report-head" wrap align="center">
        <Typography.Title level={4} className="page-title">
          {view.title}
        </Typography.Title>
        <ReportStatusTag status={view.status} />
        <Tag>{t('versionN', { n: view.version })}</Tag>
        {view.number && <Tag color="blue">{t('numberOn', { number: view.number, date: viDate(view.issuedOn) })}</Tag>}
        {editable && (
          <Tag color={dirty ? 'orange' : 'green'} data-testid="dirty-indicator">
            {dirty ? t('dirty') : t('clean')}
          </Tag>
        )}
      </Space>
      <Space className="report-actions no-print" wrap>
        {editable && (
          <Button type={dirty ? 'primary' : 'default'} icon={<SaveOutlined />} aria-label={t('save')} disabled={!dirty || busy} loading={save.isPending} onClick={() => save.mutate()}>
            {t('save')}
          </Button>
        )}
        {buttons.map(button)}
        {(editable || buttons.length > 0) && <span className="rt-sep" />}
        <DownloadButton url={reportFileUrl(view.id, 'docx')} data-testid="download-docx">
          {t('download.docx')}
        </DownloadButton>
        <DownloadButton url={reportFileUrl(view.id, 'pdf')} data-testid="download-pdf">
          {t('download.pdf')}
        </DownloadButton>
        <DownloadButton url={reportFileUrl(view.id, 'annex.xlsx')} data-testid="download-annex">
          {t('download.annex')}
        </DownloadButton>
      </Space>
      {save.error ? <ReportError error={save.error} onClose={() => save.reset()} /> : null}
      {act.error && !modal ? <ReportError error={act.error} onClose={() => act.reset()} /> : null}
      {view.status === 'issued' && <Alert className="mb" type="success" showIcon title={t('frozen')} />}
      {view.supersededBy !== null && (
        <Alert className="mb" type="warning" showIcon title={<Link to={`/bao-cao/${view.supersededBy}`}>{t('supersededBy')}</Link>} />
      )}
      {view.supersedes !== null && <Alert className="mb" type="info" showIcon title={<Link to={`/bao-cao/${view.supersedes}`}>{t('supersedes')}</Link>} />}
      {!editable && view.status === 'draft' && <Alert className="mb" type="info" showIcon title={t('readOnlyDraft')} />}
      <div className="report-layout">
        <div className="report-doc">
          <DocumentPreview view={view} edits={edits} editable={editable} catalogue={catalogue} onEdit={(f) => setEdits((e) => f(e))} />
        </div>
        <div className="report-side no-print">
          <Card size="small" title={t('info.title')} className="mb">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('info.unit')}>{`${view.unit.name} (${view.unit.code})`}</Descriptions.Item>
              <Descriptions.Item label={t('info.kind')}>{t(`kind.${view.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('info.range')}>{`${viDate(view.from)} – ${viDate(view.to)}`}</Descriptions.Item>
              <Descriptions.Item label={t('info.updatedAt')}>{formatDateTimeVi(view.updatedAt)}</Descriptions.Item>
            </Descriptions>
            {editable && <Typography.Paragraph type="secondary">{t('info.editHint')}</Typography.Paragraph>}
          </Card>
          <Card size="small" title={t('history.title')}>
            <History view={view} />
          </Card>
        </div>
      </div>
      {modal === 'return' && <ReturnModal mutation={act} onClose={() => setModal(undefined)} onOk={(note) => run('return', { note })} />}
      {modal === 'issue' && <IssueModal mutation={act} onClose={() => setModal(undefined)} onOk={(v) => run('issue', v)} />}
      <Modal
        open={blocker.state === 'blocked'}
        title={t('leave.title')}
        okText={t('leave.ok')}
        cancelText={t('leave.cancel')}
        okButtonProps={{ danger: true }}
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        {t('leave.body')}
      </Modal>
    </div>
  );
}
