import { formatNumberVi, type Channel, type DossierStatus } from '@motcua/core';
import { Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../components/Tags';
import { formatDateTimeVi } from '../../lib/format';

/** The columns both queue sources (dossier list, overdue report) can fill. */
export interface QueueRow {
  code: string;
  procedureCode: string;
  procedureName: string;
  applicantName?: string | undefined;
  channel?: Channel | undefined;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  holder: string | null;
  /** Working hours past due (negative: left), from the overdue report. */
  workingHoursLate?: number | undefined;
}

/** Statuses still running against the clock: a past due instant is shown in red. */
const OPEN_STATUSES: readonly DossierStatus[] = ['in_progress', 'awaiting_supplement', 'awaiting_obligation'];

function isPast(iso: string | null): boolean {
  return iso !== null && Date.parse(iso) < Date.now();
}

export function DossierTable({
  rows,
  loading,
  pagination,
  showLateness,
}: {
  rows: QueueRow[];
  loading: boolean;
  pagination: TablePaginationConfig;
  showLateness: boolean;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<QueueRow> = [
    {
      title: t('queues.col.code'),
      dataIndex: 'code',
      width: 210,
      render: (code: string) => (
        <Link to={`/ho-so/${encodeURIComponent(code)}`} className="mono">
          {code}
        </Link>
      ),
    },
    {
      title: t('queues.col.procedure'),
      dataIndex: 'procedureName',
      render: (name: string, r) => (
        <>
          <Typography.Text>{name}</Typography.Text>
          <br />
          <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
            {r.procedureCode}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('queues.col.applicant'),
      dataIndex: 'applicantName',
      width: 170,
      responsive: ['md'],
      render: (v: string | undefined, r) => (
        <>
          {v ?? t('common.empty')}
          {r.channel && (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`channel.${r.channel}`)}
              </Typography.Text>
            </>
          )}
        </>
      ),
    },
    { title: t('queues.col.status'), dataIndex: 'status', width: 170, render: (s: DossierStatus) => <StatusTag status={s} /> },
    {
      title: t('queues.col.receivedAt'),
      dataIndex: 'receivedAt',
      width: 130,
      responsive: ['lg'],
      render: (v: string | null) => formatDateTimeVi(v) || t('common.empty'),
    },
    {
      title: t('queues.col.dueAt'),
      dataIndex: 'dueAt',
      width: 130,
      render: (v: string | null, r) =>
        v ? (
          <Typography.Text {...(isPast(v) && OPEN_STATUSES.includes(r.status) ? { type: 'danger' as const } : {})} strong>
            {formatDateTimeVi(v)}
          </Typography.Text>
        ) : (
          t('common.empty')
        ),
    },
    ...(showLateness
      ? [
          {
            title: t('queues.col.lateness'),
            dataIndex: 'workingHoursLate',
            width: 170,
            render: (h: number | undefined) =>
              h === undefined ? null : h > 0 ? (
                <Typography.Text type="danger">{t('queues.hoursLate', { hours: formatNumberVi(h, 1) })}</Typography.Text>
              ) : (
                <Typography.Text type="warning">{t('queues.hoursLeft', { hours: formatNumberVi(-h, 1) })}</Typography.Text>
              ),
          },
        ]
      : []),
    { title: t('queues.col.holder'), dataIndex: 'holder', width: 150, responsive: ['xl'], render: (v: string | null) => v ?? t('common.empty') },
  ];
  return (
    <Table<QueueRow>
      className="queue-table"
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: t('queues.empty') }}
      scroll={{ x: 900 }}
    />
  );
}
