import { formatNumberVi, type Role } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, DatePicker, Empty, Form, Input, InputNumber, Segmented, Select, Space, Statistic, Table, Tag, Typography, type FormInstance } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createCommunication,
  createInitiative,
  createInspectionPlan,
  createReformDocument,
  fetchInspectionSummary,
  fetchReformDocumentCounts,
  listCommunications,
  listInitiatives,
  listInspectionPlans,
  listReformDocuments,
  updateInitiative,
  updateInspectionTarget,
  updateReformDocument,
} from '../../api/endpoints';
import {
  COMMUNICATION_CHANNELS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  REFORM_DOCUMENT_TYPES,
  type CommunicationBody,
  type CommunicationChannel,
  type CommunicationView,
  type InitiativeBody,
  type InitiativeKind,
  type InitiativeStatus,
  type InitiativeView,
  type InspectionPlanBody,
  type InspectionPlanView,
  type InspectionTargetPatch,
  type InspectionTargetView,
  type ReformDocumentBody,
  type ReformDocumentType,
  type ReformDocumentView,
  type ReformRecordQuery,
} from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { vnLocalDate } from '../../lib/format';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { PeriodPicker } from '../dashboard/PeriodPicker';
import { defaultSelectionFor, periodDates, periodQuery, type PeriodSelection } from '../dashboard/periods';
import { DeleteButton } from './DeleteButton';
import { day, iso } from './formDates';
import { deleteCommunication, deleteInitiative, deleteInspectionPlan, deleteReformDocument, updateCommunication } from './reformApi';
import { clean, diffPatch, DOCUMENT_NUMBER, HTTP_URL } from './recordsLogic';
import { RECORD_WRITERS, viDate } from './roles';
import { UnitSelect } from './UnitSelect';

const SECTIONS = ['documents', 'inspections', 'initiatives', 'communications'] as const;
type Section = (typeof SECTIONS)[number];
const INIT_STATUS_COLOR: Record<InitiativeStatus, string> = { registered: 'blue', in_progress: 'processing', evaluated: 'green', replicated: 'purple', dropped: 'default' };
/** antd's Statistic splits "1.234" at the dot as if decimal: format the number in the formatter instead. */
const viNumber = (v: number | string) => formatNumberVi(Number(v));
const num = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumberVi(n));

/** Deletes through `remove`, then refreshes every reform-record list and count. */
function useRemover() {
  const queryClient = useQueryClient();
  return (remove: (key: string) => Promise<unknown>) => async (key: string) => {
    await remove(key);
    await queryClient.invalidateQueries({ queryKey: ['reform-records'] });
  };
}

/** A writer's "Sửa" and "Xóa" of one record row; the deletion refreshes the lists and counts. */
function RowActions({ name, onEdit, confirm, description, onDelete }: { name: string; onEdit: () => void; confirm: string; description?: string; onDelete: (key: string) => Promise<unknown> }) {
  const { t } = useTranslation('reform');
  const remover = useRemover();
  return (
    <Space size={4}>
      <Button size="small" onClick={onEdit} aria-label={`${t('edit')}: ${name}`}>
        {t('edit')}
      </Button>
      <DeleteButton confirm={confirm} {...(description ? { description } : {})} ariaLabel={`${t('delete')}: ${name}`} onConfirm={remover(onDelete)} />
    </Space>
  );
}

/** The last column of a record table: the row's actions, for writers only. */
const actionsColumn = <T,>(writer: boolean, render: (row: T) => ReactNode): ColumnsType<T> => (writer ? [{ width: 150, render: (_: unknown, row: T) => render(row) }] : []);

/** The primary "new record" button above a section's table. */
function NewRecordButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="mb">
      <Button type="primary" onClick={onClick}>
        {label}
      </Button>
    </div>
  );
}

/** A section's table of records: 20 a page, `empty` when there are none. */
function RecordTable<T extends object>({ columns, rows, loading, scrollX, empty }: { columns: ColumnsType<T>; rows: T[]; loading: boolean; scrollX: number; empty: string }) {
  return (
    <Table<T>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: scrollX }}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: <Empty description={empty} /> }}
    />
  );
}

/**
 * A create/edit dialog: `submit` gets the validated values and an Idempotency-Key maker (one key
 * per intended body, reused on retry); it returns undefined when there is nothing to send.
 */
