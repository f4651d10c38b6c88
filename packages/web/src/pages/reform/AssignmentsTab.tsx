import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { formatNumberVi, formatPercentVi, type Role } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Empty, Form, Input, InputNumber, List, Radio, Segmented, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createAssignment,
  fetchAssignmentReminders,
  listAssignments,
  reportAssignmentProgress,
  updateAssignment,
} from '../../api/endpoints';
import type {
  AssignmentIssuer,
  AssignmentOutcome,
  AssignmentProgressBody,
  AssignmentView,
  CreateAssignmentBody,
  ReminderItem,
  WorkStatusCode,
} from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { PeriodPicker } from '../dashboard/PeriodPicker';
import { defaultSelectionFor, periodDates, periodQuery, type PeriodSelection } from '../dashboard/periods';
import { DeleteButton } from './DeleteButton';
import { day, iso } from './formDates';
import { deleteAssignment, fetchScopedAssignmentStats, STATS_SCOPES, type ScopedStatItem, type StatsScope, type UnitStatCounts } from './reformApi';
import { ASSIGNMENT_REPORTERS, ASSIGNMENT_WRITERS, viDate } from './roles';
import { UnitSelect } from './UnitSelect';

const ISSUERS: AssignmentIssuer[] = ['province_committee', 'province_chairman', 'other'];
const STATUSES: WorkStatusCode[] = ['not_started', 'in_progress', 'done'];
const OUTCOME_COLOR: Record<AssignmentOutcome, string> = { no_deadline: 'blue', on_time: 'green', late: 'orange', overdue: 'red', not_due: 'default' };
const STATUS_COLOR: Record<WorkStatusCode, string> = { not_started: 'default', in_progress: 'processing', done: 'success' };
const noFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

interface RegisterShape {
  sourceNumber: string;
  sourceDate: Dayjs;
  issuer: AssignmentIssuer;
  issuerName?: string;
  content: string;
  regular: boolean;
  deadline?: Dayjs;
  leadUnit: string;
  assignee?: string;
}

