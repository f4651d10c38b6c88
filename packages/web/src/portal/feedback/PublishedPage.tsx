import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@motcua/core';
import { listReceivingUnits } from '../api';
import { PortalError } from '../components/PortalError';
import { usePageTitle } from '../components/usePageTitle';
import { UnitSelect } from '../submit/UnitSelect';
import { listPublished } from './api';
import { FeedbackNav } from './FeedbackNav';
import './feedback.css';

const PAGE = 10;

/** /cong-dan/phan-anh/cong-khai — replies published with the sender's consent (no personal data). */
export default function PublishedPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('feedback.published.title'));
  const [unit, setUnit] = useState<string>();
  const [limit, setLimit] = useState(PAGE);
  const units = useQuery({ queryKey: ['portal', 'units'], queryFn: ({ signal }) => listReceivingUnits(signal), staleTime: 10 * 60_000 });
  const list = useQuery({ queryKey: ['portal', 'feedback', 'published', unit, limit], queryFn: ({ signal }) => listPublished({ unit, limit, offset: 0 }, signal) });
  const items = list.data?.items ?? [];
  return (
    <>
      <Typography.Title level={1}>{t('feedback.title')}</Typography.Title>
      <FeedbackNav />
      <Typography.Paragraph className="portal-lead">{t('feedback.published.intro')}</Typography.Paragraph>
      <section className="portal-panel">
        <Form layout="vertical" className="portal-form">
          <Form.Item label={t('feedback.published.unit')} htmlFor="portal-feedback-unit">
            <UnitSelect id="portal-feedback-unit" units={units.data ?? []} loading={units.isPending} {...(unit ? { value: unit } : {})} onChange={(v) => { setUnit(v); setLimit(PAGE); }} />
          </Form.Item>
        </Form>
      </section>
      <PortalError error={list.error} context="catalogue" />
      {list.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {list.data && (
        <section className="portal-panel" aria-live="polite">
          <Typography.Paragraph type="secondary">{t('feedback.published.count', { count: list.data.total })}</Typography.Paragraph>
          {items.length === 0 && <Empty description={t('feedback.published.none')} />}
          {items.map((i, n) => (
            <article key={`${n}-${i.repliedOn}-${i.title}`} className="portal-feedback-item">
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {i.title}
              </Typography.Title>
              <div className="portal-feedback-meta">
                {t(`feedback.kind.${i.kind}`)} · {i.unit.name} · {t('feedback.published.dates', { received: formatDateVi(i.receivedOn), replied: formatDateVi(i.repliedOn) })}
              </div>
              <p>{i.content}</p>
              <div className="portal-feedback-reply">
                <strong>{t('feedback.published.reply')}</strong> {i.reply}
              </div>
            </article>
          ))}
          {list.data.total > items.length && (
            <Button onClick={() => setLimit((l) => l + PAGE)} loading={list.isFetching}>
              {t('feedback.published.more')}
            </Button>
          )}
        </section>
      )}
    </>
  );
}
