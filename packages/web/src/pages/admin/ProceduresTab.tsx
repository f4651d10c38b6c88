import { UploadOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@motcua/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { importProceduresJsonl, listProcedures } from '../../api/endpoints';
import type { ImportResult, OnlineLevel, Procedure, ProcedureLevel } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimalVi } from '../../lib/format';
import { ProcedureEditor } from './ProcedureEditor';
import { useIdempotencyKey } from './useIdempotentMutation';

function ImportOutcome({ result, error }: { result: ImportResult | undefined; error: unknown }) {
  const { t } = useTranslation('admin');
  if (result) return <Alert className="mb" type="success" showIcon title={t('procedures.imported', { ...result })} />;
  if (error instanceof ApiError && error.status === 400 && error.issues.length) {
    return (
      <Alert
        className="mb"
        type="error"
        showIcon
        title={t('procedures.importRejected', { n: error.issues.length })}
        description={
          <ul className="error-details import-issues">
            {error.issues.map((i, k) => (
              <li key={k}>{i.line !== undefined ? t('procedures.issueLine', { line: i.line, field: i.field, reason: i.reason }) : `${i.field}: ${i.reason}`}</li>
            ))}
          </ul>
        }
      />
    );
  }
  return error ? (
    <div className="mb">
      <ErrorAlert error={error} />
    </div>
  ) : null;
}

export function ProceduresTab() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<ProcedureLevel>();
  const [online, setOnline] = useState<OnlineLevel>();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [editing, setEditing] = useState<Procedure>();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();

  const list = useQuery({
    queryKey: ['procedures', 'admin', q, level, online, page],
    queryFn: () =>
      listProcedures({ q, ...(level ? { level } : {}), ...(online ? { onlineLevel: online } : {}), limit: page.size, offset: (page.current - 1) * page.size }),
    placeholderData: keepPreviousData,
  });
  const importer = useMutation({
    mutationFn: (text: string) => importProceduresJsonl(text, keyFor(text)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['procedures'] }),
  });

  const columns: ColumnsType<Procedure> = [
    { title: t('procedures.col.code'), dataIndex: 'code', width: 120, render: (c: string) => <span className="mono">{c}</span> },
    {
      title: t('procedures.col.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <>
          {name}
          {p.demo && (
            <Tag className="ml" color="default">
              demo
            </Tag>
          )}
        </>
      ),
    },
    { title: t('procedures.col.field'), dataIndex: 'field', width: 180 },
    { title: t('procedures.col.level'), dataIndex: 'level', width: 100, render: (l: string) => tc(`level.${l}`) },
    { title: t('procedures.col.workingDays'), dataIndex: 'workingDays', width: 110, align: 'right', render: (d: number) => formatDecimalVi(d) },
    { title: t('procedures.col.online'), dataIndex: 'onlineLevel', width: 100, render: (o: OnlineLevel) => <Tag color={o === 'full' ? 'green' : o === 'partial' ? 'blue' : 'default'}>{t(`procedures.online.${o}`)}</Tag> },
    { title: t('procedures.col.steps'), width: 70, align: 'right', render: (_: unknown, p) => p.steps.length },
    { title: t('procedures.col.version'), dataIndex: 'version', width: 80, align: 'right' },
    {
      width: 80,
      render: (_: unknown, p) => (
        <Button size="small" onClick={() => setEditing(p)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space wrap className="mb">
        <Input.Search
          allowClear
          placeholder={t('procedures.search')}
          enterButton={t('common.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
          style={{ width: 420 }}
        />
        <Select<ProcedureLevel | ''>
          value={level ?? ''}
          style={{ width: 140 }}
          onChange={(v) => {
            setLevel(v || undefined);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={[{ value: '', label: t('procedures.allLevels') }, ...(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: tc(`level.${l}`) }))]}
        />
        <Select<OnlineLevel | ''>
          value={online ?? ''}
          style={{ width: 170 }}
          onChange={(v) => {
            setOnline(v || undefined);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={[{ value: '', label: t('procedures.allOnline') }, ...(['full', 'partial', 'none'] as const).map((l) => ({ value: l, label: t(`procedures.online.${l}`) }))]}
        />
        <Upload
          accept=".jsonl,.ndjson,.txt,application/x-ndjson"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => importer.mutate(text));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importer.isPending}>
            {t('procedures.import')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('procedures.importHint')}</Typography.Text>
      </Space>
      <ImportOutcome result={importer.data} error={importer.error} />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Table<Procedure>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('procedures.total', { n: formatNumberVi(n) }),
          onChange: (current, size) => setPage({ current, size }),
        }}
      />
      {editing && <ProcedureEditor procedure={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
