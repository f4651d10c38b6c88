import { formatNumberVi } from '@motcua/core';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { fetchOverdue, listDossiers } from '../../api/endpoints';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegisterExport } from '../dossier/RegisterExport';
import { DossierTable, type QueueRow } from './DossierTable';
import { defaultTabFor, isQueueTab, queueQuery, tabsFor, type QueueTab } from './queueDefs';

const PAGE_SIZES = ['20', '50', '100'];

/** The counts on the tabs: one cheap `limit=1` list call per queue (the total comes back). */
function useQueueCounts(unit: string | undefined, tabs: readonly QueueTab[]) {
  const listTabs = tabs.filter((tab) => queueQuery(tab, unit) !== undefined);
  const results = useQueries({
    queries: listTabs.map((tab) => ({
      queryKey: ['dossiers', 'count', unit, tab],
      queryFn: () => listDossiers({ ...queueQuery(tab, unit), limit: 1, offset: 0 }),
      staleTime: 30_000,
    })),
  });
  // A failed count shows as "–" rather than spinning forever.
  return Object.fromEntries(listTabs.map((tab, i) => [tab, results[i]?.isError ? null : results[i]?.data?.total])) as Partial<
    Record<QueueTab, number | null>
  >;
}

/** Due within one working day: from the overdue report, which is not paginated server-side. */
function useDueSoon(unit: string | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'dueSoon', unit],
    queryFn: () => fetchOverdue(unit ?? '', 1),
    enabled: unit !== undefined,
    select: (r): QueueRow[] =>
      r.items
        .filter((i) => i.state === 'due_soon')
        .map((i) => ({ ...i, applicantName: undefined, channel: undefined, holder: i.holder ?? i.step?.to ?? null })),
  });
}

export default function QueuesPage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const unit = deskUnitOf(user);
  const navigate = useNavigate();
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  // The role decides which queues show and which opens first (desk: to receive; departments:
  // mine; leader: waiting for approval). A tab not offered to the role falls back to the default.
  const tabs = tabsFor(user.role);
  const tab: QueueTab = isQueueTab(params.tab) && tabs.includes(params.tab) ? params.tab : defaultTabFor(user.role);
  const q = search.get('q') ?? '';
  const page = Math.max(1, Number(search.get('page') ?? '1') || 1);
  const pageSize = PAGE_SIZES.includes(search.get('size') ?? '') ? Number(search.get('size')) : 20;

  const counts = useQueueCounts(unit, tabs);
  const dueSoon = useDueSoon(unit);
  const filter = queueQuery(tab, unit);
  const list = useQuery({
    queryKey: ['dossiers', 'list', unit, tab, q, page, pageSize],
    queryFn: () => listDossiers({ ...filter, q: q || undefined, limit: pageSize, offset: (page - 1) * pageSize }),
    enabled: filter !== undefined,
    placeholderData: keepPreviousData,
  });

  const setParams = (next: { q?: string; page?: number; size?: number }) => {
    const p = new URLSearchParams(search);
    if (next.q) p.set('q', next.q);
    else if (next.q !== undefined) p.delete('q');
    if (next.page !== undefined) p.set('page', String(next.page));
    if (next.size !== undefined) p.set('size', String(next.size));
    setSearch(p, { replace: true });
  };

  const isDueSoon = tab === 'due_soon';
  const rows = isDueSoon ? (dueSoon.data ?? []) : (list.data?.items ?? []);
  const total = isDueSoon ? rows.length : (list.data?.total ?? 0);
  const error = isDueSoon ? dueSoon.error : list.error;

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} className="page-title">
          {t('queues.title')}
        </Typography.Title>
        {unit && <RegisterExport unit={unit} />}
      </div>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate({ pathname: `/hang-doi/${key}`, search: q ? `?q=${encodeURIComponent(q)}` : '' })}
          items={tabs.map((key) => {
            const count = key === 'due_soon' ? (dueSoon.isError || !unit ? null : dueSoon.data?.length) : counts[key];
            return {
              key,
              label: (
                <span>
                  {t(`queues.tab.${key}`)}{' '}
                  <Badge
                    count={count === undefined ? '…' : count === null ? '–' : formatNumberVi(count)}
                    showZero
                    overflowCount={99999}
                    color={key === 'overdue' ? '#cf1322' : key === 'due_soon' ? '#d48806' : '#8c8c8c'}
                  />
                </span>
              ),
            };
          })}
        />
        {!isDueSoon && (
          <Input.Search
            className="mb"
            allowClear
            defaultValue={q}
            placeholder={t('queues.searchPlaceholder')}
            enterButton={t('common.search')}
            onSearch={(value) => setParams({ q: value.trim(), page: 1 })}
            style={{ maxWidth: 520 }}
          />
        )}
        {(tab === 'mine' || tab === 'approval') && (
          <Typography.Paragraph type="secondary" className="mb">
            {t(`queues.hint.${tab}`)}
          </Typography.Paragraph>
        )}
        {isDueSoon && (
          <Alert className="mb" type={unit ? 'info' : 'warning'} showIcon title={unit ? t('queues.dueSoonHint') : t('queues.noUnitForDueSoon')} />
        )}
        {error && <ErrorAlert error={error} />}
        <DossierTable
          rows={rows}
          loading={isDueSoon ? dueSoon.isFetching : list.isFetching}
          showLateness={isDueSoon}
          pagination={
            isDueSoon
              ? { pageSize: 20, showTotal: (n) => t('common.total', { value: formatNumberVi(n) }) }
              : {
                  current: page,
                  pageSize,
                  total,
                  showSizeChanger: true,
                  pageSizeOptions: PAGE_SIZES,
                  showTotal: (n) => t('common.total', { value: formatNumberVi(n) }),
                  onChange: (p, size) => setParams(size !== pageSize ? { page: 1, size } : { page: p }),
                }
          }
        />
      </Card>
    </>
  );
}
