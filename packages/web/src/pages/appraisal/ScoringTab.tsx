import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { getAppraisal, type EntrySummary } from './api';
import { EntryStatusTag } from './common';
import { EntryPanel } from './EntryPanel';
import { points } from './logic';

/**
 * Chấm điểm: the district sees every commune's progress and opens one to appraise; a commune
 * opens its own self-assessment directly (it sees only its own until publication).
 */
export function ScoringTab({ id }: { id: number }) {
  const { t } = useTranslation('appraisal');
  const [search, setSearch] = useSearchParams();
  const q = useQuery({ queryKey: ['appraisal', id], queryFn: () => getAppraisal(id) });
  const view = q.data;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!view) return null;
  const open = (code: string | undefined) =>
    setSearch((s) => {
      const next = new URLSearchParams(s);
      if (code) next.set('xa', code);
      else next.delete('xa');
      return next;
    });
  const only = view.entries.length === 1 ? view.entries[0]!.unit.code : undefined;
  const selected = search.get('xa') ?? only;
  if (selected) {
    return (
      <>
        {!only && (
          <Button className="mb" icon={<ArrowLeftOutlined />} onClick={() => open(undefined)}>
            {t('scoring.back')}
          </Button>
        )}
        <EntryPanel id={id} unit={selected} />
      </>
    );
  }
  const columns: ColumnsType<EntrySummary> = [
    {
      title: t('scoring.unit'),
      key: 'unit',
      render: (_: unknown, e) => (
        <Button type="link" className="link-button" onClick={() => open(e.unit.code)} aria-label={t('scoring.openEntry', { unit: e.unit.name })}>
          {e.unit.name}
        </Button>
      ),
    },
    { title: t('scoring.status'), key: 'status', width: 150, render: (_: unknown, e) => <EntryStatusTag status={e.status} /> },
    { title: t('scoring.progress'), key: 'progress', width: 150, render: (_: unknown, e) => t('scoring.progressOf', { self: e.scored, appraised: e.appraisedItems, n: view.set.scoredCount }) },
    { title: t('scoring.selfTotal'), dataIndex: 'selfTotal', width: 100, align: 'right', render: (v: number) => points(v) },
    { title: t('scoring.appraisedTotal'), dataIndex: 'appraisedTotal', width: 110, align: 'right', render: (v: number) => points(v) },
    { title: t('scoring.survey'), dataIndex: 'surveyScore', width: 100, align: 'right', render: (v: number | null) => points(v) },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('scoring.intro', { n: view.entries.length })}</Typography.Paragraph>
      <Table<EntrySummary> size="small" rowKey={(e) => e.unit.code} columns={columns} dataSource={view.entries} pagination={false} />
    </>
  );
}
