import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Input, Result, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { listUnits } from '../../api/endpoints';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { PeriodPicker } from '../dashboard/PeriodPicker';
import { defaultSelectionFor, periodQuery, type PeriodSelection } from '../dashboard/periods';
import { listFeedback } from './api';
import { FeedbackDrawer, StatusTags } from './FeedbackDrawer';
import { RegisterModal } from './RegisterModal';
import { StatsBlock } from './StatsBlock';
import { FEEDBACK_KINDS, FEEDBACK_MENU_ROLES, FEEDBACK_REGISTRARS, FEEDBACK_STATUSES, type FeedbackKind, type FeedbackStatus, type FeedbackSummary } from './types';

const PAGE_SIZE = 20;

/**
 * /phan-anh/:code? — citizen feedback (phản ánh, kiến nghị): the list of the user's units with
 * overdue tags and filters, registration of paper/phone feedback, the period statistics with the
 * Decision 766 scores, and the detail drawer with the handling actions.
 */
export default function FeedbackPage() {
  const { t } = useTranslation('feedback');
  const { user } = useSignedIn();
  const params = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const home = deskUnitOf(user) ?? user.unit.code;
  const [unit, setUnit] = useState(home);
  const [status, setStatus] = useState<FeedbackStatus>();
  const [kind, setKind] = useState<FeedbackKind>();
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const [selection, setSelection] = useState<PeriodSelection>(() => defaultSelectionFor(user, home, vnLocalDate()));

  const below = useQuery({ queryKey: ['units', 'children', home, 'latest'], queryFn: () => listUnits({ parent: home }) });
  const homeName = home === user.unit.code ? user.unit.name : home;
  const units = [{ code: home, name: homeName }, ...(below.data ?? []).map((u) => ({ code: u.code, name: u.name }))];
  const committees = [{ code: home, name: homeName }, ...(below.data ?? []).filter((u) => u.level !== 'department').map((u) => ({ code: u.code, name: u.name }))];
  const query = {
    // The desk's own view keeps what other units assigned to it; a commune picked narrows to it.
    unit: unit === home ? undefined : unit,
    status,
    kind,
    overdue: overdue || undefined,
    mine: mine || undefined,
    q: search.trim() || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useQuery({ queryKey: ['feedback', 'list', query], queryFn: () => listFeedback(query) });

  if (!FEEDBACK_MENU_ROLES.includes(user.role) && user.role !== 'unit_admin') return <Result status="403" title={t('forbidden')} />;
  const open = (code: string) => void navigate(`/phan-anh/${encodeURIComponent(code)}`);
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  const columns: ColumnsType<FeedbackSummary> = [
    {
      title: t('col.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string) => (
        <a role="button" className="mono" onClick={() => open(code)}>
          {code}
        </a>
      ),
    },
    { title: t('col.receivedAt'), dataIndex: 'receivedAt', width: 140, render: formatDateTimeVi },
    { title: t('col.title'), dataIndex: 'title', render: (title: string, r) => <span title={r.senderName}>{title}</span> },
    { title: t('col.kind'), dataIndex: 'kind', width: 130, render: (k: FeedbackKind) => t(`kindShort.${k}`) },
    { title: t('col.unit'), key: 'unit', width: 170, render: (_: unknown, r) => r.assignedUnit?.name ?? r.unit.name },
    { title: t('col.dueAt'), dataIndex: 'dueAt', width: 140, render: formatDateTimeVi },
    { title: t('col.status'), key: 'status', width: 190, render: (_: unknown, r) => <StatusTags f={r} /> },
  ];

  return (
    <div className="feedback-page">
      <Space className="mb" wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} className="page-title" style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space wrap>
          {committees.length > 1 && (
            <Select
              aria-label={t('unit')}
              style={{ width: 260 }}
              value={unit}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={filter(setUnit)}
              options={committees.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void queryClient.invalidateQueries({ queryKey: ['feedback'] })}>
            {t('refresh')}
          </Button>
          {FEEDBACK_REGISTRARS.includes(user.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('registerButton')}
            </Button>
          )}
        </Space>
      </Space>

      <Card size="small" className="mb">
        <Space wrap className="mb">
          <Select<FeedbackStatus>
            aria-label={t('filters.status')}
            placeholder={t('filters.status')}
            allowClear
            style={{ width: 170 }}
            value={status ?? null}
            onChange={(v) => filter(setStatus)(v ?? undefined)}
            options={FEEDBACK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Select<FeedbackKind>
            aria-label={t('filters.kind')}
            placeholder={t('filters.kind')}
            allowClear
            style={{ width: 190 }}
            value={kind ?? null}
            onChange={(v) => filter(setKind)(v ?? undefined)}
            options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`kindShort.${k}`) }))}
          />
          <Checkbox checked={overdue} onChange={(e) => filter(setOverdue)(e.target.checked)}>
            {t('filters.overdue')}
          </Checkbox>
          <Checkbox checked={mine} onChange={(e) => filter(setMine)(e.target.checked)}>
            {t('filters.mine')}
          </Checkbox>
          <Input.Search aria-label={t('filters.search')} placeholder={t('filters.search')} allowClear style={{ width: 320 }} onSearch={filter(setSearch)} />
        </Space>
        {list.error ? <ErrorAlert error={list.error} /> : null}
        <Table<FeedbackSummary>
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isLoading}
          scroll={{ x: 1000 }}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          locale={{ emptyText: t('list.empty') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('list.total', { n }),
            onChange: setPage,
          }}
        />
      </Card>

      <StatsBlock unit={unit} period={periodQuery(selection)} onOpen={open} extra={<PeriodPicker value={selection} onChange={setSelection} />} />

      {registering && (
        <RegisterModal
          units={committees}
          defaultUnit={unit}
          onClose={() => setRegistering(false)}
          onCreated={(code) => {
            setRegistering(false);
            open(code);
          }}
        />
      )}
      {params['code'] && <FeedbackDrawer code={params['code']} units={units} onClose={() => void navigate('/phan-anh')} />}
    </div>
  );
}
