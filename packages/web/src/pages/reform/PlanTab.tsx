import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { formatNumberVi, formatPercentVi } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Empty, Form, Input, InputNumber, Modal, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DEMO_DISTRICT } from '../dashboard/periods';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fetchPlanProgress, fetchPlanRollup, getPlan, importPlanXlsx, listPlans, PLAN_TEMPLATE_URL, planExportUrl, replacePlanTask, setPlanWorkStatus } from '../../api/endpoints';
import type { PlanActivityView, PlanOverdueWork, PlanProgress, PlanRate, PlanRollup, PlanTaskView, PlanTasksAndActivities, WorkStatusCode } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { DownloadButton } from '../../components/Download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateReason } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { DeleteButton } from './DeleteButton';
import { ActivityEditModal, CreatePlanForm, TaskEditModal, WorkModal } from './PlanEditor';
import { EvidenceCell, EvidenceModal } from './PlanEvidence';
import { withoutActivity } from './planEditLogic';
import { deletePlanTask, filesOf, listPlanEvidence, type EvidenceFile, type EvidenceTarget } from './reformApi';
import { PLAN_WRITERS, viDate } from './roles';

const STATUS_COLOR: Record<WorkStatusCode, string> = { not_started: 'default', in_progress: 'processing', done: 'success' };
const rateText = (r: PlanRate) => `${formatNumberVi(r.done)}/${formatNumberVi(r.total)} (${r.total ? formatPercentVi(r.done, r.total) : '—'})`;

function rateColumns<T extends PlanTasksAndActivities>(t: (k: string) => string): ColumnsType<T> {
  return [
    { title: t('plan.tasks'), width: 170, render: (_: unknown, r) => rateText(r.tasks) },
    { title: t('plan.activities'), width: 170, render: (_: unknown, r) => rateText(r.activities) },
  ];
}

function OverdueTable({ items }: { items: PlanOverdueWork[] }) {
  const { t } = useTranslation('reform');
  return (
    <Table<PlanOverdueWork>
      size="small"
      rowKey={(o) => `${o.kind}:${o.planId}:${o.taskCode}:${o.code}`}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('plan.noOverdue')} /> }}
      columns={[
        { title: t('plan.col.code'), width: 90, render: (_: unknown, o) => (o.kind === 'task' ? o.code : `${o.taskCode}.${o.code}`) },
        { title: t('plan.col.content'), dataIndex: 'content' },
        { title: t('plan.col.owner'), width: 180, render: (_: unknown, o) => o.owner.name },
        { title: t('plan.col.deadline'), width: 110, render: (_: unknown, o) => viDate(o.deadline) },
        { title: t('stats.daysLate'), width: 100, render: (_: unknown, o) => formatNumberVi(o.daysLate) },
      ]}
    />
  );
}

type Target = { kind: 'task' | 'activity'; id: number; content: string; status: WorkStatusCode; completedOn: string | null; evidence: string | null };

