import { formatNumberVi, formatPercentVi, roundHalfUp } from '@motcua/core';
import { Empty, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsFigures, TrendResponse } from '../../api/types';

const RED = '#b3261e';
const GREEN = '#389e0d';
const BLUE = '#1677ff';
const ORANGE = '#d48806';

export interface RateRow {
  key: string;
  label: string;
  onTime: number;
  resolved: number;
  /** Percent, two decimals (only for drawing: the labels use formatPercentVi on the counts). */
  rate: number;
}

/** A chart row per unit or field: on time = early + on time, out of resolved. */
export function rateRow(key: string, label: string, f: StatsFigures): RateRow {
  const onTime = f.resolvedEarly + f.resolvedOnTime;
  return { key, label, onTime, resolved: f.resolvedTotal, rate: f.resolvedTotal ? roundHalfUp((onTime * 100) / f.resolvedTotal, 2) : 0 };
}

function RateTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: RateRow }[] }) {
  const { t } = useTranslation('dashboard');
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <div>
        {t('charts.rate')}: {formatPercentVi(row.onTime, row.resolved)}
      </div>
      <div>{t('charts.resolvedCount', { onTime: formatNumberVi(row.onTime), total: formatNumberVi(row.resolved) })}</div>
    </div>
  );
}

/** Horizontal bars of on-time rates (by unit or by field); a click reports the row's key. */
export function RateBars({ rows, onSelect }: { rows: RateRow[]; onSelect?: ((key: string) => void) | undefined }) {
  const { t } = useTranslation('dashboard');
  if (!rows.length) return <Empty description={t('charts.noData')} />;
  const height = Math.max(160, rows.length * 26 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 56, top: 4, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
        <YAxis type="category" dataKey="label" width={210} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip content={<RateTooltip />} />
        <Bar
          dataKey="rate"
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(d: { payload?: RateRow }) => d.payload && onSelect?.(d.payload.key)}
          label={{ position: 'right', fontSize: 11, formatter: (v: unknown) => `${formatNumberVi(Number(v), 2)}%` }}
        >
          {rows.map((r) => (
            <Cell key={r.key} fill={r.rate >= 100 ? GREEN : r.rate >= 95 ? BLUE : r.rate >= 80 ? ORANGE : RED} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export type TrendScope = 'self' | 'children';

/** Received, resolved (left axis) and the on-time rate (right axis) per reporting month. */
export function TrendChart({ data, scope, onScope, scopeLabels }: { data: TrendResponse; scope: TrendScope; onScope: (s: TrendScope) => void; scopeLabels: Record<TrendScope, string> | undefined }) {
  const { t } = useTranslation('dashboard');
  const rows = data.months.map((m) => {
    const f = m[scope];
    return {
      month: t('charts.monthLabel', { month: `${m.month.slice(5)}/${m.month.slice(0, 4)}` }),
      received: f.receivedTotal,
      resolved: f.resolvedTotal,
      rate: f.resolvedTotal ? roundHalfUp(((f.resolvedEarly + f.resolvedOnTime) * 100) / f.resolvedTotal, 2) : null,
    };
  });
  return (
    <>
      {scopeLabels && (
        <Segmented<TrendScope>
          className="mb"
          size="small"
          value={scope}
          onChange={onScope}
          options={[
            { value: 'self', label: scopeLabels.self },
            { value: 'children', label: scopeLabels.children },
          ]}
        />
      )}
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ left: 8, right: 8, top: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="n" allowDecimals={false} tickFormatter={(v: number) => formatNumberVi(v)} />
          <YAxis yAxisId="p" orientation="right" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip
            formatter={(value: unknown, name: unknown) =>
              name === t('charts.rate') ? `${formatNumberVi(Number(value), 2)}%` : formatNumberVi(Number(value))
            }
          />
          <Legend />
          <Line yAxisId="n" type="monotone" dataKey="received" name={t('charts.received')} stroke={BLUE} isAnimationActive={false} />
          <Line yAxisId="n" type="monotone" dataKey="resolved" name={t('charts.resolved')} stroke={GREEN} isAnimationActive={false} />
          <Line yAxisId="p" type="monotone" dataKey="rate" name={t('charts.rate')} stroke={RED} strokeDasharray="5 3" isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </>
  );
}