function RecordModal<T extends object>({
  title,
  width = 640,
  initialValues,
  submit,
  created,
  onClose,
  children,
}: {
  title: string;
  width?: number;
  initialValues: { [K in keyof T]?: T[K] | undefined };
  submit: (v: T, keyFor: (body: unknown) => string) => Promise<unknown> | undefined;
  created: boolean;
  onClose: () => void;
  children: (form: FormInstance<T>) => ReactNode;
}) {
  const { t } = useTranslation('reform');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<T>();
  const keyFor = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: async (v: T) => {
      const p = submit(v, keyFor);
      return p ? ((await p) ?? null) : undefined;
    },
    onSuccess: (r) => {
      if (r !== undefined) {
        void queryClient.invalidateQueries({ queryKey: ['reform-records'] });
        void message.success(t(created ? 'records.created' : 'records.updated'));
      }
      onClose();
    },
  });
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={title}
      width={width}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      formProps={{ initialValues }}
    >
      {children(form)}
    </FormModal>
  );
}

/** The required "số/ký hiệu" (checked like the server's) and "ngày ban hành" of a document or an inspection plan. */
function NumberAndDate({ section, placeholder }: { section: 'doc' | 'insp'; placeholder: string }) {
  const { t } = useTranslation('reform');
  const required = { required: true, message: t('required') };
  return (
    <div style={{ display: 'flex', gap: 12 }}>
      <Form.Item name="number" label={t(`records.${section}.f.number`)} rules={[required, { pattern: DOCUMENT_NUMBER, message: t('records.numberFormat') }]} style={{ flex: 1 }}>
        <Input placeholder={placeholder} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t(`records.${section}.f.issuedOn`)} rules={[required]} style={{ width: 200 }}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
    </div>
  );
}

// ———————————————————————————— directing documents

interface DocumentShape {
  number: string;
  issuedOn: Dayjs;
  type: ReformDocumentType;
  excerpt: string;
  link?: string;
  note?: string;
}

