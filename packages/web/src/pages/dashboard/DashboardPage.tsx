import { formatNumberVi, formatPercentVi, type DossierStatus } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Segmented, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchDossierStats, fetchIndicators, fetchOverdue, fetchStatsByField, fetchTrend, getUnit, listUnits } from '../../api/endpoints';
import type { DrilldownKind, IndicatorFigures, IndicatorsResponse, OverdueItem, StatsFigures, StatsScope } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { DownloadButton } from '../../components/Download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusTag } from '../../components/Tags';
import { formatDateTimeVi, vnLocalDate } from '../../lib/format';
import { RateBars, rateRow, TrendChart, type TrendScope } from './Charts';
import './dashboard.css';
import { DrilldownDrawer, type DrillTarget } from './Drilldown';
import { FiguresBlock } from './FiguresBlock';
import { PeriodPicker } from './PeriodPicker';
import { defaultSelectionFor, periodDates, periodQuery, selectionFromSearch, trendRange, type PeriodSelection } from './periods';
import { Scores766 } from './Scores766';
import { FeedbackCard } from '../feedback/FeedbackCard';
import { bieu06Url } from '../dossier/officialForms';

const LEVELS_BELOW: Record<string, string | undefined> = { province: 'district', district: 'commune' };

function IndicatorsPanel({
  title,
  figures,
  stats,
  procedures,
  onOpen,
}: {
  title: string;
  figures: IndicatorFigures;
  stats: StatsFigures;
  procedures: IndicatorsResponse['procedures'] | undefined;
  onOpen: (kind: DrilldownKind) => void;
}) {
  const { t } = useTranslation('dashboard');
  const n = formatNumberVi;
  const ratings = stats.ratedVerySatisfied + stats.ratedSatisfied + stats.ratedDissatisfied;
  const link = (kind: DrilldownKind, value: number) =>
    value > 0 ? (
      <a role="button" data-figure={kind} onClick={() => onOpen(kind)}>
        {n(value)}
      </a>
    ) : (
      n(value)
    );
  return (
    <Card size="small" type="inner" title={title} className="indicators-panel">
      <div className="kpi-row">
        <div className="kpi">
          <div className="kpi-label">{t('indicators.onlineShare')}</div>
          <div className="kpi-value" data-testid="online-share">
            {figures.fullOnlineRate ?? '—'}
          </div>
          <div className="kpi-sub">
            {t('indicators.onlineShareDetail', { online: n(figures.fullOnlineSubmittedOnline), all: n(figures.fullOnlineDossiers) })}
          </div>
        </div>
        <div className="kpi">
          <div className="kpi-label">{t('indicators.receivedOnlineShare')}</div>
          <div className="kpi-value">{formatPercentVi(figures.receivedOnline, figures.receivedNew)}</div>
          <div className="kpi-sub">
            {n(figures.receivedOnline)}/{n(figures.receivedNew)}
          </div>
        </div>
        <div className="kpi">
          <div className="kpi-label">{t('indicators.satisfaction')}</div>
          <div className="kpi-value">{formatPercentVi(stats.ratedVerySatisfied + stats.ratedSatisfied, ratings)}</div>
          <div className="kpi-sub">
            {t('indicators.ratings', { very: n(stats.ratedVerySatisfied), ok: n(stats.ratedSatisfied), bad: n(stats.ratedDissatisfied), total: n(ratings) })}
          </div>
        </div>
      </div>
      <ul className="figure-list compact">
        <li>
          <span className="figure-label">{t('figure.overdueWithoutApology')}</span>
          <span className="figure-value">{link('overdueWithoutApology', figures.overdueWithoutApology)}</span>
        </li>
        <li>
          <span className="figure-label">{t('figure.overdueWithApology')}</span>
          <span className="figure-value">{n(figures.overdueWithApology)}</span>
        </li>
        <li>
          <span className="figure-label">{t('figure.awaitingPastDue')}</span>
          <span className="figure-value">{link('awaitingPastDue', figures.awaitingPastDue)}</span>
        </li>
        <li>
          <span className="figure-label">{t('figure.onlineAwaitingReception')}</span>
          <span className="figure-value">{n(figures.onlineAwaitingReception)}</span>
        </li>
        <li>
          <span className="figure-label">{t('figure.ratedDissatisfied')}</span>
          <span className="figure-value">{link('ratedDissatisfied', stats.ratedDissatisfied)}</span>
        </li>
      </ul>
      <Typography.Text strong>{t('indicators.scores')}</Typography.Text>
      {procedures && (
        <div className="kpi-sub mb">
          {t('indicators.procedures', {
            level: t(`translation:level.${procedures.level}`, { defaultValue: procedures.level }),
            total: n(procedures.total),
            online: n(procedures.online),
            used: n(procedures.onlineUsed),
          })}
        </div>
      )}
      {!procedures && <div className="kpi-sub mb">{t('indicators.notForChildren')}</div>}
      <Scores766 figures={figures} procedures={procedures} />
    </Card>
  );
}

