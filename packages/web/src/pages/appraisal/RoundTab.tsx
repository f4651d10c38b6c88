import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTimeVi } from '../../lib/format';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { createAppraisal, getAppraisal, listSets, publishAppraisal, reopenAppraisal, saveSurvey, type AppraisalView, type CouncilMember, type EntrySummary } from './api';
import { EntryStatusTag, History, ReasonModal, ROUND_MANAGERS, RoundStatusTag } from './common';
import { points } from './logic';

interface RoundShape {
  title?: string;
  decision?: string;
  council: Array<{ name: string; role: string; position?: string; username?: string }>;
}

function CreateRoundModal({ district, year, onClose }: { district: string; year: number; onClose: () => void }) {
  const { t } = useTranslation('appraisal');
  const [form] = Form.useForm<RoundShape>();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (v: RoundShape) => {
      const council = (v.council ?? []).map((m) => ({ name: m.name, role: m.role, ...(m.position?.trim() ? { position: m.position.trim() } : {}), ...(m.username?.trim() ? { username: m.username.trim() } : {}) }));
      const body = { district, year, council, ...(v.title?.trim() ? { title: v.title.trim() } : {}), ...(v.decision?.trim() ? { decision: v.decision.trim() } : {}) };
      return createAppraisal(body, keyFor(body));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['appraisals'] });
      onClose();
    },
  });
  const required = { required: true, whitespace: true, message: t('required') };
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={t('round.createTitle', { year })}
      width={880}
      okText={t('round.create')}
      cancelText={t('cancel')}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{t('round.createIntro')}</Typography.Paragraph>}
      formProps={{ initialValues: { title: t('round.defaultTitle', { year }), council: [{ name: '', role: t('round.chair') }] } }}
    >
      <Form.Item name="title" label={t('round.f.title')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="decision" label={t('round.f.decision')}>
        <Input placeholder={t('round.f.decisionHint')} />
      </Form.Item>
      <Typography.Text strong>{t('round.council')}</Typography.Text>
      <Form.List name="council">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              // One line per member on a desktop (name, role, position, account, remove); two columns on a phone (appraisal.css).
              <div key={f.key} className="council-row" data-testid="council-row">
                <Form.Item name={[f.name, 'name']} label={t('round.f.name')} rules={[required]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'role']} label={t('round.f.role')} rules={[required]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'position']} label={t('round.f.position')}>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'username']} label={t('round.f.username')} tooltip={t('round.f.usernameHint')}>
                  <Input />
                </Form.Item>
                {/* A blank label (a no-break space: a plain one collapses) keeps the button level with the inputs. */}
                <Form.Item label={'\u00a0'} colon={false} className="council-remove">
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('round.removeMember')} title={t('round.removeMember')} onClick={() => remove(f.name)} />
                </Form.Item>
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', role: t('round.member') })}>
              {t('round.addMember')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

/** Điểm điều tra xã hội học: one aggregate per commune, typed by the council. */
function SurveyTable({ view, editable }: { view: AppraisalView; editable: boolean }) {
  const { t } = useTranslation('appraisal');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const changed = Object.fromEntries(Object.entries(edits).filter(([code, v]) => view.entries.find((e) => e.unit.code === code)?.surveyScore !== v));
  const save = useMutation({
    mutationFn: () => saveSurvey(view.id, changed, keyFor({ id: view.id, changed })),
    onSuccess: (v) => {
      queryClient.setQueryData(['appraisal', view.id], v);
      void queryClient.invalidateQueries({ queryKey: ['appraisal', view.id, 'results'] });
      setEdits({});
      void message.success(t('round.surveySaved'));
    },
  });
  const columns: ColumnsType<EntrySummary> = [
    { title: t('scoring.unit'), key: 'unit', render: (_: unknown, e) => e.unit.name },
    { title: t('scoring.status'), key: 'status', width: 150, render: (_: unknown, e) => <EntryStatusTag status={e.status} /> },
    { title: t('scoring.appraisedTotal'), dataIndex: 'appraisedTotal', width: 120, align: 'right', render: (v: number) => points(v) },
    {
      title: t('round.surveyOf', { max: view.set.surveyMax }),
      key: 'survey',
      width: 170,
      render: (_: unknown, e) =>
        editable ? (
          <InputNumber<number>
            aria-label={t('round.surveyFor', { unit: e.unit.name })}
            decimalSeparator=","
            min={0}
            max={view.set.surveyMax}
            step={0.01}
            precision={2}
            value={e.unit.code in edits ? (edits[e.unit.code] ?? null) : e.surveyScore}
            onChange={(v) => setEdits((s) => ({ ...s, [e.unit.code]: v ?? null }))}
          />
        ) : (
          points(e.surveyScore)
        ),
    },
  ];
  return (
    <>
      <Table<EntrySummary> size="small" rowKey={(e) => e.unit.code} columns={columns} dataSource={view.entries} pagination={false} />
      {editable && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" disabled={Object.keys(changed).length === 0} loading={save.isPending} onClick={() => save.mutate()}>
            {t('round.saveSurvey')}
          </Button>
          {save.error ? <ErrorAlert error={save.error} /> : null}
        </Space>
      )}
    </>
  );
}