function RegisterModal({ unit, editing, onClose }: { unit: string; editing: AssignmentView | undefined; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RegisterShape>();
  const keyFor = useIdempotencyKey();
  const issuer = Form.useWatch('issuer', form);
  const regular = Form.useWatch('regular', form);
  const mutation = useMutation({
    mutationFn: (v: RegisterShape) => {
      const body: CreateAssignmentBody = {
        unit,
        sourceNumber: v.sourceNumber.trim(),
        sourceDate: iso(v.sourceDate)!,
        issuer: v.issuer,
        issuerName: v.issuer === 'other' ? (v.issuerName?.trim() ?? null) : null,
        content: v.content.trim(),
        deadline: v.regular ? null : iso(v.deadline),
        leadUnit: v.leadUnit,
        assignee: v.assignee?.trim() || null,
      };
      if (!editing) return createAssignment(body, keyFor(body));
      const { unit: _u, ...patch } = body;
      return updateAssignment(editing.id, patch, keyFor({ id: editing.id, ...patch }));
    },
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void message.success(t(editing ? 'assignments.updated' : 'assignments.created', { id: a.id }));
      onClose();
    },
  });
  const required = { required: true, message: t('required') };
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={editing ? t('assignments.edit') : t('assignments.register')}
      width={720}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      formProps={{
        initialValues: editing
          ? {
              sourceNumber: editing.sourceNumber,
              sourceDate: dayjs(editing.sourceDate),
              issuer: editing.issuer,
              issuerName: editing.issuerName ?? undefined,
              content: editing.content,
              regular: editing.deadline === null,
              deadline: day(editing.deadline),
              leadUnit: editing.leadUnit.code,
              assignee: editing.assignee ?? undefined,
            }
          : { issuer: 'province_committee', regular: false, leadUnit: unit },
      }}
    >
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="sourceNumber" label={t('assignments.f.sourceNumber')} rules={[required]} style={{ flex: 1 }}>
          <Input placeholder="215/UBND-NC1" />
        </Form.Item>
        <Form.Item name="sourceDate" label={t('assignments.f.sourceDate')} rules={[required]} style={{ width: 200 }}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="issuer" label={t('assignments.f.issuer')} rules={[required]}>
        <Radio.Group optionType="button" options={ISSUERS.map((i) => ({ value: i, label: t(`issuer.${i}`) }))} />
      </Form.Item>
      {issuer === 'other' && (
        <Form.Item name="issuerName" label={t('assignments.f.issuerName')} rules={[required]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="content" label={t('assignments.f.content')} rules={[required, { max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item name="regular" valuePropName="checked" label={t('assignments.f.deadlineKind')}>
          <Checkbox>{t('assignments.regular')}</Checkbox>
        </Form.Item>
        {!regular && (
          <Form.Item
            name="deadline"
            label={t('assignments.f.deadline')}
            dependencies={['sourceDate']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_r, v: Dayjs | undefined) => {
                  const from = getFieldValue('sourceDate') as Dayjs | undefined;
                  return v && from && v.isBefore(from, 'day') ? Promise.reject(new Error(t('assignments.deadlineBeforeSource'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="leadUnit" label={t('assignments.f.leadUnit')} rules={[required]}>
        <UnitSelect unit={unit} />
      </Form.Item>
      <Form.Item name="assignee" label={t('assignments.f.assignee')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

interface ProgressShape {
  note?: string;
  status: WorkStatusCode;
  completedOn?: Dayjs;
  reportNumber?: string;
  reportDate?: Dayjs;
}

function ProgressModal({ task, onClose }: { task: AssignmentView; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProgressShape>();
  const keyFor = useIdempotencyKey();
  const status = Form.useWatch('status', form);
  const mutation = useMutation({
    mutationFn: (v: ProgressShape) => {
      const body: AssignmentProgressBody = {};
      if (v.note?.trim()) body.note = v.note.trim();
      if (v.status !== task.status) body.status = v.status;
      const completedOn = v.status === 'done' ? iso(v.completedOn) : null;
      if (completedOn !== task.completedOn && v.status === 'done') body.completedOn = completedOn;
      const reportNumber = v.reportNumber?.trim() || null;
      if (reportNumber !== task.reportNumber) body.reportNumber = reportNumber;
      const reportDate = iso(v.reportDate);
      if (reportDate !== task.reportDate) body.reportDate = reportDate;
      return reportAssignmentProgress(task.id, body, keyFor({ id: task.id, ...body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void message.success(t('assignments.progressSaved'));
      onClose();
    },
  });
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={t('assignments.progressTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      intro={
        <Typography.Paragraph>
          <strong>{task.content}</strong>
          <br />
          <span className="muted">
            {task.source} · {t('assignments.f.deadline')}: {task.deadlineLabel}
          </span>
        </Typography.Paragraph>
      }
      formProps={{ initialValues: { status: task.status, completedOn: day(task.completedOn), reportNumber: task.reportNumber ?? undefined, reportDate: day(task.reportDate) } }}
    >
      <Form.Item name="note" label={t('assignments.f.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="status" label={t('assignments.f.status')}>
        <Radio.Group options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </Form.Item>
      {status === 'done' && (
        <Form.Item name="completedOn" label={t('assignments.f.completedOn')} rules={[{ required: true, message: t('assignments.completedRequired') }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={noFuture} />
        </Form.Item>
      )}
      <Space wrap>
        <Form.Item name="reportNumber" label={t('assignments.f.reportNumber')}>
          <Input />
        </Form.Item>
        <Form.Item name="reportDate" label={t('assignments.f.reportDate')}>
          <DatePicker format="DD/MM/YYYY" disabledDate={noFuture} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

/** The list of assigned tasks (exported for its test). */
export function AssignmentTable({
  rows,
  loading,
  role,
  onEdit,
  onProgress,
  onDelete,
}: {
  rows: AssignmentView[];
  loading: boolean;
  role: Role;
  onEdit: (a: AssignmentView) => void;
  onProgress: (a: AssignmentView) => void;
  /** Deletes a task (writers only); the table asks for confirmation first. */
  onDelete?: (a: AssignmentView, idempotencyKey: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('reform');
  const writer = ASSIGNMENT_WRITERS.includes(role);
  const reporter = ASSIGNMENT_REPORTERS.includes(role);
  const columns: ColumnsType<AssignmentView> = [
    {
      title: t('assignments.col.source'),
      width: 220,
      render: (_: unknown, a) => (
        <>
          <div>{a.sourceNumber}</div>
          <div className="muted">
            {viDate(a.sourceDate)} · {a.issuer === 'other' ? a.issuerName : t(`issuer.${a.issuer}`)}
          </div>
        </>
      ),
    },
    { title: t('assignments.col.content'), dataIndex: 'content' },
    { title: t('assignments.col.deadline'), dataIndex: 'deadlineLabel', width: 120 },
    { title: t('assignments.col.leadUnit'), width: 180, render: (_: unknown, a) => a.leadUnit.name },
    {
      title: t('assignments.col.status'),
      width: 170,
      render: (_: unknown, a) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLOR[a.status]}>{t(`status.${a.status}`)}</Tag>
          <Tag color={OUTCOME_COLOR[a.outcome]}>{t(`outcome.${a.outcome}`)}</Tag>
        </Space>
      ),
    },
    { title: t('assignments.col.completedOn'), width: 120, render: (_: unknown, a) => viDate(a.completedOn) },
    {
      width: 170,
      render: (_: unknown, a) => (
        <Space size={4} wrap>
          {reporter && (
            <Button size="small" type="primary" ghost onClick={() => onProgress(a)} aria-label={`${t('assignments.report')}: ${a.content}`}>
              {t('assignments.report')}
            </Button>
          )}
          {writer && (
            <Button size="small" onClick={() => onEdit(a)}>
              {t('edit')}
            </Button>
          )}
          {writer && onDelete && (
            <DeleteButton
              confirm={t('assignments.deleteConfirm')}
              description={a.content.length > 120 ? `${a.content.slice(0, 120)}…` : a.content}
              ariaLabel={`${t('delete')}: ${a.content}`}
              onConfirm={(key) => onDelete(a, key)}
            />
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<AssignmentView>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 20 }}
      expandable={{
        rowExpandable: (a) => a.notes.length > 0 || !!a.reportNumber || !!a.assignee,
        expandedRowRender: (a) => (
          <div>
            {a.assignee && (
              <div>
                {t('assignments.f.assignee')}: {a.assignee}
              </div>
            )}
            {a.reportNumber && (
              <div>
                {t('assignments.f.reportNumber')}: {a.reportNumber} {a.reportDate ? `(${viDate(a.reportDate)})` : ''}
              </div>
            )}
            <List
              size="small"
              dataSource={a.notes}
              renderItem={(n) => (
                <List.Item>
                  <span className="muted">
                    {formatDateTimeVi(n.at)} · {n.author}
                  </span>
                  : {n.note}
                </List.Item>
              )}
            />
          </div>
        ),
      }}
    />
  );
}

function ListPane({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  const isDepartment = user.unit.level === 'department';
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [mine, setMine] = useState(isDepartment);
  const [range, setRange] = useState<[string, string]>();
  const [editing, setEditing] = useState<AssignmentView | 'new'>();
  const [progress, setProgress] = useState<AssignmentView>();
  const query = { unit, q: q || undefined, open: open || undefined, mine: mine || undefined, from: range?.[0], to: range?.[1], limit: 500, offset: 0 };
  const list = useQuery({ queryKey: ['assignments', 'list', query], queryFn: () => listAssignments(query) });
  return (
    <>
      <Space className="mb" wrap>
        {ASSIGNMENT_WRITERS.includes(user.role) && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('assignments.register')}
          </Button>
        )}
        <Input.Search allowClear placeholder={t('assignments.search')} onSearch={setQ} style={{ width: 300 }} />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          aria-label={t('assignments.sourceRange')}
          placeholder={[t('assignments.sourceFrom'), t('assignments.sourceTo')]}
          onChange={(d) => setRange(d?.[0] && d[1] ? [d[0].format('YYYY-MM-DD'), d[1].format('YYYY-MM-DD')] : undefined)}
        />
        <Checkbox checked={open} onChange={(e) => setOpen(e.target.checked)}>
          {t('assignments.openOnly')}
        </Checkbox>
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
          {t('assignments.mine')}
        </Checkbox>
        {list.data && <Typography.Text type="secondary">{t('assignments.total', { n: formatNumberVi(list.data.total) })}</Typography.Text>}
      </Space>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <AssignmentTable
        rows={list.data?.items ?? []}
        loading={list.isLoading}
        role={user.role}
        onEdit={setEditing}
        onProgress={setProgress}
        onDelete={async (a, key) => {
          await deleteAssignment(a.id, key);
          await queryClient.invalidateQueries({ queryKey: ['assignments'] });
        }}
      />
      {editing && <RegisterModal unit={unit} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {progress && <ProgressModal task={progress} onClose={() => setProgress(undefined)} />}
    </>
  );
}

function RemindersPane({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  const [within, setWithin] = useState(3);
  const reminders = useQuery({ queryKey: ['assignments', 'reminders', unit, within], queryFn: () => fetchAssignmentReminders(unit, within) });
  const columns: ColumnsType<ReminderItem> = [
    {
      title: t('reminders.col.state'),
      width: 130,
      render: (_: unknown, r) => <Tag color={r.state === 'overdue' ? 'red' : 'gold'}>{t(`reminders.state.${r.state}`)}</Tag>,
    },
    { title: t('assignments.col.content'), render: (_: unknown, r) => (<><div>{r.content}</div><div className="muted">{r.source}</div></>) },
    { title: t('assignments.col.deadline'), width: 110, render: (_: unknown, r) => viDate(r.deadline) },
    {
      title: t('reminders.col.days'),
      width: 170,
      render: (_: unknown, r) =>
        r.workingDaysLeft < 0 ? t('reminders.late', { n: formatNumberVi(-r.workingDaysLeft) }) : t('reminders.left', { n: formatNumberVi(r.workingDaysLeft) }),
    },
    { title: t('assignments.col.leadUnit'), width: 170, render: (_: unknown, r) => r.leadUnit.name },
    { title: t('reminders.col.notify'), width: 200, render: (_: unknown, r) => r.notify.join(', ') },
    {
      title: t('reminders.col.escalate'),
      width: 200,
      render: (_: unknown, r) => (r.escalate ? r.escalateTo.map((l) => l.fullName).join(', ') || t('reminders.leaders') : '—'),
    },
  ];
  return (
    <>
      <Space className="mb" wrap>
        <Typography.Text>{t('reminders.within')}</Typography.Text>
        <InputNumber<number> aria-label={t('reminders.within')} min={0} max={60} value={within} onChange={(v) => v !== null && setWithin(v)} />
        {reminders.data && <Typography.Text type="secondary">{t('reminders.horizon', { at: viDate(reminders.data.at), horizon: viDate(reminders.data.horizon) })}</Typography.Text>}
      </Space>
      {reminders.error ? <ErrorAlert error={reminders.error} /> : null}
      <Table<ReminderItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={reminders.data?.items ?? []}
        loading={reminders.isLoading}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: <Empty description={t('reminders.none')} /> }}
      />
    </>
  );
}

function StatItems({ title, items, late, byUnit }: { title: string; items: ScopedStatItem[]; late: boolean; byUnit: boolean }) {
  const { t } = useTranslation('reform');
  if (items.length === 0) return null;
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<ScopedStatItem>
        size="small"
        rowKey="id"
        pagination={false}
        className="mb"
        dataSource={items}
        columns={[
          ...(byUnit ? [{ title: t('unit'), width: 170, render: (_: unknown, i: ScopedStatItem) => i.unit.name }] : []),
          { title: t('assignments.col.content'), render: (_: unknown, i) => (<><div>{i.content}</div><div className="muted">{i.source}</div></>) },
          { title: t('assignments.col.leadUnit'), width: 180, render: (_: unknown, i) => i.leadUnit.name },
          { title: t('assignments.col.deadline'), width: 110, render: (_: unknown, i) => viDate(i.deadline) },
          ...(late ? [{ title: t('assignments.col.completedOn'), width: 120, render: (_: unknown, i: ScopedStatItem) => viDate(i.completedOn) }] : []),
          { title: t('stats.daysLate'), width: 110, render: (_: unknown, i) => formatNumberVi(i.daysLate) },
        ]}
      />
    </>
  );
}

/** The counts of each committee of the roll-up (the district and/or each commune). */
function ByUnitTable({ rows }: { rows: UnitStatCounts[] }) {
  const { t } = useTranslation('reform');
  const n = (v: number) => formatNumberVi(v);
  return (
    <>
      <Typography.Title level={5}>{t('stats.byUnit')}</Typography.Title>
      <Table<UnitStatCounts>
        size="small"
        className="mb"
        rowKey={(r) => r.unit.code}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={rows}
        scroll={{ x: 800 }}
        columns={[
          { title: t('unit'), render: (_: unknown, r) => r.unit.name },
          { title: t('stats.total'), width: 110, align: 'right', render: (_: unknown, r) => n(r.total) },
          { title: t('stats.withDeadline'), width: 110, align: 'right', render: (_: unknown, r) => n(r.withDeadline) },
          { title: t('stats.onTime'), width: 130, align: 'right', render: (_: unknown, r) => n(r.onTime) },
          { title: t('stats.late'), width: 130, align: 'right', render: (_: unknown, r) => n(r.late) },
          { title: t('stats.overdue'), width: 130, align: 'right', render: (_: unknown, r) => n(r.overdue) },
          { title: t('stats.notDue'), width: 110, align: 'right', render: (_: unknown, r) => n(r.notDue) },
        ]}
      />
    </>
  );
}

function StatsPane({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  const { user } = useSignedIn();
  const [sel, setSel] = useState<PeriodSelection>(() => defaultSelectionFor(user, unit, vnLocalDate()));
  const [scope, setScope] = useState<StatsScope>('self');
  const valid = periodDates(sel) !== undefined;
  const stats = useQuery({
    queryKey: ['assignments', 'stats', unit, periodQuery(sel), scope],
    queryFn: () => fetchScopedAssignmentStats(unit, periodQuery(sel), scope),
    enabled: valid,
  });
  const s = stats.data;
  const rate = (n: number) => (s && s.withDeadline > 0 ? formatPercentVi(n, s.withDeadline) : '—');
  return (
    <>
      <Space className="mb" wrap align="center">
        <PeriodPicker value={sel} onChange={setSel} />
        <Segmented<StatsScope>
          aria-label={t('stats.scope')}
          value={scope}
          onChange={setScope}
          options={STATS_SCOPES.map((k) => ({ value: k, label: t(`stats.scopes.${k}`) }))}
        />
      </Space>
      {stats.error ? <ErrorAlert error={stats.error} /> : null}
      {s && (
        <div data-testid="assignment-stats">
          <div className="stat-grid">
            <Statistic title={t('stats.total')} value={formatNumberVi(s.total)} />
            <Statistic title={t('stats.withDeadline')} value={formatNumberVi(s.withDeadline)} />
            <Statistic title={t('stats.withoutDeadline')} value={formatNumberVi(s.withoutDeadline)} />
            <Statistic title={t('stats.onTime')} value={formatNumberVi(s.onTime.count)} suffix={<small>({rate(s.onTime.count)})</small>} />
            <Statistic title={t('stats.late')} value={formatNumberVi(s.late.count)} suffix={<small>({rate(s.late.count)})</small>} styles={{ content: { color: s.late.count ? '#d46b08' : undefined } }} />
            <Statistic title={t('stats.overdue')} value={formatNumberVi(s.overdue.count)} suffix={<small>({rate(s.overdue.count)})</small>} styles={{ content: { color: s.overdue.count ? '#cf1322' : undefined } }} />
            <Statistic title={t('stats.notDue')} value={formatNumberVi(s.notDue.count)} suffix={<small>({rate(s.notDue.count)})</small>} />
          </div>
          {s.scope !== 'self' && <ByUnitTable rows={s.byUnit} />}
          <StatItems title={t('stats.lateItems')} items={s.lateItems} late byUnit={s.scope !== 'self'} />
          <StatItems title={t('stats.overdueItems')} items={s.overdueItems} late={false} byUnit={s.scope !== 'self'} />
        </div>
      )}
    </>
  );
}

/** Nhiệm vụ được giao: register, list, progress, reminders and period statistics. */
export function AssignmentsTab({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  return (
    <Tabs
      size="small"
      destroyOnHidden
      items={[
        { key: 'list', label: t('assignments.tabList'), children: <ListPane unit={unit} /> },
        { key: 'reminders', label: t('assignments.tabReminders'), children: <RemindersPane unit={unit} /> },
        { key: 'stats', label: t('assignments.tabStats'), children: <StatsPane unit={unit} /> },
      ]}
    />
  );
}
