import { formatNumberVi, formatPercentVi } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeriodQuery } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fetchFeedbackStats } from './api';

/** One figure of the card: its label, the value (with `data-figure` for tests) and an optional detail line. */
function Kpi({ label, figure, value, sub }: { label: string; figure: string; value: string; sub?: string }) {
  return (
    <div className="kpi">
      <div className="kpi-label">{label}</div>
      <div className="kpi-value" data-figure={figure}>
        {value}
      </div>
      {sub === undefined ? null : <div className="kpi-sub">{sub}</div>}
    </div>
  );
}

/**
 * The dashboard's "Phản ánh, kiến nghị" card: received in the period, overdue at its end, and the
 * on-time rate, for the unit and the units below it together (GET /api/feedback/stats).
 */
export function FeedbackCard({ unit, period }: { unit: string; period: PeriodQuery }) {
  const { t } = useTranslation('feedback');
  const q = useQuery({ queryKey: ['feedback', 'stats', unit, period], queryFn: () => fetchFeedbackStats(unit, period) });
  const s = q.data;
  const sum = s ? { received: s.self.received + s.children.received, overdue: s.self.pendingOverdue + s.children.pendingOverdue, onTime: s.self.handledOnTime + s.children.handledOnTime, late: s.self.handledLate + s.children.handledLate } : undefined;
  return (
    <Card size="small" title={t('card.title')} className="mb" extra={<Link to="/phan-anh">{t('card.open')}</Link>} data-testid="feedback-card">
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isLoading && <Spin />}
      {sum && (
        <div className="kpi-row">
          <Kpi label={t('card.received')} figure="feedbackReceived" value={formatNumberVi(sum.received)} />
          <Kpi label={t('card.overdue')} figure="feedbackOverdue" value={formatNumberVi(sum.overdue)} />
          <Kpi
            label={t('card.onTimeRate')}
            figure="feedbackOnTime"
            value={sum.onTime + sum.late ? formatPercentVi(sum.onTime, sum.onTime + sum.late) : '—'}
            sub={`${formatNumberVi(sum.onTime)}/${formatNumberVi(sum.onTime + sum.late)}`}
          />
        </div>
      )}
    </Card>
  );
}
