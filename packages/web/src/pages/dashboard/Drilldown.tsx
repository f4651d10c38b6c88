import { formatNumberVi, type DossierStatus } from '@motcua/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Drawer, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchDrilldown } from '../../api/endpoints';
import type { DrilldownItem, DrilldownKind, PeriodQuery, StatsScope } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusTag } from '../../components/Tags';
import { formatDateTimeVi } from '../../lib/format';

export interface DrillTarget {
  unit: string;
  period: PeriodQuery;
  kind: DrilldownKind;
  scope: StatsScope;
  scopeLabel: string;
}

/** The dossiers behind one figure (GET /api/stats/drilldown), paginated by the server. */
export function DrilldownDrawer({ target, unitName, onClose }: { target: DrillTarget | undefined; unitName: (code: string) => string; onClose: () => void }) {
  const { t } = useTranslation('dashboard');
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [shown, setShown] = useState(target);
  if (shown !== target) {
    setShown(target);
    setPage({ current: 1, size: 20 });
  }
  const query = useQuery({
    queryKey: ['stats', 'drilldown', target, page],
    queryFn: () => fetchDrilldown({ ...target!, limit: page.size, offset: (page.current - 1) * page.size }),
    enabled: target !== undefined,
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<DrilldownItem> = [
    {
      title: t('drill.col.code'),
      dataIndex: 'code',
      width: 200,
      render: (code: string) => (
        <Link to={`/ho-so/${encodeURIComponent(code)}`} className="mono">
          {code}
        </Link>
      ),
    },
    { title: t('drill.col.unit'), dataIndex: 'unit', width: 150, render: (u: string) => unitName(u) },
    {
      title: t('drill.col.procedure'),
      dataIndex: 'procedureName',
      width: 340,
      render: (name: string, r) => (
        <>
          {name}
          <br />
          <Typography.Text type="secondary" className="mono">
            {r.procedureCode}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">· {r.field}</Typography.Text>
        </>
      ),
    },
    { title: t('drill.col.applicant'), dataIndex: 'applicantName', width: 160 },
    { title: t('drill.col.status'), dataIndex: 'status', width: 150, render: (s: DossierStatus) => <StatusTag status={s} /> },
    { title: t('drill.col.receivedAt'), dataIndex: 'receivedAt', width: 130, render: formatDateTimeVi },
    { title: t('drill.col.dueAt'), dataIndex: 'dueAt', width: 130, render: formatDateTimeVi },
    { title: t('drill.col.finishedAt'), dataIndex: 'finishedAt', width: 130, render: formatDateTimeVi },
    { title: t('drill.col.holder'), dataIndex: 'holder', width: 140 },
  ];
  return (
    <Drawer
      open={target !== undefined}
      onClose={onClose}
      size={Math.min(1280, typeof window === 'undefined' ? 1280 : window.innerWidth)}
      title={target ? t('drill.title', { figure: t(`figure.${target.kind}`), scope: target.scopeLabel }) : ''}
      extra={query.data ? t('drill.total', { n: formatNumberVi(query.data.total) }) : null}
      destroyOnHidden
    >
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<DrilldownItem>
        className="drill-table"
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 1450 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (current, size) => setPage({ current, size }),
        }}
      />
    </Drawer>
  );
}
