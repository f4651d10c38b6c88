import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchFigureCatalogue, getFigureForm, lockFigureForm, putFigureValues, unlockFigureForm } from '../../api/endpoints';
import type { FigureFormEvent, FigureFormView, FigureItem } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { defaultSelectionFor, NAMED_PARTS, periodName, type NamedPart } from '../dashboard/periods';
import { changedValues, clientIssues, displayValue, liveRate, mergedValues, type Edits } from './figuresLogic';
import { FIGURE_LOCKERS, FIGURE_WRITERS } from './roles';

type Row = { kind: 'section'; key: string; section: string } | { kind: 'figure'; key: string; figure: FigureItem };

/**
 * The typed form of one unit and period: each figure with its unit of measure, the value
 * (rates computed live, read-only), last period's value beside it, and the server's rules
 * checked as the user types. Exported for its test.
 */
export function FiguresEditor({
  form,
  decimals,
  editable,
  saving,
  onSave,
}: {
  form: FigureFormView;
  decimals: Readonly<Record<string, number>>;
  editable: (f: FigureItem) => boolean;
  saving: boolean;
  onSave: (changes: Edits) => void;
}) {
  const { t } = useTranslation('reform');
  const [edits, setEdits] = useState<Edits>({});
  const values = mergedValues(form, edits);
  const issues = clientIssues(form, decimals, edits);
  const changes = changedValues(form, edits);
  const dirty = Object.keys(changes).length > 0;
  const byCode = new Map(form.figures.map((f) => [f.code, f]));
  const rows: Row[] = [];
  let section = '';
  for (const f of form.figures) {
    if (f.section !== section) rows.push({ kind: 'section', key: `s:${f.section}`, section: (section = f.section) });
    rows.push({ kind: 'figure', key: f.code, figure: f });
  }
  const columns: ColumnsType<Row> = [
    {
      title: t('figures.col.name'),
      onCell: (r) => (r.kind === 'section' ? { colSpan: 4 } : {}),
      render: (_: unknown, r) => {
        if (r.kind === 'section') return r.section;
        const f = r.figure;
        return (
          <>
            <div>{f.name}</div>
            <div className="muted">
              {f.kind === 'rate' && t('figures.rateOf', { num: byCode.get(f.numerator ?? '')?.name ?? f.numerator, den: byCode.get(f.denominator ?? '')?.name ?? f.denominator })}
              {f.parent && t('figures.partOf', { total: byCode.get(f.parent)?.name ?? f.parent })}
              {f.department && <> · {t('figures.department', { d: f.department })}</>}
            </div>
          </>
        );
      },
    },
    { title: t('figures.col.measure'), width: 90, onCell: (r) => (r.kind === 'section' ? { colSpan: 0 } : {}), render: (_: unknown, r) => (r.kind === 'figure' ? r.figure.measure : null) },
    {
      title: t('figures.col.value'),
      width: 220,
      onCell: (r) => (r.kind === 'section' ? { colSpan: 0 } : {}),
      render: (_: unknown, r) => {
        if (r.kind === 'section') return null;
        const f = r.figure;
        if (f.kind === 'rate') {
          return (
            <Tooltip title={t('figures.computed')}>
              <span data-testid={`rate-${f.code}`}>{liveRate(f, values) ?? '—'}</span>
            </Tooltip>
          );
        }
        const errs = issues.get(f.code) ?? [];
        if (!editable(f)) return <span data-testid={`value-${f.code}`}>{displayValue(f, values[f.code], decimals[f.code] ?? 0) || '—'}</span>;
        return (
          <>
            <InputNumber<number>
              aria-label={f.name}
              data-testid={`input-${f.code}`}
              decimalSeparator=","
              status={errs.length ? 'error' : ''}
              value={values[f.code] ?? null}
              onChange={(v) => setEdits((e) => ({ ...e, [f.code]: v ?? null }))}
              style={{ width: '100%' }}
            />
            {errs.map((e) => (
              <div key={e.key} className="figure-error" role="alert">
                {t(e.key, e.params ?? {})}
              </div>
            ))}
          </>
        );
      },
    },
    {
      title: form.previousPeriod ? t('figures.col.previousOf', { period: form.previousPeriod }) : t('figures.col.previous'),
      width: 150,
      onCell: (r) => (r.kind === 'section' ? { colSpan: 0 } : {}),
      render: (_: unknown, r) => (r.kind === 'figure' ? (r.figure.previousDisplay ?? '—') : null),
    },
  ];
  const anyEditable = form.status === 'open' && form.figures.some((f) => f.kind !== 'rate' && editable(f));
  return (
    <>
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.kind === 'section' ? 'figure-section' : '')}
        scroll={{ x: 800 }}
      />
      {anyEditable && (
        <Space className="mb" style={{ marginTop: 12 }}>
          <Button type="primary" disabled={!dirty || issues.size > 0} loading={saving} onClick={() => onSave(changes)}>
            {t('figures.save')}
          </Button>
          <Button disabled={!dirty || saving} onClick={() => setEdits({})}>
            {t('figures.reset')}
          </Button>
          {issues.size > 0 && <Typography.Text type="danger">{t('figures.fixFirst', { n: issues.size })}</Typography.Text>}
        </Space>
      )}
    </>
  );
}