function StatusModal({ planId, target, onClose }: { planId: number; target: Target; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [form] = Form.useForm<{ completedOn: Dayjs; evidence?: string; reopen: boolean }>();
  const reopen = Form.useWatch('reopen', form);
  const mutation = useMutation({
    mutationFn: (v: { completedOn: Dayjs; evidence?: string; reopen: boolean }) => {
      const body = v.reopen
        ? { status: 'in_progress' as const, completedOn: null, evidence: v.evidence?.trim() || null }
        : { status: 'done' as const, completedOn: v.completedOn.format('YYYY-MM-DD'), evidence: v.evidence?.trim() || null };
      return setPlanWorkStatus(planId, target, body, keyFor({ planId, target: [target.kind, target.id], ...body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
      void message.success(t('plan.statusSaved'));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('plan.markDone')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => void form.validateFields().then((v) => mutation.mutate(v), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong>{target.content}</Typography.Paragraph>
      {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ completedOn: target.completedOn ? dayjs(target.completedOn) : dayjs(), evidence: target.evidence ?? undefined, reopen: false }}>
        {target.status === 'done' && (
          <Form.Item name="reopen" valuePropName="checked">
            <Checkbox>{t('plan.reopen')}</Checkbox>
          </Form.Item>
        )}
        {!reopen && (
          <Form.Item name="completedOn" label={t('assignments.f.completedOn')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.Item name="evidence" label={t('plan.evidence')}>
          <Input.TextArea rows={2} placeholder={t('plan.evidenceHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ImportBox({ onImported }: { onImported: (planId: number) => void }) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const [replace, setReplace] = useState(false);
  const mutation = useMutation({
    mutationFn: (file: File) => importPlanXlsx(file, replace, newIdempotencyKey()),
    onSuccess: (r) => {
      void message.success(t('plan.imported', { tasks: formatNumberVi(r.tasks), activities: formatNumberVi(r.activities) }));
      onImported(r.planId);
    },
  });
  const error = mutation.error;
  return (
    <>
      <Space wrap>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            mutation.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={mutation.isPending}>
            {t('plan.import')}
          </Button>
        </Upload>
        <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
          {t('plan.replace')}
        </Checkbox>
      </Space>
      {error instanceof ApiError && error.status === 400 && error.issues.length ? (
        <Alert
          className="mb"
          type="error"
          showIcon
          role="alert"
          title={t('plan.importRejected', { n: error.issues.length })}
          description={
            <ul className="error-details">
              {error.issues.map((i, k) => {
                // The plan import names the spreadsheet row `row` (other imports: `line`).
                const row = (i as { row?: number }).row ?? i.line;
                const reason = translateReason(i.reason, t);
                return <li key={k}>{row !== undefined ? t('plan.issueRow', { row, column: i.field, reason }) : `${i.field}: ${reason}`}</li>;
              })}
            </ul>
          }
        />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : null}
    </>
  );
}

type ByUnit = PlanRollup['byUnit'][number];
type ByArea = PlanProgress['byArea'][number];
type ByOwner = PlanProgress['byOwner'][number];

/** The district's roll-up: its own plan and each commune's, with those without a plan. */
function Rollup({ unit, year, at }: { unit: string; year: number; at: string }) {
  const { t } = useTranslation('reform');
  const rollup = useQuery({ queryKey: ['plans', 'rollup', unit, year, at], queryFn: () => fetchPlanRollup(unit, year, at) });
  const r = rollup.data;
  if (rollup.error) return <ErrorAlert error={rollup.error} />;
  if (!r || r.byUnit.length + r.withoutPlan.length <= 1) return null;
  return (
    <>
      <Typography.Title level={5}>{t('plan.rollup')}</Typography.Title>
      <Typography.Paragraph>
        {t('plan.tasks')}: {rateText(r.tasks)} · {t('plan.activities')}: {rateText(r.activities)}
      </Typography.Paragraph>
      <Table<ByUnit>
        size="small"
        className="mb"
        rowKey={(u) => u.unit.code}
        pagination={false}
        dataSource={r.byUnit}
        columns={[{ title: t('unit'), render: (_: unknown, u) => `${u.unit.name} (${u.documentNumber})` }, ...rateColumns<ByUnit>(t)]}
      />
      {r.withoutPlan.length > 0 && <Alert className="mb" type="warning" showIcon title={t('plan.withoutPlan', { units: r.withoutPlan.map((u) => u.name).join(', ') })} />}
    </>
  );
}

/** Kế hoạch CCHC: the unit's plan of a year, its progress at a date, tasks and activities. */
export function PlanTab({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  // The demo district's plan is 2023, shown as at the seed report's cut-off; elsewhere today.
  const demo = unit === DEMO_DISTRICT || (user.unit.parentCode === DEMO_DISTRICT && unit === user.unit.code);
  // A ceased unit (merged on 01/07/2025) opens on its last year, at its last day.
  const ended = user.unit.validTo && user.unit.validTo < dayjs().format('YYYY-MM-DD') && unit === (deskUnitOf(user) ?? user.unit.code) ? user.unit.validTo : undefined;
  const [year, setYear] = useState(demo ? 2023 : ended ? Number(ended.slice(0, 4)) : new Date().getFullYear());
  const [at, setAt] = useState(demo ? '2023-06-14' : (ended ?? dayjs().format('YYYY-MM-DD')));
  const [target, setTarget] = useState<Target>();
  const [adding, setAdding] = useState<{ task: PlanTaskView | undefined }>();
  const [editingTask, setEditingTask] = useState<PlanTaskView>();
  const [editingActivity, setEditingActivity] = useState<{ task: PlanTaskView; activity: PlanActivityView }>();
  const [evidenceOf, setEvidenceOf] = useState<{ target: EvidenceTarget; title: string }>();
  const writer = PLAN_WRITERS.includes(user.role);
  const plans = useQuery({ queryKey: ['plans', 'list', unit, year], queryFn: () => listPlans(unit, year) });
  const planId = plans.data?.find((p) => p.unit.code === unit)?.id;
  const plan = useQuery({ queryKey: ['plans', 'one', planId], queryFn: () => getPlan(planId!), enabled: planId !== undefined });
  const progress = useQuery({ queryKey: ['plans', 'progress', planId, at], queryFn: () => fetchPlanProgress(planId!, at), enabled: planId !== undefined });
  const evidence = useQuery({ queryKey: ['plans', 'evidence', planId], queryFn: () => listPlanEvidence(planId!), enabled: planId !== undefined });
  const files: EvidenceFile[] = evidence.data?.items ?? [];
  const p = progress.data;
  const refreshPlan = () => queryClient.invalidateQueries({ queryKey: ['plans'] });
  /** "1" for a task, "1.a" for an activity: names the row in buttons' accessible names. */
  const mark = (kind: 'task' | 'activity', w: PlanTaskView | PlanActivityView, code: string) => {
    const label = w.status === 'done' ? t('plan.changeStatus') : t('plan.markDone');
    return (
      <Button size="small" aria-label={`${label}: ${code}`} onClick={() => setTarget({ kind, id: w.id, content: w.content, status: w.status, completedOn: w.completedOn, evidence: w.evidence })}>
        {label}
      </Button>
    );
  };
  const evidenceButton = (target: EvidenceTarget, code: string, content: string) => {
    const n = filesOf(files, target).length;
    return (
      <Button size="small" aria-label={`${t('evidence.title')}: ${code}`} onClick={() => setEvidenceOf({ target, title: `${t('evidence.title')} · ${code}. ${content}` })}>
        {n ? t('evidence.buttonN', { n }) : t('evidence.title')}
      </Button>
    );
  };
  const status = (w: PlanTaskView | PlanActivityView) => (
    <>
      <Tag color={STATUS_COLOR[w.status]}>{t(`status.${w.status}`)}</Tag>
      {w.completedOn && <div className="muted">{viDate(w.completedOn)}</div>}
    </>
  );
  const taskColumns: ColumnsType<PlanTaskView> = [
    { title: t('plan.col.code'), dataIndex: 'code', width: 70 },
    { title: t('plan.col.content'), render: (_: unknown, k) => (<><div>{k.content}</div><div className="muted">{k.areaLabel}{k.expectedOutput ? ` · ${k.expectedOutput}` : ''}</div></>) },
    { title: t('plan.col.owner'), width: 170, render: (_: unknown, k) => k.owner.name },
    { title: t('plan.col.deadline'), width: 110, render: (_: unknown, k) => (k.deadline ? viDate(k.deadline) : t('outcome.no_deadline')) },
    { title: t('plan.col.status'), width: 140, render: (_: unknown, k) => status(k) },
    { title: t('plan.evidence'), width: 180, render: (_: unknown, k) => <EvidenceCell text={k.evidence} files={filesOf(files, { kind: 'task', id: k.id })} /> },
    {
      width: writer ? 250 : 110,
      // The table scrolls sideways below ~1440 px: keep the buttons in view, not behind the scroll.
      fixed: 'right',
      render: (_: unknown, k: PlanTaskView) => (
        <Space size={4} wrap>
          {writer && mark('task', k, k.code)}
          {writer && (
            <Button size="small" aria-label={`${t('edit')}: ${k.code}`} onClick={() => setEditingTask(k)}>
              {t('edit')}
            </Button>
          )}
          {writer && (
            <Button size="small" icon={<PlusOutlined />} aria-label={`${t('planEdit.addActivity')}: ${k.code}`} onClick={() => setAdding({ task: k })}>
              {t('planEdit.addActivity')}
            </Button>
          )}
          {evidenceButton({ kind: 'task', id: k.id }, k.code, k.content)}
          {writer && planId !== undefined && (
            <DeleteButton
              confirm={t('planEdit.deleteTaskConfirm', { code: k.code })}
              ariaLabel={`${t('delete')}: ${k.code}`}
              onConfirm={async (key) => {
                await deletePlanTask(planId, k.id, key);
                await refreshPlan();
              }}
            />
          )}
        </Space>
      ),
    },
  ];
  const activityColumns = (k: PlanTaskView): ColumnsType<PlanActivityView> => [
    { title: t('plan.col.code'), dataIndex: 'code', width: 70 },
    { title: t('plan.col.content'), render: (_: unknown, a) => (<><div>{a.content}</div>{a.expectedOutput && <div className="muted">{a.expectedOutput}</div>}</>) },
    { title: t('plan.col.owner'), width: 170, render: (_: unknown, a) => a.owner?.name ?? '' },
    { title: t('plan.col.deadline'), width: 110, render: (_: unknown, a) => viDate(a.deadline) },
    { title: t('plan.col.status'), width: 140, render: (_: unknown, a) => status(a) },
    { title: t('plan.evidence'), width: 180, render: (_: unknown, a) => <EvidenceCell text={a.evidence} files={filesOf(files, { kind: 'activity', id: a.id })} /> },
    {
      width: writer ? 250 : 110,
      render: (_: unknown, a: PlanActivityView) => (
        <Space size={4} wrap>
          {writer && mark('activity', a, `${k.code}.${a.code}`)}
          {writer && (
            <Button size="small" aria-label={`${t('edit')}: ${k.code}.${a.code}`} onClick={() => setEditingActivity({ task: k, activity: a })}>
              {t('edit')}
            </Button>
          )}
          {evidenceButton({ kind: 'activity', id: a.id }, `${k.code}.${a.code}`, a.content)}
          {writer && planId !== undefined && (
            <DeleteButton
              confirm={t('planEdit.deleteActivityConfirm', { code: `${k.code}.${a.code}` })}
              ariaLabel={`${t('delete')}: ${k.code}.${a.code}`}
              onConfirm={async (key) => {
                await replacePlanTask(planId, k.id, withoutActivity(k, a.code), key);
                await refreshPlan();
              }}
            />
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space className="mb" wrap>
        <Typography.Text>{t('plan.year')}</Typography.Text>
        <InputNumber<number> aria-label={t('plan.year')} min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} style={{ width: 96 }} />
        <Typography.Text>{t('plan.at')}</Typography.Text>
        <DatePicker aria-label={t('plan.at')} format="DD/MM/YYYY" allowClear={false} value={dayjs(at)} onChange={(d) => d && setAt(d.format('YYYY-MM-DD'))} />
        <DownloadButton url={PLAN_TEMPLATE_URL}>{t('plan.template')}</DownloadButton>
        {planId !== undefined && <DownloadButton url={planExportUrl(planId)}>{t('plan.export')}</DownloadButton>}
      </Space>
      {writer && (
        <div className="mb">
          <ImportBox onImported={() => void queryClient.invalidateQueries({ queryKey: ['plans'] })} />
        </div>
      )}
      {plans.error ? <ErrorAlert error={plans.error} /> : null}
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
      {plans.data && planId === undefined && <Empty className="mb" description={t('plan.none', { year })} />}
      {writer && plans.data && planId === undefined && (
        <CreatePlanForm key={`${unit}:${year}`} unit={unit} year={year} onCreated={() => void queryClient.invalidateQueries({ queryKey: ['plans'] })} />
      )}
      {p && (
        <div data-testid="plan-progress">
          <Typography.Paragraph>
            {t('plan.header', { number: p.plan.documentNumber, date: viDate(p.plan.documentDate), title: p.plan.title })}
          </Typography.Paragraph>
          <div className="stat-grid">
            <Statistic title={t('plan.tasksDone')} value={`${formatNumberVi(p.tasks.done)}/${formatNumberVi(p.tasks.total)}`} suffix={<small>({p.tasks.total ? formatPercentVi(p.tasks.done, p.tasks.total) : '—'})</small>} />
            <Statistic title={t('plan.activitiesDone')} value={`${formatNumberVi(p.activities.done)}/${formatNumberVi(p.activities.total)}`} suffix={<small>({p.activities.total ? formatPercentVi(p.activities.done, p.activities.total) : '—'})</small>} />
            <Statistic title={t('plan.overdueN')} value={formatNumberVi(p.overdue.length)} styles={{ content: { color: p.overdue.length ? '#cf1322' : undefined } }} />
          </div>
          <Typography.Title level={5}>{t('plan.byArea')}</Typography.Title>
          <Table<ByArea> size="small" className="mb" rowKey="area" pagination={false} dataSource={p.byArea} columns={[{ title: t('plan.area'), dataIndex: 'label' }, ...rateColumns<ByArea>(t)]} />
          <Typography.Title level={5}>{t('plan.byOwner')}</Typography.Title>
          <Table<ByOwner> size="small" className="mb" rowKey={(o) => o.owner.code} pagination={false} dataSource={p.byOwner} columns={[{ title: t('plan.col.owner'), render: (_: unknown, o) => o.owner.name }, ...rateColumns<ByOwner>(t)]} />
          <Typography.Title level={5}>{t('plan.overdue', { at: viDate(p.at) })}</Typography.Title>
          <OverdueTable items={p.overdue} />
        </div>
      )}
      <Rollup unit={unit} year={year} at={at} />
      {plan.data && (
        <>
          <Space className="mb" wrap align="center">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('plan.taskList')}
            </Typography.Title>
            {writer && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding({ task: undefined })}>
                {t('planEdit.addTask')}
              </Button>
            )}
          </Space>
          <Table<PlanTaskView>
            data-testid="plan-tasks"
            size="small"
            rowKey="id"
            dataSource={plan.data.tasks}
            columns={taskColumns}
            scroll={{ x: 1200 }}
            pagination={{ pageSize: 20 }}
            expandable={{
              rowExpandable: (k) => k.activities.length > 0,
              expandedRowRender: (k) => <Table<PlanActivityView> size="small" rowKey="id" pagination={false} dataSource={k.activities} columns={activityColumns(k)} />,
            }}
          />
        </>
      )}
      {adding && planId !== undefined && <WorkModal planId={planId} unit={unit} task={adding.task} taskCodes={plan.data?.tasks.map((k) => k.code) ?? []} onClose={() => setAdding(undefined)} />}
      {target && planId !== undefined && <StatusModal planId={planId} target={target} onClose={() => setTarget(undefined)} />}
      {editingTask && planId !== undefined && (
        <TaskEditModal planId={planId} unit={unit} task={editingTask} taskCodes={plan.data?.tasks.map((k) => k.code) ?? []} onClose={() => setEditingTask(undefined)} />
      )}
      {editingActivity && planId !== undefined && (
        <ActivityEditModal planId={planId} unit={unit} task={editingActivity.task} activity={editingActivity.activity} onClose={() => setEditingActivity(undefined)} />
      )}
      {evidenceOf && planId !== undefined && (
        <EvidenceModal planId={planId} target={evidenceOf.target} title={evidenceOf.title} files={filesOf(files, evidenceOf.target)} writer={writer} onClose={() => setEvidenceOf(undefined)} />
      )}
    </>
  );
}
