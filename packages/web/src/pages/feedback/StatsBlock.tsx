import { formatNumberVi } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, List, Row, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodQuery } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi, formatDecimalVi } from '../../lib/format';
import { fetchFeedbackStats } from './api';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, type FeedbackFigures, type FeedbackStats } from './types';

const n = formatNumberVi;

function Figures({ f, formulas }: { f: FeedbackFigures; formulas: FeedbackStats['formulas'] }) {
  const { t } = useTranslation('feedback');
  const list = <K extends string>(keys: readonly K[], counts: Record<K, number>, label: (k: K) => string) =>
    keys
      .filter((k) => counts[k] > 0)
      .map((k) => `${label(k)}: ${n(counts[k])}`)
      .join(' · ') || '—';
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('stats.received')}>
        <span data-figure="received">{n(f.received)}</span>
        {f.carriedOver > 0 && <span className="muted"> · {t('stats.carriedOver')}: {n(f.carriedOver)}</span>}
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.byKind')}>{list(FEEDBACK_KINDS, f.byKind, (k) => t(`kindShort.${k}`))}</Descriptions.Item>
      <Descriptions.Item label={t('stats.byChannel')}>{list(FEEDBACK_CHANNELS, f.byChannel, (k) => t(`channel.${k}`))}</Descriptions.Item>
      <Descriptions.Item label={t('stats.handledOnTime')}>
        <span data-figure="handledOnTime">{n(f.handledOnTime)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.handledLate')}>
        <span data-figure="handledLate">{n(f.handledLate)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.pendingOnTime')}>{n(f.pendingOnTime)}</Descriptions.Item>
      <Descriptions.Item label={t('stats.pendingOverdue')}>
        <span data-figure="pendingOverdue">{n(f.pendingOverdue)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.rejected')}>{n(f.rejected)}</Descriptions.Item>
      <Descriptions.Item label={t('stats.onTimeRate')}>
        <span data-figure="onTimeRate">{f.onTimeRate ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.satisfaction')}>
        {f.satisfactionRate ?? '—'}{' '}
        <span className="muted">({t('stats.ratings', { very: n(f.ratedVerySatisfied), ok: n(f.ratedSatisfied), bad: n(f.ratedDissatisfied) })})</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.score52')}>
        <Typography.Text strong data-figure="score52">
          {formatDecimalVi(f.scores766.handledOnTime)} {t('stats.max', { max: 6 })}
        </Typography.Text>
        <div className="formula">{formulas.handledOnTime}</div>
      </Descriptions.Item>
      <Descriptions.Item label={t('stats.score53')}>
        <Typography.Text strong>
          {formatDecimalVi(f.scores766.satisfaction)} {t('stats.max', { max: 6 })}
        </Typography.Text>
        <div className="formula">{formulas.satisfaction}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Period statistics of the unit's feedback (and of the units below it), with the late items by name. */
export function StatsBlock({ unit, period, onOpen, extra }: { unit: string; period: PeriodQuery; onOpen: (code: string) => void; extra?: ReactNode }) {
  const { t } = useTranslation('feedback');
  const q = useQuery({ queryKey: ['feedback', 'stats', unit, period], queryFn: () => fetchFeedbackStats(unit, period) });
  const s = q.data;
  const hasChildren = s !== undefined && Object.keys(s.byUnit).length > 1;
  return (
    <Card size="small" title={t('stats.title')} extra={extra} className="mb" data-testid="feedback-stats">
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isLoading && <Spin />}
      {s && (
        <>
          {s.self.total + s.children.total === 0 && <Typography.Paragraph type="secondary">{t('stats.none')}</Typography.Paragraph>}
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={hasChildren ? 12 : 24}>
              <Typography.Text strong>
                {t('stats.self')} — {s.unit.name}
              </Typography.Text>
              <Figures f={s.self} formulas={s.formulas} />
            </Col>
            {hasChildren && (
              <Col xs={24} xl={12}>
                <Typography.Text strong>{t('stats.children')}</Typography.Text>
                <Figures f={s.children} formulas={s.formulas} />
              </Col>
            )}
          </Row>
          {s.lateItems.length > 0 && (
            <>
              <Typography.Title level={5} className="mt">
                {t('stats.lateItems')}
              </Typography.Title>
              <List
                size="small"
                dataSource={s.lateItems}
                renderItem={(i) => (
                  <List.Item>
                    <Space wrap>
                      <a role="button" className="mono" onClick={() => onOpen(i.code)}>
                        {i.code}
                      </a>
                      <span>{i.title}</span>
                      <Tag color={i.state === 'late' ? 'orange' : 'red'}>{i.state === 'late' ? t('stats.late') : t('stats.overdueNow')}</Tag>
                      <span className="muted">
                        {t('col.dueAt')}: {formatDateTimeVi(i.dueAt)}
                        {i.repliedAt ? ` · ${t('detail.reply')}: ${formatDateTimeVi(i.repliedAt)}` : ''}
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}