function History({ items }: { items: FigureFormEvent[] }) {
  const { t } = useTranslation('reform');
  if (items.length === 0) return <Typography.Text type="secondary">{t('figures.noHistory')}</Typography.Text>;
  return (
    <Timeline
      items={[...items].reverse().map((e) => {
        const changed = e.action === 'values' ? Object.keys((e.detail['changed'] as Record<string, unknown> | undefined) ?? {}).length : 0;
        return {
          color: e.action === 'lock' ? 'red' : e.action === 'unlock' ? 'orange' : 'blue',
          content: (
            <>
              <strong>{t(`figures.action.${e.action}`)}</strong> · {e.actor} · {formatDateTimeVi(e.at)}
              {e.action === 'values' && <> · {t('figures.changedN', { n: changed })}</>}
              {e.reason && <div>{t('figures.reason', { reason: e.reason })}</div>}
            </>
          ),
        };
      })}
    />
  );
}

function UnlockModal({ onOk, onClose, pending, error }: { onOk: (reason: string) => void; onClose: () => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('reform');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('figures.unlockTitle')}
      okText={t('figures.unlock')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: pending, danger: true }}
      onOk={() => void form.validateFields().then((v) => onOk(v.reason.trim()), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('figures.unlockReason')} rules={[{ required: true, whitespace: true, min: 5, message: t('figures.unlockReasonRule') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const FIGURE_PARTS = NAMED_PARTS;

/** Số liệu định kỳ: the figures form of a unit and named period, with lock/unlock and history. */
export function FiguresTab({ unit }: { unit: string }) {
  const { t } = useTranslation(['reform', 'dashboard']);
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  // Opens on the user's default period (the seed's for the demo area, a ceased unit's last one).
  const initial = defaultSelectionFor(user, unit, vnLocalDate());
  const [year, setYear] = useState(initial.kind === 'named' ? initial.year : new Date().getFullYear());
  const [part, setPart] = useState<NamedPart>(initial.kind === 'named' && initial.part !== 'Y' ? initial.part : 'H1');
  const [unlocking, setUnlocking] = useState(false);
  const period = periodName(year, part);
  const keyFor = useIdempotencyKey();
  const formQuery = useQuery({ queryKey: ['figures', unit, period], queryFn: () => getFigureForm(unit, period) });
  const form = formQuery.data;
  const catalogue = useQuery({ queryKey: ['figures', 'catalogue', form?.catalogueVersion], queryFn: () => fetchFigureCatalogue(form!.catalogueVersion), enabled: !!form, staleTime: Infinity });
  const decimals = useMemo(() => Object.fromEntries((catalogue.data?.definitions ?? []).map((d) => [d.code, d.decimals])), [catalogue.data]);
  const settle = (view: FigureFormView, text: string) => {
    queryClient.setQueryData(['figures', unit, period], view);
    void message.success(text);
  };
  const save = useMutation({
    mutationFn: (values: Edits) => putFigureValues(unit, period, values, keyFor({ unit, period, values })),
    onSuccess: (v) => settle(v, t('figures.saved')),
  });
  const lock = useMutation({
    mutationFn: () => lockFigureForm(unit, period, keyFor({ unit, period, lock: form?.history.length })),
    onSuccess: (v) => settle(v, t('figures.locked')),
  });
  const unlock = useMutation({
    mutationFn: (reason: string) => unlockFigureForm(unit, period, reason, keyFor({ unit, period, reason, n: form?.history.length })),
    onSuccess: (v) => {
      setUnlocking(false);
      settle(v, t('figures.unlocked'));
    },
  });
  const isDepartment = user.unit.level === 'department';
  const department = user.unit.code.split('-').pop();
  const canWrite = FIGURE_WRITERS.includes(user.role);
  const canLock = FIGURE_LOCKERS.includes(user.role);
  const editable = (f: FigureItem) => canWrite && form?.status === 'open' && f.kind !== 'rate' && (!isDepartment || f.department === department);
  return (
    <>
      <Space className="mb" wrap>
        <Select<NamedPart>
          aria-label={t('dashboard:filters.period')}
          value={part}
          onChange={setPart}
          style={{ width: 170 }}
          options={FIGURE_PARTS.map((p) => ({ value: p, label: t(`dashboard:part.${p}`) }))}
        />
        <InputNumber<number> aria-label={t('dashboard:filters.year')} min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} style={{ width: 96 }} />
        {form && (
          <Tag color={form.status === 'locked' ? 'red' : 'green'} data-testid="figures-status">
            {t(`figures.status.${form.status}`)}
          </Tag>
        )}
        {form && canLock && form.status === 'open' && (
          <Popconfirm title={t('figures.lockConfirm', { period })} okText={t('figures.lock')} cancelText={t('cancel')} onConfirm={() => lock.mutate()}>
            <Button loading={lock.isPending}>{t('figures.lock')}</Button>
          </Popconfirm>
        )}
        {form && canLock && form.status === 'locked' && <Button onClick={() => setUnlocking(true)}>{t('figures.unlock')}</Button>}
      </Space>
      {formQuery.error ? <ErrorAlert error={formQuery.error} /> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {lock.error ? <ErrorAlert error={lock.error} /> : null}
      {form && (
        <>
          <Descriptions size="small" className="mb" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('unit')}>{form.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('figures.range')}>{`${form.from.split('-').reverse().join('/')} – ${form.to.split('-').reverse().join('/')}`}</Descriptions.Item>
            <Descriptions.Item label={t('figures.catalogueVersion')}>{form.catalogueVersion}</Descriptions.Item>
          </Descriptions>
          {form.status === 'locked' && <Alert className="mb" type="warning" showIcon title={t('figures.lockedNote', { by: form.lockedBy ?? '', at: formatDateTimeVi(form.lockedAt) })} />}
          {isDepartment && form.status === 'open' && <Alert className="mb" type="info" showIcon title={t('figures.departmentNote', { d: department })} />}
          <FiguresEditor key={`${form.period}|${form.status}|${form.history.length}`} form={form} decimals={decimals} editable={editable} saving={save.isPending} onSave={(v) => save.mutate(v)} />
          <Typography.Title level={5}>{t('figures.history')}</Typography.Title>
          <History items={form.history} />
        </>
      )}
      {unlocking && <UnlockModal onOk={(r) => unlock.mutate(r)} onClose={() => setUnlocking(false)} pending={unlock.isPending} error={unlock.error} />}
    </>
  );
}
