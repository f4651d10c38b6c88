import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listUnits } from '../../api/endpoints';
import type { SessionUser } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { defaultSelectionFor } from '../dashboard/periods';
import { viDate } from '../reform/roles';
import { listReports, REPORT_STATUSES, type ReportStatus, type ReportSummary } from './api';
import { CreateReportModal } from './CreateReportModal';
import { ReportStatusTag } from './ReportStatusTag';
import { periodLabel } from './reportLogic';
import { REPORT_WRITERS, TEMPLATE_EDITORS } from './roles';
import { TemplateEditor } from './TemplateEditor';
import './reports.css';

/** Named parts a report period can have (quarters, halves, nine months, year). */
const PARTS = ['Y', 'H1', 'H2', '9M', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
type Part = (typeof PARTS)[number];

/** The year a new report defaults to: the seed's for the demo area, a ceased unit's last year, else this year. */
function defaultYearOf(user: SessionUser, unit: string): number {
  const s = defaultSelectionFor(user, unit, vnLocalDate());
  return s.kind === 'named' ? s.year : new Date().getFullYear();
}

function ReportList() {
  const { t } = useTranslation('reports');
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const home = deskUnitOf(user) ?? user.unit.code;
  const below = useQuery({ queryKey: ['units', 'children', home, 'latest'], queryFn: () => listUnits({ parent: home }) });
  // The user's scope: their committee and the communes below it (departments write no report of their own).
  const units = useMemo(
    () => [{ code: home, name: home === user.unit.code ? user.unit.name : home, level: user.unit.level === 'department' ? 'district' : user.unit.level }, ...(below.data ?? []).filter((u) => u.level !== 'department')],
    [below.data, home, user.unit],
  );
  const [unit, setUnit] = useState<string | undefined>(home);
  const [year, setYear] = useState<number | null>(null);
  const [part, setPart] = useState<Part | undefined>();
  const [status, setStatus] = useState<ReportStatus | undefined>();
  const [creating, setCreating] = useState(false);
  const period = year && part ? (part === 'Y' ? String(year) : `${year}-${part}`) : undefined;
  const query = useQuery({ queryKey: ['reports', unit, period, status], queryFn: () => listReports({ unit, period, status }) });
  // A year without a part filters here: the API takes exact period names only.
  const rows = (query.data ?? []).filter((r) => !year || period || r.to.startsWith(String(year)) || (r.period ?? '').startsWith(String(year)));

  const columns: ColumnsType<ReportSummary> = [
    {
      title: t('col.title'),
      dataIndex: 'title',
      render: (_: unknown, r) => (
        <>
          <Link to={`/bao-cao/${r.id}`}>{r.title}</Link>
          <div className="muted">{`${r.unit.name} (${r.unit.code})`}</div>
        </>
      ),
    },
    { title: t('col.period'), width: 200, render: (_: unknown, r) => periodLabel(r, t) },
    { title: t('col.status'), width: 130, render: (_: unknown, r) => <ReportStatusTag status={r.status} /> },
    { title: t('col.version'), width: 90, align: 'center', dataIndex: 'version' },
    { title: t('col.number'), width: 130, render: (_: unknown, r) => r.number ?? '—' },
    { title: t('col.date'), width: 150, render: (_: unknown, r) => (r.issuedOn ? viDate(r.issuedOn) : formatDateTimeVi(r.updatedAt)) },
  ];

  return (
    <>
      <Space className="mb" wrap>
        {units.length > 1 && (
          <Select
            aria-label={t('filter.unit')}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={t('filter.allUnits')}
            value={unit ?? null}
            onChange={(v: string | undefined) => setUnit(v ?? undefined)}
            style={{ width: 280 }}
            options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          />
        )}
        <Select<Part>
          aria-label={t('filter.period')}
          allowClear
          placeholder={t('filter.allPeriods')}
          value={part ?? null}
          onChange={(v) => setPart(v ?? undefined)}
          style={{ width: 180 }}
          options={PARTS.map((p) => ({ value: p, label: t(`part.${p}`) }))}
        />
        <InputNumber<number> aria-label={t('filter.year')} placeholder={t('filter.year')} min={2000} max={2100} value={year} onChange={setYear} style={{ width: 100 }} />
        <Select<ReportStatus>
          aria-label={t('filter.status')}
          allowClear
          placeholder={t('filter.allStatuses')}
          value={status ?? null}
          onChange={(v) => setStatus(v ?? undefined)}
          style={{ width: 160 }}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        {REPORT_WRITERS.includes(user.role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create.button')}
          </Button>
        )}
      </Space>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<ReportSummary>
        size="small"
        rowKey="id"
        loading={query.isPending}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('empty') }}
        onRow={(r) => ({ onDoubleClick: () => void navigate(`/bao-cao/${r.id}`) })}
        scroll={{ x: 900 }}
      />
      {creating && (
        <CreateReportModal units={units} defaultUnit={unit ?? home} defaultYear={year ?? defaultYearOf(user, unit ?? home)} onClose={() => setCreating(false)} />
      )}
    </>
  );
}

const TABS = ['danh-sach', 'mau'] as const;

/** /bao-cao — the periodic CCHC reports of the user's scope, and (for their editors) the report templates. */
export default function ReportsPage() {
  const { t } = useTranslation('reports');
  const { user } = useSignedIn();
  const [search, setSearch] = useSearchParams();
  const canEditTemplates = TEMPLATE_EDITORS.includes(user.role);
  const tab = canEditTemplates && search.get('tab') === 'mau' ? 'mau' : 'danh-sach';
  return (
    <div className="reports">
      <Typography.Title level={4} className="page-title">
        {t('title')}
      </Typography.Title>
      <Card size="small">
        {canEditTemplates ? (
          <Tabs
            activeKey={tab}
            destroyOnHidden
            onChange={(k) => setSearch(k === 'mau' ? { tab: 'mau' } : {})}
            items={TABS.map((k) => ({ key: k, label: t(`tab.${k}`), children: k === tab ? k === 'mau' ? <TemplateEditor /> : <ReportList /> : null }))}
          />
        ) : (
          <ReportList />
        )}
      </Card>
    </div>
  );
}
