import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import { DownloadButton } from '../../components/Download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi } from '../../lib/format';
import { getResults, resultsXlsxUrl, type AppraisalResults, type ResultItem } from './api';
import { RoundStatusTag, ScrollRegion } from './common';
import { points, signed } from './logic';

function Change({ value, rank }: { value: number | null; rank: number | null }) {
  const { t } = useTranslation('appraisal');
  if (value === null) return <>—</>;
  const cls = value > 0 ? 'up' : value < 0 ? 'down' : '';
  return (
    <span className={cls}>
      {signed(value)}
      {rank !== null && rank !== 0 && <span className="muted"> ({t('results.rankMoved', { n: signed(rank) })})</span>}
    </span>
  );
}

/** Totals per commune as horizontal bars, with the district average (recharts, as the dashboard). */
function TotalsChart({ r }: { r: AppraisalResults }) {
  const { t } = useTranslation('appraisal');
  const rows = r.items.map((i) => ({ label: i.unit.name, total: i.total }));
  if (rows.length < 2) return null;
  return (
    <div className="chart" aria-label={t('results.chart')} role="img">
      <ResponsiveContainer width="100%" height={Math.max(180, rows.length * 24 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 48, top: 4, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, r.maxTotal]} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} interval={0} />
          <ChartTooltip formatter={(v: unknown) => points(Number(v))} />
          {r.average && r.average.total !== null && <ReferenceLine x={r.average.total} stroke="#d48806" strokeDasharray="4 4" label={{ value: t('results.average'), position: 'top', fontSize: 11 }} />}
          <Bar dataKey="total" fill="#1677ff" isAnimationActive={false} label={{ position: 'right', fontSize: 11, formatter: (v: unknown) => points(Number(v)) }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Kết quả: total and by area per commune, rank (ties share it), change against last year, the average; XLSX. */
export function ResultsTab({ id }: { id: number }) {
  const { t } = useTranslation('appraisal');
  const q = useQuery({ queryKey: ['appraisal', id, 'results'], queryFn: () => getResults(id) });
  const r = q.data;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!r) return null;
  const columns: ColumnsType<ResultItem> = [
    { title: t('results.rank'), dataIndex: 'rank', width: 64, align: 'center', render: (v: number | null) => v ?? '—' },
    { title: t('results.unit'), key: 'unit', width: 190, fixed: 'left', render: (_: unknown, i) => i.unit.name },
    ...r.areas.map((a) => ({
      title: (
        <Tooltip title={`${a.name} (${t('results.max')} ${points(a.maxPoints)})`}>
          <span>{a.code}</span>
        </Tooltip>
      ),
      key: `area-${a.code}`,
      width: 58,
      align: 'right' as const,
      render: (_: unknown, i: ResultItem) => points(i.byArea[a.code]),
    })),
    { title: t('results.criteria', { max: r.criteriaMax }), dataIndex: 'criteriaScore', width: 96, align: 'right', render: (v: number) => points(v) },
    { title: t('results.survey', { max: r.surveyMax }), dataIndex: 'surveyScore', width: 96, align: 'right', render: (v: number | null) => points(v) },
    { title: t('results.total', { max: r.maxTotal }), dataIndex: 'total', width: 96, align: 'right', render: (v: number) => <strong>{points(v)}</strong> },
    { title: t('results.previous', { year: r.year - 1 }), key: 'previous', width: 96, align: 'right', render: (_: unknown, i) => (i.previous ? `${points(i.previous.total)} (${i.previous.rank})` : '—') },
    { title: t('results.change'), key: 'change', width: 130, align: 'right', render: (_: unknown, i) => <Change value={i.change} rank={i.rankChange} /> },
  ];
  return (
    <>
      <Space className="mb" wrap>
        <RoundStatusTag status={r.status} provisional={r.provisional} />
        <DownloadButton url={resultsXlsxUrl(id)}>{t('results.xlsx')}</DownloadButton>
      </Space>
      {r.provisional && <Alert className="mb" type="warning" showIcon title={t('results.provisional')} />}
      {r.partial && <Alert className="mb" type="info" showIcon title={t('results.partial')} />}
      {r.note && <Alert className="mb" type="info" showIcon title={r.note} />}
      <Descriptions size="small" className="mb" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('results.title')}>{r.title}</Descriptions.Item>
        {r.publishedAt && <Descriptions.Item label={t('results.publishedAt')}>{formatDateTimeVi(r.publishedAt)}</Descriptions.Item>}
        {r.average && <Descriptions.Item label={t('results.averageTotal')}>{points(r.average.total)}</Descriptions.Item>}
        {r.previousYear && <Descriptions.Item label={t('results.previousAverage', { year: r.previousYear.year })}>{points(r.previousYear.averageTotal)}</Descriptions.Item>}
      </Descriptions>
      {r.items.length === 0 ? (
        <Empty description={t('results.empty')} />
      ) : (
        <ScrollRegion label={t('results.tableLabel')}>
        <Table<ResultItem>
          size="small"
          rowKey={(i) => i.unit.code}
          columns={columns}
          dataSource={r.items}
          pagination={false}
          data-testid="results-table"
          summary={() =>
            r.average ? (
              <Table.Summary.Row className="average-row">
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>{t('results.average')}</Table.Summary.Cell>
                {r.areas.map((a, k) => (
                  <Table.Summary.Cell key={a.code} index={2 + k} align="right">
                    {points(r.average!.byArea[a.code])}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={2 + r.areas.length} align="right">
                  {points(r.average.criteriaScore)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3 + r.areas.length} align="right">
                  {points(r.average.surveyScore)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4 + r.areas.length} align="right">
                  {points(r.average.total)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5 + r.areas.length} colSpan={2} />
              </Table.Summary.Row>
            ) : null
          }
        />
        </ScrollRegion>
      )}
      <Typography.Title level={5} className="chart-title">
        {t('results.chart')}
      </Typography.Title>
      <TotalsChart r={r} />
    </>
  );
}
