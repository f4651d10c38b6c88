import { CloseOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatNumberVi } from '@motcua/core';
import { Button, Empty, Pagination, Skeleton, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listProcedures } from '../api';
import { PortalError } from '../components/PortalError';
import { usePageTitle } from '../components/usePageTitle';
import { CatalogueFilters } from './CatalogueFilters';
import { PAGE_SIZE, readCatalogueState, toQuery, writeCatalogueState, type CatalogueState } from './catalogueParams';
import { ProcedureCard } from './ProcedureCard';

/** /cong-dan: the procedure catalogue, searched and filtered on the server, ten per page. */
export default function CataloguePage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const state = readCatalogueState(params);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    queryKey: ['portal', 'procedures', toQuery(state)],
    queryFn: ({ signal }) => listProcedures(toQuery(state), signal),
    placeholderData: keepPreviousData,
  });

  const update = (next: Partial<CatalogueState>) => setParams(writeCatalogueState({ ...state, page: 1, ...next }));
  const filtered = Boolean(state.q || state.level || state.online || state.field);
  const data = query.data;

  return (
    <>
      <Typography.Title level={1}>{t('catalogue.title')}</Typography.Title>
      <Typography.Paragraph className="portal-lead">{t('catalogue.intro')}</Typography.Paragraph>
      <CatalogueFilters state={state} onChange={update} />
      <div className="portal-summary" aria-live="polite">
        {data && (
          <span ref={resultsRef} tabIndex={-1}>
            {t('catalogue.total', { total: formatNumberVi(data.total) })}
          </span>
        )}
        {state.field && (
          <Button size="small" icon={<CloseOutlined />} iconPlacement="end" onClick={() => update({ field: undefined })} aria-label={t('catalogue.fieldClear', { field: state.field })}>
            {t('catalogue.fieldActive', { field: state.field })}
          </Button>
        )}
        {filtered && (
          <Button size="small" type="link" onClick={() => setParams(new URLSearchParams())}>
            {t('catalogue.reset')}
          </Button>
        )}
      </div>
      <PortalError error={query.error} context="catalogue" />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : data && data.items.length === 0 ? (
        <Empty description={t('catalogue.empty')} />
      ) : (
        <ul className="portal-cards" aria-busy={query.isFetching}>
          {data?.items.map((p) => (
            <ProcedureCard key={p.code} procedure={p} onField={(field) => update({ field })} />
          ))}
        </ul>
      )}
      {data && data.total > PAGE_SIZE && (
        <nav className="portal-pagination" aria-label={t('catalogue.pagination')}>
          <Pagination
            current={state.page}
            pageSize={PAGE_SIZE}
            total={data.total}
            showSizeChanger={false}
            responsive
            onChange={(page) => {
              setParams(writeCatalogueState({ ...state, page }));
              window.scrollTo({ top: 0 });
              resultsRef.current?.focus();
            }}
          />
        </nav>
      )}
    </>
  );
}