function OverdueCard({ unit, unitName, onlyUnit }: { unit: string; unitName: (c: string) => string; onlyUnit: string | undefined }) {
  const { t } = useTranslation('dashboard');
  const q = useQuery({ queryKey: ['stats', 'overdue', unit], queryFn: () => fetchOverdue(unit, 1) });
  const items = (q.data?.items ?? []).filter((i) => !onlyUnit || i.unit === onlyUnit);
  const overdue = items.filter((i) => i.state === 'overdue').length;
  const columns: ColumnsType<OverdueItem> = [
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
    { title: t('drill.col.procedure'), dataIndex: 'procedureName' },
    { title: t('drill.col.status'), dataIndex: 'status', width: 150, render: (s: DossierStatus) => <StatusTag status={s} /> },
    { title: t('drill.col.dueAt'), dataIndex: 'dueAt', width: 130, render: formatDateTimeVi },
    {
      title: t('overdue.reason'),
      dataIndex: 'reason',
      render: (r: string, row) => (
        <>
          <Tag color={row.state === 'overdue' ? 'red' : 'gold'}>{t(`overdue.state.${row.state}`)}</Tag> {r}
        </>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t('overdue.title')}
      extra={q.data ? t('overdue.count', { overdue: formatNumberVi(overdue), soon: formatNumberVi(items.length - overdue) }) : null}
    >
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <Table<OverdueItem>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={items}
        loading={q.isLoading}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('overdue.none') }}
        pagination={{ pageSize: 10, showSizeChanger: false }}
      />
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { user } = useSignedIn();
  const home = deskUnitOf(user) ?? user.unit.code;
  const [search, setSearch] = useSearchParams();
  const unit = search.get('unit') || home;
  const selection: PeriodSelection = selectionFromSearch(search) ?? defaultSelectionFor(user, home, vnLocalDate());
  const dates = periodDates(selection);
  const period = periodQuery(selection);
  const valid = dates !== undefined;
  const [fieldScope, setFieldScope] = useState<StatsScope>('all');
  const [trendScope, setTrendScope] = useState<TrendScope>('self');
  const [drill, setDrill] = useState<DrillTarget>();

  const setParams = (next: { unit?: string; sel?: PeriodSelection }) => {
    const p = new URLSearchParams(search);
    if (next.unit) p.set('unit', next.unit);
    if (next.sel) {
      const q = periodQuery(next.sel);
      for (const k of ['period', 'from', 'to']) p.delete(k);
      for (const [k, v] of Object.entries(q)) p.set(k, v);
    }
    setSearch(p, { replace: true });
  };

  // The units as they were at the end of the period (codes are reused after mergers).
  const at = dates?.to;
  const homeUnit = useQuery({ queryKey: ['units', 'one', home, at], queryFn: () => getUnit(home, at), enabled: valid });
  const below = useQuery({ queryKey: ['units', 'children', home, at], queryFn: () => listUnits({ parent: home, ...(at ? { at } : {}) }), enabled: valid });
  const names = useMemo(() => {
    const m = new Map<string, string>([[user.unit.code, user.unit.name]]);
    if (homeUnit.data) m.set(homeUnit.data.code, homeUnit.data.name);
    for (const u of below.data ?? []) m.set(u.code, u.name);
    return m;
  }, [user.unit, homeUnit.data, below.data]);
  const unitName = (code: string) => names.get(code) ?? code;
  const selectedLevel = unit === home ? (homeUnit.data?.level ?? (user.unit.level === 'department' ? 'district' : user.unit.level)) : (below.data?.find((u) => u.code === unit)?.level ?? 'commune');
  const childLevel = LEVELS_BELOW[selectedLevel];

  const stats = useQuery({ queryKey: ['stats', 'dossiers', unit, period], queryFn: () => fetchDossierStats(unit, period), enabled: valid });
  const indicators = useQuery({ queryKey: ['stats', 'indicators', unit, period], queryFn: () => fetchIndicators(unit, period), enabled: valid });
  const byField = useQuery({ queryKey: ['stats', 'byField', unit, period, fieldScope], queryFn: () => fetchStatsByField(unit, period, fieldScope), enabled: valid });
  const months = trendRange(selection);
  const trend = useQuery({ queryKey: ['stats', 'trend', unit, months], queryFn: () => fetchTrend(unit, months!.from, months!.to), enabled: months !== undefined });

  const selfLabel = t(`scope.${selectedLevel}`, { defaultValue: t('scope.department') });
  const childLabel = childLevel ? t(`scope.${childLevel}`) : t('scope.below');
  const hasChildren = childLevel !== undefined;
  const open = (scope: 'self' | 'children') => (kind: DrilldownKind) =>
    setDrill({ unit, period, kind, scope, scopeLabel: `${scope === 'self' ? selfLabel : childLabel} · ${unitName(unit)}` });

  const unitRows = stats.data
    ? Object.entries(stats.data.byUnit)
        .filter(([, f]) => f.resolvedTotal > 0)
        .map(([code, f]) => rateRow(code, unitName(code), f))
        .sort((a, b) => (a.key === unit ? -1 : b.key === unit ? 1 : a.rate - b.rate))
    : [];
  const fieldRows = (byField.data?.rows ?? [])
    .filter((r) => r.figures.resolvedTotal > 0)
    .map((r) => rateRow(`${r.level}|${r.field}`, r.field, r.figures))
    .sort((a, b) => a.rate - b.rate || b.resolved - a.resolved);

  const unitOptions = [
    { value: home, label: unitName(home) },
    ...(below.data ?? []).filter((u) => u.level !== 'department').map((u) => ({ value: u.code, label: u.name })),
  ];

  return (
    <div className="dashboard">
      <Typography.Title level={4} className="page-title">
        {t('title')}
      </Typography.Title>
      <Card size="small" className="mb dashboard-filters">
        <Space wrap size="large">
          <Space>
            <Typography.Text>{t('filters.unit')}</Typography.Text>
            <Select
              aria-label={t('filters.unit')}
              showSearch={{ optionFilterProp: 'label' }}
              value={unit}
              style={{ width: 260 }}
              options={unitOptions}
              onChange={(u: string) => setParams({ unit: u })}
            />
          </Space>
          <Space>
            <Typography.Text>{t('filters.period')}</Typography.Text>
            <PeriodPicker value={selection} onChange={(sel) => setParams({ sel })} />
          </Space>
          <DownloadButton url={bieu06Url(unit, { ...period })} disabled={!valid} title={t('translation:forms.bieu06Hint')}>
            {t('translation:forms.bieu06')}
          </DownloadButton>
        </Space>
        <div className="hint">{t('clickHint')}</div>
      </Card>

      {stats.error ? <ErrorAlert error={stats.error} /> : null}
      {!valid && <Alert type="warning" title={t('filters.invalidRange')} />}
      {stats.isLoading && <Spin className="center-screen" />}
      {stats.data && (
        <Row gutter={[12, 12]} className="mb">
          <Col span={24}>
            <FiguresBlock title={`${selfLabel} — ${unitName(unit)}`} f={stats.data.self} onOpen={open('self')} />
          </Col>
          {hasChildren && (
            <Col span={24}>
              <FiguresBlock title={childLabel} f={stats.data.children} onOpen={open('children')} />
            </Col>
          )}
        </Row>
      )}

      {indicators.error ? <ErrorAlert error={indicators.error} /> : null}
      {indicators.data && stats.data && (
        <Card size="small" title={t('indicators.title')} className="mb">
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={hasChildren ? 12 : 24}>
              <IndicatorsPanel title={selfLabel} figures={indicators.data.self} stats={stats.data.self} procedures={indicators.data.procedures} onOpen={open('self')} />
            </Col>
            {hasChildren && (
              <Col xs={24} xl={12}>
                <IndicatorsPanel title={childLabel} figures={indicators.data.children} stats={stats.data.children} procedures={undefined} onOpen={open('children')} />
              </Col>
            )}
          </Row>
        </Card>
      )}

      <Row gutter={[12, 12]} className="mb">
        <Col xs={24} xl={12}>
          <Card size="small" title={t('charts.byUnit')}>
            {stats.isLoading ? <Spin /> : <RateBars rows={unitRows} onSelect={(code) => code !== unit && setParams({ unit: code })} />}
            {unitRows.length > 1 && <div className="hint">{t('charts.clickUnit')}</div>}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('charts.byField')}
            extra={
              hasChildren ? (
                <Segmented<StatsScope>
                  size="small"
                  value={fieldScope}
                  onChange={setFieldScope}
                  options={[
                    { value: 'all', label: t('scope.all') },
                    { value: 'self', label: selfLabel },
                    { value: 'children', label: childLabel },
                  ]}
                />
              ) : null
            }
          >
            {byField.error ? <ErrorAlert error={byField.error} /> : byField.isLoading ? <Spin /> : <div className="chart-scroll"><RateBars rows={fieldRows} /></div>}
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('charts.trend')} className="mb">
        {trend.error ? <ErrorAlert error={trend.error} /> : null}
        {trend.isLoading && <Spin />}
        {trend.data && (
          <TrendChart data={trend.data} scope={hasChildren ? trendScope : 'self'} onScope={setTrendScope} scopeLabels={hasChildren ? { self: selfLabel, children: childLabel } : undefined} />
        )}
      </Card>

      {valid && <FeedbackCard unit={unit} period={period} />}

      <OverdueCard unit={home} unitName={unitName} onlyUnit={unit === home ? undefined : unit} />

      <DrilldownDrawer target={drill} unitName={unitName} onClose={() => setDrill(undefined)} />
    </div>
  );
}
