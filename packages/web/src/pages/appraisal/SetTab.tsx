import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { APPRAISAL_CRITERIA_MAX, APPRAISAL_SOURCES, APPRAISAL_SOURCE_LABELS_VI, type AppraisalAreaDef, type AppraisalCriterionDef } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Input, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { createSet, getSet, listSets, updateSet, type SetView } from './api';
import { SET_EDITORS, ScrollRegion } from './common';
import { addChild, patchNode, points, removeNode, setRows, setTotals, type SetRow } from './logic';

/**
 * The criteria set as a tree (areas → criteria → sub-criteria) with maxima and running totals:
 * a red sum where the children do not add up to their parent, and the areas' total against 70.
 * Guidance, required evidence and the MotCua figure of a criterion open below its row.
 */
function SetEditor({ set, editable }: { set: SetView; editable: boolean }) {
  const { t } = useTranslation('appraisal');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [areas, setAreas] = useState<AppraisalAreaDef[]>(set.areas);
  const [name, setName] = useState(set.name);
  const dirty = name !== set.name || JSON.stringify(areas) !== JSON.stringify(set.areas);
  const totals = setTotals(areas);
  const save = useMutation({
    mutationFn: () => {
      const body = { name, surveyMax: set.surveyMax, areas };
      return updateSet(set.id, body, keyFor({ id: set.id, body }));
    },
    onSuccess: (v) => {
      queryClient.setQueryData(['appraisal-set', set.id], v);
      void queryClient.invalidateQueries({ queryKey: ['appraisal-sets'] });
      void message.success(t('set.saved'));
    },
  });
  const patch = (r: SetRow, p: Parameters<typeof patchNode>[2]) => setAreas((a) => patchNode(a, r.path, p));
  const columns: ColumnsType<SetRow> = [
    {
      title: t('set.code'),
      width: 110,
      render: (_: unknown, r) =>
        editable ? <Input aria-label={t('set.codeOf', { code: r.code })} value={r.code} onChange={(e) => patch(r, { code: e.target.value })} /> : <span className={r.kind === 'area' ? 'strong' : undefined}>{r.code}</span>,
    },
    {
      title: t('set.name'),
      render: (_: unknown, r) =>
        editable ? (
          <Input.TextArea aria-label={t('set.nameOf', { code: r.code })} autoSize={{ minRows: 1, maxRows: 3 }} value={r.name} onChange={(e) => patch(r, { name: e.target.value })} className={r.kind === 'sub' ? 'sub-criterion' : ''} />
        ) : (
          <span className={r.kind === 'area' ? 'strong' : r.kind === 'sub' ? 'sub-criterion' : undefined}>{r.name}</span>
        ),
    },
    {
      title: t('set.max'),
      width: 110,
      render: (_: unknown, r) =>
        editable ? (
          <InputNumber<number> aria-label={t('set.maxOf', { code: r.code })} decimalSeparator="," min={0.25} max={100} step={0.25} value={r.maxPoints} onChange={(v) => v !== null && patch(r, { maxPoints: v })} style={{ width: 90 }} />
        ) : (
          points(r.maxPoints)
        ),
    },
    {
      title: t('set.childrenSum'),
      width: 120,
      render: (_: unknown, r) =>
        r.childrenSum === null ? null : (
          <Tag color={totals.mismatched.includes(r.key) ? 'red' : 'green'} data-testid={`sum-${r.code}`}>
            {points(r.childrenSum)} / {points(r.maxPoints)}
          </Tag>
        ),
    },
    {
      title: t('set.source'),
      width: 230,
      render: (_: unknown, r) => {
        const node = r.node as AppraisalCriterionDef;
        if (r.kind === 'area' || (r.kind === 'criterion' && node.subCriteria?.length)) return null;
        if (!editable) return node.source ? APPRAISAL_SOURCE_LABELS_VI[node.source] : '';
        return (
          <Select
            aria-label={t('set.sourceOf', { code: r.code })}
            allowClear
            value={node.source}
            onChange={(v) => patch(r, { source: v })}
            style={{ width: 210 }}
            placeholder={t('set.noSource')}
            options={APPRAISAL_SOURCES.map((s) => ({ value: s, label: APPRAISAL_SOURCE_LABELS_VI[s] }))}
          />
        );
      },
    },
    ...(editable
      ? [
          {
            title: '',
            width: 90,
            render: (_: unknown, r: SetRow) => (
              <Space size={2}>
                {r.kind !== 'sub' && (
                  <Tooltip title={t(r.kind === 'area' ? 'set.addCriterion' : 'set.addSub')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<PlusOutlined />}
                      aria-label={`${t(r.kind === 'area' ? 'set.addCriterion' : 'set.addSub')} ${r.code}`}
                      onClick={() => setAreas((a) => addChild(a, r.path as [number] | [number, number], t('set.newItem')))}
                    />
                  </Tooltip>
                )}
                <Tooltip title={t('set.remove')}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('set.remove')} ${r.code}`} onClick={() => setAreas((a) => removeNode(a, r.path))} />
                </Tooltip>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {set.pendingTexts > 0 && <Alert className="mb" type="warning" showIcon title={t('set.pending', { n: set.pendingTexts })} />}
      {!set.editable && <Alert className="mb" type="info" showIcon title={t('set.locked')} />}
      <Descriptions size="small" className="mb" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('set.unitYear')}>{`${set.unit.name} · ${set.year}`}</Descriptions.Item>
        <Descriptions.Item label={t('set.counts')}>{t('set.countsValue', { areas: areas.length, criteria: areas.reduce((n, a) => n + a.criteria.length, 0) })}</Descriptions.Item>
        <Descriptions.Item label={t('set.totals')}>
          <Tag color={Math.round(totals.total * 100) === APPRAISAL_CRITERIA_MAX * 100 ? 'green' : 'red'} data-testid="set-total">
            {points(totals.total)} / {APPRAISAL_CRITERIA_MAX}
          </Tag>
          {t('set.survey', { max: set.surveyMax })}
        </Descriptions.Item>
        {set.basis && <Descriptions.Item label={t('set.basis')}>{set.basis}</Descriptions.Item>}
      </Descriptions>
      {editable && (
        <Space className="mb" wrap>
          <Input aria-label={t('set.setName')} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 520 }} />
          <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()}>
            {t('set.save')}
          </Button>
          <Button disabled={!dirty || save.isPending} onClick={() => {
              setAreas(set.areas);
              setName(set.name);
            }}>
            {t('set.reset')}
          </Button>
          {totals.mismatched.length > 0 && <Typography.Text type="danger">{t('set.mismatch', { n: totals.mismatched.length })}</Typography.Text>}
        </Space>
      )}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <ScrollRegion label={t('set.tableLabel')}>
      <Table<SetRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={setRows(areas)}
        pagination={false}
        rowClassName={(r) => (r.kind === 'area' ? 'area-row' : '')}
        expandable={{
          rowExpandable: (r) => r.kind !== 'area',
          expandedRowRender: (r) => {
            const node = r.node as AppraisalCriterionDef;
            return editable ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Input.TextArea aria-label={t('set.guidanceOf', { code: r.code })} placeholder={t('set.guidance')} autoSize={{ minRows: 2, maxRows: 6 }} value={node.guidance ?? ''} onChange={(e) => patch(r, { guidance: e.target.value })} />
                <Input.TextArea aria-label={t('set.evidenceOf', { code: r.code })} placeholder={t('set.evidence')} autoSize={{ minRows: 2, maxRows: 6 }} value={node.evidence ?? ''} onChange={(e) => patch(r, { evidence: e.target.value })} />
              </Space>
            ) : (
              <>
                <div>
                  <strong>{t('set.guidance')}:</strong> {node.guidance ?? '—'}
                </div>
                <div>
                  <strong>{t('set.evidence')}:</strong> {node.evidence ?? '—'}
                </div>
              </>
            );
          },
        }}
      />
      </ScrollRegion>
    </>
  );
}

/** Bộ tiêu chí of the district for the year: create it from the template or last year's, then edit. */
export function SetTab({ district, year }: { district: string | undefined; year: number }) {
  const { t } = useTranslation('appraisal');
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const canEdit = !!district && SET_EDITORS.includes(user.role);
  const list = useQuery({ queryKey: ['appraisal-sets', district, year], queryFn: () => listSets({ ...(district ? { unit: district } : {}), year }) });
  const previous = useQuery({ queryKey: ['appraisal-sets', district, year - 1], queryFn: () => listSets({ ...(district ? { unit: district } : {}), year: year - 1 }), enabled: canEdit });
  const summary = list.data?.items[0];
  const set = useQuery({ queryKey: ['appraisal-set', summary?.id], queryFn: () => getSet(summary!.id), enabled: !!summary });
  const create = useMutation({
    mutationFn: (copyFrom?: number) => {
      const body = { unit: district!, year, ...(copyFrom ? { copyFrom } : {}) };
      return createSet(body, keyFor(body));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['appraisal-sets'] }),
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (list.isSuccess && !summary) {
    const last = previous.data?.items[0];
    return (
      <>
        <Typography.Paragraph type="secondary">{t('set.none', { year })}</Typography.Paragraph>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        {canEdit && (
          <Space wrap>
            <Button type="primary" loading={create.isPending} onClick={() => create.mutate(undefined)}>
              {t('set.fromTemplate')}
            </Button>
            {last && (
              <Button loading={create.isPending} onClick={() => create.mutate(last.id)}>
                {t('set.copyPrevious', { year: year - 1 })}
              </Button>
            )}
          </Space>
        )}
      </>
    );
  }
  if (set.error) return <ErrorAlert error={set.error} />;
  if (!set.data) return null;
  return <SetEditor key={`${set.data.id}|${set.data.updatedAt}`} set={set.data} editable={canEdit && set.data.editable} />;
}