/** Đợt thẩm định: the round, its council, the survey scores, publishing and the log. */
export function RoundTab({ district, year, roundId }: { district: string | undefined; year: number; roundId: number | undefined }) {
  const { t } = useTranslation('appraisal');
  const { user } = useSignedIn();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [creating, setCreating] = useState(false);
  const [reopening, setReopening] = useState(false);
  const q = useQuery({ queryKey: ['appraisal', roundId], queryFn: () => getAppraisal(roundId!), enabled: roundId !== undefined });
  const sets = useQuery({ queryKey: ['appraisal-sets', district, year], queryFn: () => listSets({ ...(district ? { unit: district } : {}), year }), enabled: roundId === undefined && !!district });
  const settle = (v: AppraisalView, text: string) => {
    queryClient.setQueryData(['appraisal', v.id], v);
    void queryClient.invalidateQueries({ queryKey: ['appraisals'] });
    void queryClient.invalidateQueries({ queryKey: ['appraisal', v.id, 'results'] });
    void message.success(text);
  };
  const publish = useMutation({ mutationFn: (id: number) => publishAppraisal(id, keyFor({ id, publish: q.data?.history.length })), onSuccess: (v) => settle(v, t('round.published')) });
  const reopen = useMutation({
    mutationFn: (reason: string) => reopenAppraisal(roundId!, reason, keyFor({ id: roundId, reason })),
    onSuccess: (v) => {
      setReopening(false);
      settle(v, t('round.reopened'));
    },
  });
  if (roundId === undefined) {
    const manager = !!district && ROUND_MANAGERS.includes(user.role);
    const hasSet = (sets.data?.items.length ?? 0) > 0;
    return (
      <>
        <Typography.Paragraph type="secondary">{t('noRound', { year })}</Typography.Paragraph>
        {manager && !hasSet && sets.isSuccess && <Alert className="mb" type="warning" showIcon title={t('round.needSet', { year })} />}
        {manager && (
          <Button type="primary" disabled={!hasSet} onClick={() => setCreating(true)}>
            {t('round.createTitle', { year })}
          </Button>
        )}
        {creating && district && <CreateRoundModal district={district} year={year} onClose={() => setCreating(false)} />}
      </>
    );
  }
  const view = q.data;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!view) return null;
  const columns: ColumnsType<CouncilMember> = [
    { title: t('round.f.name'), dataIndex: 'name' },
    { title: t('round.f.role'), dataIndex: 'role' },
    { title: t('round.f.position'), dataIndex: 'position', render: (v: string | null) => v ?? '' },
    { title: t('round.f.username'), dataIndex: 'username', render: (v: string | null) => v ?? '' },
  ];
  const ready = view.entries.every((e) => e.status === 'appraised' && e.surveyScore !== null) && !view.partial;
  return (
    <>
      <Space className="mb" wrap>
        <RoundStatusTag status={view.status} />
        {view.can.publish && view.status === 'open' && (
          <Popconfirm title={t('round.publishConfirm')} okText={t('round.publish')} cancelText={t('cancel')} onConfirm={() => publish.mutate(view.id)}>
            <Button type="primary" loading={publish.isPending}>
              {t('round.publish')}
            </Button>
          </Popconfirm>
        )}
        {view.can.publish && view.status === 'open' && !ready && <Typography.Text type="secondary">{t('round.notReady')}</Typography.Text>}
        {view.can.publish && view.status === 'published' && <Button onClick={() => setReopening(true)}>{t('round.reopen')}</Button>}
      </Space>
      {publish.error ? <ErrorAlert error={publish.error} /> : null}
      <Descriptions size="small" className="mb" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('round.f.title')}>{view.title}</Descriptions.Item>
        <Descriptions.Item label={t('round.district')}>{view.district.name}</Descriptions.Item>
        <Descriptions.Item label={t('round.f.decision')}>{view.decision ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('round.set')}>{view.set.name}</Descriptions.Item>
        {view.publishedAt && <Descriptions.Item label={t('results.publishedAt')}>{`${formatDateTimeVi(view.publishedAt)} · ${view.publishedBy ?? ''}`}</Descriptions.Item>}
        <Descriptions.Item label={t('round.progress')}>
          {t('round.counts', { self: view.counts['self_assessment'] ?? 0, submitted: view.counts['submitted'] ?? 0, appraised: view.counts['appraised'] ?? 0 })}
        </Descriptions.Item>
      </Descriptions>
      {view.note && <Alert className="mb" type="info" showIcon title={view.note} />}
      <Typography.Title level={5}>{t('round.council')}</Typography.Title>
      <Table<CouncilMember> size="small" className="mb" rowKey={(m) => `${m.name}|${m.role}`} columns={columns} dataSource={view.council} pagination={false} />
      <Typography.Title level={5}>{t('round.survey')}</Typography.Title>
      <SurveyTable key={`${view.status}|${view.history.length}`} view={view} editable={view.can.appraise} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('history.title')}
      </Typography.Title>
      <History items={view.history} />
      {reopening && <ReasonModal title={t('round.reopenTitle')} okText={t('round.reopen')} onOk={(r) => reopen.mutate(r)} onClose={() => setReopening(false)} pending={reopen.isPending} error={reopen.error} />}
    </>
  );
}