function DocumentModal({ unit, editing, onClose }: { unit: string; editing: ReformDocumentView | undefined; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const required = { required: true, message: t('required') };
  return (
    <RecordModal<DocumentShape>
      title={editing ? t('records.doc.edit') : t('records.doc.new')}
      created={!editing}
      onClose={onClose}
      initialValues={
        editing
          ? { number: editing.number, issuedOn: dayjs(editing.issuedOn), type: editing.type, excerpt: editing.excerpt, link: editing.link ?? undefined, note: editing.note ?? undefined }
          : { type: 'plan' }
      }
      submit={(v, keyFor) => {
        const link = clean(v.link);
        const note = clean(v.note);
        if (!editing) {
          const body: ReformDocumentBody = { unit, number: v.number.trim(), issuedOn: iso(v.issuedOn)!, type: v.type, excerpt: v.excerpt.trim(), ...(link ? { link } : {}), ...(note ? { note } : {}) };
          return createReformDocument(body, keyFor(body));
        }
        const patch = diffPatch(editing, { number: v.number.trim(), issuedOn: iso(v.issuedOn)!, type: v.type, excerpt: v.excerpt.trim(), link: link ?? null, note: note ?? null });
        if (Object.keys(patch).length === 0) return undefined;
        return updateReformDocument(editing.id, patch, keyFor({ id: editing.id, ...patch }));
      }}
    >
      {() => (
        <>
          <NumberAndDate section="doc" placeholder="111/KH-UBND" />
          <Form.Item name="type" label={t('records.doc.f.type')} rules={[required]}>
            <Select options={REFORM_DOCUMENT_TYPES.map((k) => ({ value: k, label: t(`records.docType.${k}`) }))} />
          </Form.Item>
          <Form.Item name="excerpt" label={t('records.doc.f.excerpt')} rules={[required, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="link" label={t('records.doc.f.link')} rules={[{ pattern: HTTP_URL, message: t('records.urlFormat') }, { max: 2000 }]}>
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item name="note" label={t('records.doc.f.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}

/** Directing documents of the unit in the period, with counts by type (exported for its test). */
export function DocumentsPane({ query, role, enabled = true }: { query: ReformRecordQuery; role: Role; enabled?: boolean }) {
  const { t } = useTranslation('reform');
  const writer = RECORD_WRITERS.includes(role);
  const [editing, setEditing] = useState<ReformDocumentView | 'new'>();
  const list = useQuery({ queryKey: ['reform-records', 'documents', query], queryFn: () => listReformDocuments({ ...query, limit: 1000 }), enabled });
  const counts = useQuery({ queryKey: ['reform-records', 'document-counts', query], queryFn: () => fetchReformDocumentCounts(query), enabled });
  const c = counts.data;
  const columns: ColumnsType<ReformDocumentView> = [
    { title: t('records.doc.col.number'), dataIndex: 'display', width: 240 },
    { title: t('records.doc.col.type'), width: 130, render: (_: unknown, d) => <Tag>{t(`records.docType.${d.type}`)}</Tag> },
    { title: t('records.doc.col.excerpt'), dataIndex: 'excerpt' },
    {
      title: t('records.doc.col.link'),
      width: 90,
      render: (_: unknown, d) =>
        d.link ? (
          <a href={d.link} target="_blank" rel="noopener noreferrer">
            {t('records.link')}
          </a>
        ) : null,
    },
    ...actionsColumn<ReformDocumentView>(writer, (d) => (
      <RowActions name={d.number} onEdit={() => setEditing(d)} confirm={t('records.doc.deleteConfirm', { display: d.display })} onDelete={(key) => deleteReformDocument(d.id, key)} />
    )),
  ];
  return (
    <>
      {c && (
        <div className="stat-grid" data-testid="document-counts">
          <Statistic title={t('records.doc.self')} value={c.self.total} formatter={viNumber} />
          <Statistic title={t('records.doc.children')} value={c.children.total} formatter={viNumber} />
          {REFORM_DOCUMENT_TYPES.filter((k) => (c.self.byType[k] ?? 0) > 0).map((k) => (
            <Statistic key={k} title={t(`records.docType.${k}`)} value={c.self.byType[k] ?? 0} formatter={viNumber} />
          ))}
        </div>
      )}
      <Space className="mb" wrap>
        {writer && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('records.doc.new')}
          </Button>
        )}
        {list.data && <Typography.Text type="secondary">{t('records.total', { n: formatNumberVi(list.data.total) })}</Typography.Text>}
      </Space>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {counts.error ? <ErrorAlert error={counts.error} /> : null}
      <RecordTable<ReformDocumentView> columns={columns} rows={list.data?.items ?? []} loading={list.isLoading && enabled} scrollX={900} empty={t('records.doc.none')} />
      {editing && <DocumentModal unit={query.unit} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

// ———————————————————————————— inspections

interface PlanShape {
  number: string;
  issuedOn: Dayjs;
  subject: string;
  round?: string;
  note?: string;
  targets: Array<{ unit?: string; scheduledOn?: Dayjs }>;
}

function PlanModal({ unit, onClose }: { unit: string; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const required = { required: true, message: t('required') };
  return (
    <RecordModal<PlanShape>
      title={t('records.insp.new')}
      width={760}
      created
      onClose={onClose}
      initialValues={{ targets: [{}] }}
      submit={(v, keyFor) => {
        const round = clean(v.round);
        const note = clean(v.note);
        const body: InspectionPlanBody = {
          unit,
          number: v.number.trim(),
          issuedOn: iso(v.issuedOn)!,
          subject: v.subject.trim(),
          ...(round ? { round } : {}),
          ...(note ? { note } : {}),
          targets: v.targets.map((x) => ({ unit: x.unit!, ...(x.scheduledOn ? { scheduledOn: iso(x.scheduledOn)! } : {}) })),
        };
        return createInspectionPlan(body, keyFor(body));
      }}
    >
      {() => (
        <>
          <NumberAndDate section="insp" placeholder="45/KH-UBND" />
          <Form.Item name="subject" label={t('records.insp.f.subject')} rules={[required, { max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="round" label={t('records.insp.f.round')} rules={[{ max: 100 }]}>
              <Input placeholder="Đợt I/2023" />
            </Form.Item>
            <Form.Item name="note" label={t('records.insp.f.note')} rules={[{ max: 2000 }]}>
              <Input style={{ width: 360 }} />
            </Form.Item>
          </Space>
          <Typography.Text strong>{t('records.insp.f.targets')}</Typography.Text>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item name={[f.name, 'unit']} rules={[required]} style={{ width: 340 }}>
                      <UnitSelect unit={unit} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'scheduledOn']}>
                      <DatePicker format="DD/MM/YYYY" placeholder={t('records.insp.f.scheduledOn')} />
                    </Form.Item>
                    {fields.length > 1 && <Button onClick={() => remove(f.name)}>−</Button>}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({})}>
                  {t('records.insp.addTarget')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </RecordModal>
  );
}

interface TargetShape {
  scheduledOn?: Dayjs;
  inspectedOn?: Dayjs;
  findings?: string;
  followUp?: string;
  followUpDone: boolean;
}

function TargetModal({ plan, target, onClose }: { plan: InspectionPlanView; target: InspectionTargetView; onClose: () => void }) {
  const { t } = useTranslation('reform');
  return (
    <RecordModal<TargetShape>
      title={`${t('records.insp.editTarget')}: ${target.unitName}`}
      created={false}
      onClose={onClose}
      initialValues={{
        scheduledOn: day(target.scheduledOn),
        inspectedOn: day(target.inspectedOn),
        findings: target.findings ?? undefined,
        followUp: target.followUp ?? undefined,
        followUpDone: target.followUpDone,
      }}
      submit={(v, keyFor) => {
        const patch: InspectionTargetPatch = diffPatch(target, {
          scheduledOn: iso(v.scheduledOn),
          inspectedOn: iso(v.inspectedOn),
          findings: clean(v.findings) ?? null,
          followUp: clean(v.followUp) ?? null,
          followUpDone: v.followUpDone,
        });
        if (Object.keys(patch).length === 0) return undefined;
        return updateInspectionTarget(plan.id, target.unit, patch, keyFor({ id: plan.id, unit: target.unit, ...patch }));
      }}
    >
      {() => (
        <>
          <Typography.Paragraph className="muted">
            {plan.display} · {plan.subject}
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="scheduledOn" label={t('records.insp.f.scheduledOn')}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="inspectedOn" label={t('records.insp.f.inspectedOn')}>
              <DatePicker format="DD/MM/YYYY" disabledDate={(d: Dayjs) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Space>
          <Form.Item name="findings" label={t('records.insp.f.findings')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="followUp" label={t('records.insp.f.followUp')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="followUpDone" valuePropName="checked">
            <Checkbox>{t('records.insp.f.followUpDone')}</Checkbox>
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}

function InspectionsPane({ query, role, enabled }: { query: ReformRecordQuery; role: Role; enabled: boolean }) {
  const { t } = useTranslation('reform');
  const writer = RECORD_WRITERS.includes(role);
  const remover = useRemover();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ plan: InspectionPlanView; target: InspectionTargetView }>();
  const plans = useQuery({ queryKey: ['reform-records', 'inspections', query], queryFn: () => listInspectionPlans(query), enabled });
  const summary = useQuery({ queryKey: ['reform-records', 'inspection-summary', query], queryFn: () => fetchInspectionSummary(query), enabled });
  const s = summary.data;
  const targetColumns = (plan: InspectionPlanView): ColumnsType<InspectionTargetView> => [
    { title: t('records.insp.col.unit'), dataIndex: 'unitName', width: 200 },
    { title: t('records.insp.col.scheduledOn'), width: 110, render: (_: unknown, x) => viDate(x.scheduledOn) },
    { title: t('records.insp.col.inspectedOn'), width: 110, render: (_: unknown, x) => viDate(x.inspectedOn) },
    { title: t('records.insp.col.findings'), render: (_: unknown, x) => x.findings },
    {
      title: t('records.insp.col.followUp'),
      render: (_: unknown, x) =>
        x.followUp ? (
          <>
            <div>{x.followUp}</div>
            <Tag color={x.followUpDone ? 'green' : 'orange'}>{t(x.followUpDone ? 'records.insp.followUpDone' : 'records.insp.followUpOpenTag')}</Tag>
          </>
        ) : null,
    },
    ...(writer
      ? [
          {
            width: 80,
            render: (_: unknown, x: InspectionTargetView) => (
              <Button size="small" onClick={() => setEditing({ plan, target: x })} aria-label={`${t('edit')}: ${x.unitName}`}>
                {t('edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {s && (
        <div className="stat-grid" data-testid="inspection-summary">
          <Statistic title={t('records.insp.plans')} value={s.plans} formatter={viNumber} />
          <Statistic title={t('records.insp.planned')} value={s.planned} formatter={viNumber} />
          <Statistic title={t('records.insp.scheduled')} value={s.scheduled} formatter={viNumber} />
          <Statistic title={t('records.insp.done')} value={s.done} formatter={viNumber} />
          <Statistic title={t('records.insp.pending')} value={s.pending} formatter={viNumber} styles={{ content: { color: s.pending ? '#d46b08' : undefined } }} />
          <Statistic title={t('records.insp.followUpOpen')} value={s.followUpOpen} formatter={viNumber} />
        </div>
      )}
      {writer && <NewRecordButton label={t('records.insp.new')} onClick={() => setCreating(true)} />}
      {plans.error ? <ErrorAlert error={plans.error} /> : null}
      {summary.error ? <ErrorAlert error={summary.error} /> : null}
      {plans.data && plans.data.items.length === 0 && <Empty description={t('records.insp.none')} />}
      {(plans.data?.items ?? []).map((p) => (
        <Card
          key={p.id}
          size="small"
          className="mb"
          title={
            <span>
              {p.display}
              {p.round ? ` · ${p.round}` : ''}
            </span>
          }
          extra={
            <Space size={8}>
              <Tag color={p.done >= p.planned ? 'green' : 'gold'}>{t('records.insp.progress', { done: formatNumberVi(p.done), planned: formatNumberVi(p.planned) })}</Tag>
              {writer && (
                <DeleteButton
                  confirm={t('records.insp.deleteConfirm', { display: p.display })}
                  description={t('records.insp.deleteHint')}
                  ariaLabel={`${t('delete')}: ${p.number}`}
                  onConfirm={remover((key) => deleteInspectionPlan(p.id, key))}
                />
              )}
            </Space>
          }
        >
          <Typography.Paragraph>{p.subject}</Typography.Paragraph>
          <Table<InspectionTargetView> size="small" rowKey="unit" columns={targetColumns(p)} dataSource={p.targets} pagination={false} scroll={{ x: 900 }} />
        </Card>
      ))}
      {creating && <PlanModal unit={query.unit} onClose={() => setCreating(false)} />}
      {editing && <TargetModal plan={editing.plan} target={editing.target} onClose={() => setEditing(undefined)} />}
    </>
  );
}

// ———————————————————————————— initiatives

interface InitiativeShape {
  unit: string;
  name: string;
  kind: InitiativeKind;
  area?: string;
  description?: string;
  registeredOn: Dayjs;
  status: InitiativeStatus;
  evaluation?: string;
  evaluatedOn?: Dayjs;
  note?: string;
}

function InitiativeModal({ unit, editing, onClose }: { unit: string; editing: InitiativeView | undefined; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const required = { required: true, message: t('required') };
  return (
    <RecordModal<InitiativeShape>
      title={editing ? t('records.init.edit') : t('records.init.new')}
      width={720}
      created={!editing}
      onClose={onClose}
      initialValues={
        editing
          ? {
              unit: editing.unit,
              name: editing.name,
              kind: editing.kind,
              area: editing.area ?? undefined,
              description: editing.description ?? undefined,
              registeredOn: dayjs(editing.registeredOn),
              status: editing.status,
              evaluation: editing.evaluation ?? undefined,
              evaluatedOn: day(editing.evaluatedOn),
              note: editing.note ?? undefined,
            }
          : { unit, kind: 'model', status: 'registered', registeredOn: dayjs() }
      }
      submit={(v, keyFor) => {
        const texts = { area: clean(v.area), description: clean(v.description), evaluation: clean(v.evaluation), note: clean(v.note) };
        const evaluatedOn = iso(v.evaluatedOn);
        if (!editing) {
          const body: InitiativeBody = {
            unit: v.unit,
            name: v.name.trim(),
            kind: v.kind,
            registeredOn: iso(v.registeredOn)!,
            status: v.status,
            ...(texts.area ? { area: texts.area } : {}),
            ...(texts.description ? { description: texts.description } : {}),
            ...(texts.evaluation ? { evaluation: texts.evaluation } : {}),
            ...(evaluatedOn ? { evaluatedOn } : {}),
            ...(texts.note ? { note: texts.note } : {}),
          };
          return createInitiative(body, keyFor(body));
        }
        const patch = diffPatch(editing, {
          name: v.name.trim(),
          kind: v.kind,
          status: v.status,
          area: texts.area ?? null,
          description: texts.description ?? null,
          evaluation: texts.evaluation ?? null,
          evaluatedOn,
          note: texts.note ?? null,
        });
        if (Object.keys(patch).length === 0) return undefined;
        return updateInitiative(editing.id, patch, keyFor({ id: editing.id, ...patch }));
      }}
    >
      {() => (
        <>
          <Form.Item name="unit" label={t('records.init.f.unit')} rules={[required]}>
            {editing ? <Input disabled /> : <UnitSelect unit={unit} />}
          </Form.Item>
          <Form.Item name="name" label={t('records.init.f.name')} rules={[required, { max: 500 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="kind" label={t('records.init.f.kind')} rules={[required]}>
              <Select style={{ width: 180 }} options={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`records.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="area" label={t('records.init.f.area')} rules={[{ max: 200 }]}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="registeredOn" label={t('records.init.f.registeredOn')} rules={[required]}>
              <DatePicker format="DD/MM/YYYY" disabled={!!editing} />
            </Form.Item>
          </Space>
          <Form.Item name="description" label={t('records.init.f.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="status" label={t('records.init.f.status')} rules={[required]}>
            <Select style={{ width: 240 }} options={INITIATIVE_STATUSES.map((k) => ({ value: k, label: t(`records.initStatus.${k}`) }))} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="evaluation" label={t('records.init.f.evaluation')} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={2} style={{ width: 440 }} />
            </Form.Item>
            <Form.Item name="evaluatedOn" label={t('records.init.f.evaluatedOn')}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('records.init.f.note')} rules={[{ max: 2000 }]}>
            <Input />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}

function InitiativesPane({ query, role, enabled }: { query: ReformRecordQuery; role: Role; enabled: boolean }) {
  const { t } = useTranslation('reform');
  const writer = RECORD_WRITERS.includes(role);
  const [editing, setEditing] = useState<InitiativeView | 'new'>();
  const list = useQuery({ queryKey: ['reform-records', 'initiatives', query], queryFn: () => listInitiatives(query), enabled });
  const d = list.data;
  const columns: ColumnsType<InitiativeView> = [
    {
      title: t('records.init.col.name'),
      render: (_: unknown, i) => (
        <>
          <div>{i.name}</div>
          {i.area && <div className="muted">{i.area}</div>}
        </>
      ),
    },
    { title: t('records.init.col.kind'), width: 120, render: (_: unknown, i) => t(`records.kind.${i.kind}`) },
    { title: t('records.init.col.unit'), dataIndex: 'unitName', width: 180 },
    { title: t('records.init.col.registeredOn'), width: 110, render: (_: unknown, i) => viDate(i.registeredOn) },
    { title: t('records.init.col.status'), width: 140, render: (_: unknown, i) => <Tag color={INIT_STATUS_COLOR[i.status]}>{t(`records.initStatus.${i.status}`)}</Tag> },
    {
      title: t('records.init.col.evaluation'),
      render: (_: unknown, i) =>
        i.evaluation ? (
          <>
            <div>{i.evaluation}</div>
            {i.evaluatedOn && <div className="muted">{viDate(i.evaluatedOn)}</div>}
          </>
        ) : null,
    },
    ...actionsColumn<InitiativeView>(writer, (i) => (
      <RowActions name={i.name} onEdit={() => setEditing(i)} confirm={t('records.init.deleteConfirm', { name: i.name })} onDelete={(key) => deleteInitiative(i.id, key)} />
    )),
  ];
  return (
    <>
      {d && (
        <div className="stat-grid">
          <Statistic title={t('records.totalLabel')} value={d.total} formatter={viNumber} />
          {INITIATIVE_KINDS.map((k) => (
            <Statistic key={k} title={t(`records.kind.${k}`)} value={d.byKind[k] ?? 0} formatter={viNumber} />
          ))}
          {INITIATIVE_STATUSES.filter((k) => (d.byStatus[k] ?? 0) > 0).map((k) => (
            <Statistic key={k} title={t(`records.initStatus.${k}`)} value={d.byStatus[k] ?? 0} formatter={viNumber} />
          ))}
        </div>
      )}
      {writer && <NewRecordButton label={t('records.init.new')} onClick={() => setEditing('new')} />}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <RecordTable<InitiativeView> columns={columns} rows={d?.items ?? []} loading={list.isLoading && enabled} scrollX={1000} empty={t('records.init.none')} />
      {editing && <InitiativeModal unit={query.unit} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

// ———————————————————————————— communication

interface CommunicationShape {
  channel: CommunicationChannel;
  description: string;
  dates: [Dayjs, Dayjs];
  count?: number | null;
  participants?: number | null;
  basis?: string;
  note?: string;
}

function CommunicationModal({ unit, editing, onClose }: { unit: string; editing: CommunicationView | undefined; onClose: () => void }) {
  const { t } = useTranslation('reform');
  const required = { required: true, message: t('required') };
  return (
    <RecordModal<CommunicationShape>
      title={editing ? t('records.comm.edit') : t('records.comm.new')}
      created={!editing}
      onClose={onClose}
      initialValues={
        editing
          ? {
              channel: editing.channel,
              description: editing.description,
              dates: [dayjs(editing.fromDate), dayjs(editing.toDate)],
              count: editing.count,
              participants: editing.participants,
              basis: editing.basis ?? undefined,
              note: editing.note ?? undefined,
            }
          : { channel: 'portal' }
      }
      submit={(v, keyFor) => {
        const basis = clean(v.basis);
        const note = clean(v.note);
        if (editing) {
          const patch = diffPatch(editing, {
            channel: v.channel,
            description: v.description.trim(),
            fromDate: iso(v.dates[0])!,
            toDate: iso(v.dates[1])!,
            count: typeof v.count === 'number' ? v.count : null,
            participants: typeof v.participants === 'number' ? v.participants : null,
            basis: basis ?? null,
            note: note ?? null,
          });
          if (Object.keys(patch).length === 0) return undefined;
          return updateCommunication(editing.id, patch, keyFor({ id: editing.id, ...patch }));
        }
        const body: CommunicationBody = {
          unit,
          channel: v.channel,
          description: v.description.trim(),
          fromDate: iso(v.dates[0])!,
          toDate: iso(v.dates[1])!,
          ...(typeof v.count === 'number' ? { count: v.count } : {}),
          ...(typeof v.participants === 'number' ? { participants: v.participants } : {}),
          ...(basis ? { basis } : {}),
          ...(note ? { note } : {}),
        };
        return createCommunication(body, keyFor(body));
      }}
    >
      {() => (
        <>
          <Form.Item name="channel" label={t('records.comm.f.channel')} rules={[required]}>
            <Select options={COMMUNICATION_CHANNELS.map((k) => ({ value: k, label: t(`records.channel.${k}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('records.comm.f.description')} rules={[required, { max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="dates" label={`${t('records.comm.f.fromDate')} – ${t('records.comm.f.toDate')}`} rules={[required]}>
            <DatePicker.RangePicker format="DD/MM/YYYY" placeholder={[t('records.comm.f.fromDate'), t('records.comm.f.toDate')]} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="count" label={t('records.comm.f.count')}>
              <InputNumber<number> min={0} max={10_000_000} precision={0} />
            </Form.Item>
            <Form.Item name="participants" label={t('records.comm.f.participants')}>
              <InputNumber<number> min={0} max={10_000_000} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="basis" label={t('records.comm.f.basis')} rules={[{ max: 500 }]}>
            <Input placeholder="74/KH-UBND" />
          </Form.Item>
          <Form.Item name="note" label={t('records.comm.f.note')} rules={[{ max: 2000 }]}>
            <Input />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}

interface ChannelRow {
  channel: string;
  activities: number;
  count: number;
  participants: number;
}

function CommunicationsPane({ query, role, enabled }: { query: ReformRecordQuery; role: Role; enabled: boolean }) {
  const { t } = useTranslation('reform');
  const writer = RECORD_WRITERS.includes(role);
  const [editing, setEditing] = useState<CommunicationView | 'new'>();
  const list = useQuery({ queryKey: ['reform-records', 'communications', query], queryFn: () => listCommunications(query), enabled });
  const d = list.data;
  const channelName = (c: string) => ((COMMUNICATION_CHANNELS as readonly string[]).includes(c) ? t(`records.channel.${c}`) : c);
  const byChannel: ChannelRow[] = d ? Object.entries(d.byChannel).map(([channel, v]) => ({ channel, activities: v.activities, count: v.count, participants: v.participants })) : [];
  const columns: ColumnsType<CommunicationView> = [
    { title: t('records.comm.col.channel'), width: 200, render: (_: unknown, c) => channelName(c.channel) },
    { title: t('records.comm.col.description'), dataIndex: 'description' },
    { title: t('records.comm.col.dates'), width: 200, render: (_: unknown, c) => (c.fromDate === c.toDate ? viDate(c.fromDate) : `${viDate(c.fromDate)} – ${viDate(c.toDate)}`) },
    { title: t('records.comm.col.count'), width: 100, align: 'right', render: (_: unknown, c) => num(c.count) },
    { title: t('records.comm.col.participants'), width: 120, align: 'right', render: (_: unknown, c) => num(c.participants) },
    { title: t('records.comm.col.basis'), width: 140, render: (_: unknown, c) => c.basis },
    ...actionsColumn<CommunicationView>(writer, (c) => (
      <RowActions
        name={c.description}
        onEdit={() => setEditing(c)}
        confirm={t('records.comm.deleteConfirm')}
        description={c.description.length > 120 ? `${c.description.slice(0, 120)}…` : c.description}
        onDelete={(key) => deleteCommunication(c.id, key)}
      />
    )),
  ];
  return (
    <>
      {d && (
        <>
          <Typography.Title level={5}>{t('records.comm.byChannel')}</Typography.Title>
          <Table<ChannelRow>
            size="small"
            rowKey="channel"
            className="mb"
            pagination={false}
            dataSource={byChannel}
            columns={[
              { title: t('records.comm.col.channel'), render: (_: unknown, r) => channelName(r.channel) },
              { title: t('records.comm.activities'), width: 130, align: 'right', render: (_: unknown, r) => formatNumberVi(r.activities) },
              { title: t('records.comm.col.count'), width: 130, align: 'right', render: (_: unknown, r) => formatNumberVi(r.count) },
              { title: t('records.comm.col.participants'), width: 150, align: 'right', render: (_: unknown, r) => formatNumberVi(r.participants) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('records.totalLabel')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <strong>{formatNumberVi(d.activities)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong>{formatNumberVi(byChannel.reduce((a, r) => a + r.count, 0))}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong>{formatNumberVi(byChannel.reduce((a, r) => a + r.participants, 0))}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </>
      )}
      {writer && <NewRecordButton label={t('records.comm.new')} onClick={() => setEditing('new')} />}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <RecordTable<CommunicationView> columns={columns} rows={d?.items ?? []} loading={list.isLoading && enabled} scrollX={1000} empty={t('records.comm.none')} />
      {editing && <CommunicationModal unit={query.unit} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

/** Văn bản chỉ đạo, kiểm tra, mô hình/sáng kiến và tuyên truyền CCHC of the unit in a period. */
export function RecordsTab({ unit }: { unit: string }) {
  const { t } = useTranslation('reform');
  const { user } = useSignedIn();
  const [section, setSection] = useState<Section>('documents');
  // The demo district's records are the seed's H1 2023; elsewhere the current reporting year.
  const [sel, setSel] = useState<PeriodSelection>(() => defaultSelectionFor(user, unit, vnLocalDate()));
  const enabled = periodDates(sel) !== undefined;
  const query: ReformRecordQuery = { unit, ...periodQuery(sel) };
  const props = { query, role: user.role, enabled };
  return (
    <>
      <Space className="mb" wrap align="center">
        <Segmented<Section> value={section} onChange={setSection} options={SECTIONS.map((s) => ({ value: s, label: t(`records.sections.${s}`) }))} />
        <PeriodPicker value={sel} onChange={setSel} />
      </Space>
      {section === 'documents' ? (
        <DocumentsPane {...props} />
      ) : section === 'inspections' ? (
        <InspectionsPane {...props} />
      ) : section === 'initiatives' ? (
        <InitiativesPane {...props} />
      ) : (
        <CommunicationsPane {...props} />
      )}
    </>
  );
}
