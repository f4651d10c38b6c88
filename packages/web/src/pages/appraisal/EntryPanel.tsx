import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { completeEntry, getEntry, reopenEntry, returnEntry, saveAppraised, saveSelf, submitEntry, type EntryItem, type EntryView } from './api';
import { EntryStatusTag, History, ReasonModal, ScrollRegion } from './common';
import { changedBody, editIssues, liveTotals, points, proposals, shownScore, shownText, type Edits, type Mode } from './logic';

type Row = { kind: 'area'; key: string; code: string; name: string; maxPoints: number } | { kind: 'item'; key: string; item: EntryItem };

const copySelfScores = (entry: EntryView, edits: Edits): Edits => {
  const next = { ...edits };
  for (const i of entry.items) if (i.scored && shownScore(i, 'appraise', edits) === null && i.selfScore !== null) next[i.code] = { ...next[i.code], score: i.selfScore };
  return next;
};

/**
 * One commune's scoring form. Self-assessment (the commune): score, evidence, the MotCua figure
 * with its proposed score. Appraisal (the council): the self score beside the appraised score
 * and a comment. Totals per area run as values are typed; the server checks the same rules.
 */
function EntryForm({ entry, mode, saving, onSave }: { entry: EntryView; mode: Mode | null; saving: boolean; onSave: (body: ReturnType<typeof changedBody>, then?: () => void) => void }) {
  const { t } = useTranslation('appraisal');
  const [edits, setEdits] = useState<Edits>({});
  const issues = mode ? editIssues(entry, mode, edits) : new Map<string, string>();
  const body = mode ? changedBody(entry, mode, edits) : {};
  const dirty = Object.keys(body).length > 0;
  const live = liveTotals(entry, mode ?? 'appraise', edits);
  const selfLive = liveTotals(entry, 'self', mode === 'self' ? edits : {});
  const showAppraised = mode === 'appraise' || entry.status === 'appraised' || entry.appraisedTotal > 0;
  const rows: Row[] = [];
  for (const a of entry.areas) {
    rows.push({ kind: 'area', key: `area:${a.code}`, code: a.code, name: a.name, maxPoints: a.maxPoints });
    for (const i of entry.items.filter((x) => x.areaCode === a.code)) rows.push({ kind: 'item', key: i.code, item: i });
  }
  const set = (code: string, patch: Edits[string]) => setEdits((e) => ({ ...e, [code]: { ...e[code], ...patch } }));
  const span = (r: Row) => (r.kind === 'area' ? { colSpan: 0 } : {});
  const scoreInput = (i: EntryItem, m: Mode, label: string) => (
    <>
      <InputNumber<number>
        aria-label={label}
        data-testid={`${m}-${i.code}`}
        decimalSeparator=","
        step={0.25}
        status={issues.has(i.code) ? 'error' : ''}
        value={shownScore(i, m, edits)}
        onChange={(v) => set(i.code, { score: v ?? null })}
        style={{ width: 92 }}
      />
      {issues.has(i.code) && (
        <div className="field-error" role="alert">
          {t(`issue.${issues.get(i.code)!.startsWith('must be a multiple') ? 'step' : issues.get(i.code)!.startsWith('must not exceed') ? 'max' : 'negative'}`, { max: points(i.maxPoints) })}
        </div>
      )}
    </>
  );
  const columns: ColumnsType<Row> = [
    {
      title: t('entry.criterion'),
      onCell: (r) => (r.kind === 'area' ? { colSpan: showAppraised ? 5 : 4 } : {}),
      render: (_: unknown, r) => {
        if (r.kind === 'area') {
          return (
            <div className="area-head">
              <span>
                {r.code}. {r.name}
              </span>
              <span data-testid={`area-total-${r.code}`}>
                {t('entry.areaTotals', { self: points(selfLive.byArea[r.code]), max: points(r.maxPoints) })}
                {showAppraised && ` · ${t('entry.areaAppraised', { v: points(mode === 'appraise' ? live.byArea[r.code] : (entry.areas.find((a) => a.code === r.code)?.appraisedTotal ?? 0)) })}`}
              </span>
            </div>
          );
        }
        const i = r.item;
        return (
          <div className={i.depth === 2 ? 'sub-criterion' : undefined}>
            <div>
              <strong>{i.code}</strong> {i.name} <span className="muted">({t('entry.max', { max: points(i.maxPoints) })})</span>
            </div>
            {i.guidance && <div className="muted small">{i.guidance}</div>}
            {i.requiredEvidence && <div className="muted small">{i.requiredEvidence}</div>}
          </div>
        );
      },
    },
    {
      title: t('entry.figure'),
      width: 210,
      onCell: span,
      render: (_: unknown, r) => {
        if (r.kind !== 'item' || !r.item.scored) return null;
        const p = r.item.prefill;
        if (!p) return r.item.savedFigure !== null ? <span className="muted">{t('entry.savedFigure', { v: points(r.item.savedFigure) })}</span> : null;
        return (
          <div className="small" data-testid={`figure-${r.item.code}`}>
            <div>{p.label}</div>
            <div>
              <a href={p.link}>{p.display}</a> <span className="muted">({p.period})</span>
            </div>
            {p.proposedScore !== null && (
              <Space size={4}>
                <Tag color="blue">{t('entry.proposed', { v: points(p.proposedScore) })}</Tag>
                {mode === 'self' && (
                  <Button size="small" onClick={() => set(r.item.code, { score: p.proposedScore })}>
                    {t('entry.useProposed')}
                  </Button>
                )}
              </Space>
            )}
          </div>
        );
      },
    },
    {
      title: t('entry.self'),
      width: 260,
      onCell: span,
      render: (_: unknown, r) => {
        if (r.kind !== 'item') return null;
        const i = r.item;
        if (!i.scored) return <span className="muted">{points(i.selfScore)}</span>;
        if (mode === 'self') {
          return (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              {scoreInput(i, 'self', t('entry.selfOf', { code: i.code }))}
              <Input.TextArea
                aria-label={t('entry.evidenceOf', { code: i.code })}
                placeholder={t('entry.evidence')}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={shownText(i, 'self', edits)}
                onChange={(e) => set(i.code, { text: e.target.value })}
              />
            </Space>
          );
        }
        return (
          <div>
            <strong data-testid={`self-value-${i.code}`}>{points(i.selfScore)}</strong>
            {i.evidence && <div className="small">{i.evidence}</div>}
            {i.selfNote && <div className="small muted">{i.selfNote}</div>}
            {i.links.map((l) => (
              <div key={l.url} className="small">
                <a href={l.url}>{l.label}</a>
              </div>
            ))}
          </div>
        );
      },
    },
    ...(showAppraised
      ? [
          {
            title: t('entry.appraised'),
            width: 260,
            onCell: span,
            render: (_: unknown, r: Row) => {
              if (r.kind !== 'item') return null;
              const i = r.item;
              if (!i.scored) return <span className="muted">{points(i.appraisedScore)}</span>;
              if (mode === 'appraise') {
                return (
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    {scoreInput(i, 'appraise', t('entry.appraisedOf', { code: i.code }))}
                    <Input.TextArea
                      aria-label={t('entry.commentOf', { code: i.code })}
                      placeholder={t('entry.comment')}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      value={shownText(i, 'appraise', edits)}
                      onChange={(e) => set(i.code, { text: e.target.value })}
                    />
                  </Space>
                );
              }
              const diff = i.appraisedScore !== null && i.selfScore !== null && i.appraisedScore !== i.selfScore;
              return (
                <div>
                  <strong className={diff ? 'down' : undefined}>{points(i.appraisedScore)}</strong>
                  {i.comment && <div className="small">{i.comment}</div>}
                </div>
              );
            },
          },
        ]
      : []),
  ];
  return (
    <>
      <Descriptions size="small" className="mb" column={{ xs: 1, md: 4 }}>
        <Descriptions.Item label={t('entry.selfTotal')}>
          <strong data-testid="self-total">{points(selfLive.total)}</strong> / {points(entry.criteriaMax)}
        </Descriptions.Item>
        {showAppraised && (
          <Descriptions.Item label={t('entry.appraisedTotal')}>
            <strong data-testid="appraised-total">{points(mode === 'appraise' ? live.total : entry.appraisedTotal)}</strong> / {points(entry.criteriaMax)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('entry.survey')}>
          {points(entry.surveyScore)} / {points(entry.surveyMax)}
        </Descriptions.Item>
        <Descriptions.Item label={t('entry.total')}>{points(entry.total)}</Descriptions.Item>
      </Descriptions>
      {mode && (
        <Space className="mb" wrap>
          <Button type="primary" disabled={!dirty || issues.size > 0} loading={saving} onClick={() => onSave(body, () => setEdits({}))}>
            {t('entry.save')}
          </Button>
          <Button disabled={!dirty || saving} onClick={() => setEdits({})}>
            {t('entry.reset')}
          </Button>
          {mode === 'self' && <Button onClick={() => setEdits((e) => proposals(entry, e))}>{t('entry.fillProposed')}</Button>}
          {mode === 'appraise' && <Button onClick={() => setEdits((e) => copySelfScores(entry, e))}>{t('entry.copySelf')}</Button>}
          {issues.size > 0 && <Typography.Text type="danger">{t('entry.fixFirst', { n: issues.size })}</Typography.Text>}
        </Space>
      )}
      <ScrollRegion label={t('entry.tableLabel')}>
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.kind === 'area' ? 'area-row' : '')}
      />
      </ScrollRegion>
    </>
  );
}

/** A commune's entry with the actions its status allows for this user. */
export function EntryPanel({ id, unit }: { id: number; unit: string }) {
  const { t } = useTranslation('appraisal');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [reason, setReason] = useState<'return' | 'reopen' | null>(null);
  const q = useQuery({ queryKey: ['appraisal', id, 'entry', unit], queryFn: () => getEntry(id, unit) });
  const entry = q.data;
  const settle = (view: EntryView, text: string) => {
    queryClient.setQueryData(['appraisal', id, 'entry', unit], view);
    void queryClient.invalidateQueries({ queryKey: ['appraisal', id], exact: true });
    void queryClient.invalidateQueries({ queryKey: ['appraisal', id, 'results'] });
    void queryClient.invalidateQueries({ queryKey: ['appraisals'] });
    void message.success(text);
  };
  const mode: Mode | null = entry?.can.selfAssess ? 'self' : entry?.can.appraise ? 'appraise' : null;
  const save = useMutation({
    mutationFn: ({ body }: { body: ReturnType<typeof changedBody>; then?: () => void }) =>
      mode === 'self' ? saveSelf(id, unit, body, keyFor({ id, unit, mode, body })) : saveAppraised(id, unit, body, keyFor({ id, unit, mode, body })),
    onSuccess: (v, vars) => {
      vars.then?.();
      settle(v, t('entry.saved'));
    },
  });
  const step = useMutation({
    mutationFn: (action: 'submit' | 'complete') => (action === 'submit' ? submitEntry(id, unit, keyFor({ id, unit, action, n: entry?.history.length })) : completeEntry(id, unit, keyFor({ id, unit, action, n: entry?.history.length }))),
    onSuccess: (v, action) => settle(v, t(action === 'submit' ? 'entry.submitted' : 'entry.completed')),
  });
  const withReason = useMutation({
    mutationFn: (text: string) =>
      reason === 'return' ? returnEntry(id, unit, text, keyFor({ id, unit, reason, text })) : reopenEntry(id, unit, text, keyFor({ id, unit, reason, text })),
    onSuccess: (v) => {
      setReason(null);
      settle(v, t('entry.statusChanged'));
    },
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!entry) return null;
  return (
    <>
      <Space className="mb" wrap align="center">
        <Typography.Title level={5} className="entry-title">
          {entry.unit.name}
        </Typography.Title>
        <EntryStatusTag status={entry.status} />
        {entry.can.submit && (
          <Popconfirm title={t('entry.submitConfirm')} okText={t('entry.submit')} cancelText={t('cancel')} onConfirm={() => step.mutate('submit')}>
            <Button loading={step.isPending}>{t('entry.submit')}</Button>
          </Popconfirm>
        )}
        {entry.can.complete && (
          <Popconfirm title={t('entry.completeConfirm')} okText={t('entry.complete')} cancelText={t('cancel')} onConfirm={() => step.mutate('complete')}>
            <Button loading={step.isPending}>{t('entry.complete')}</Button>
          </Popconfirm>
        )}
        {entry.can.returnToCommune && <Button onClick={() => setReason('return')}>{t('entry.return')}</Button>}
        {entry.can.reopen && <Button onClick={() => setReason('reopen')}>{t('entry.reopen')}</Button>}
      </Space>
      {entry.appraisalStatus === 'published' && <Alert className="mb" type="success" showIcon title={t('entry.publishedNote')} />}
      {mode === 'self' && <Alert className="mb" type="info" showIcon title={t('entry.selfNote')} />}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {step.error ? <ErrorAlert error={step.error} /> : null}
      <EntryForm key={`${entry.status}|${entry.history.length}`} entry={entry} mode={mode} saving={save.isPending} onSave={(body, then) => save.mutate({ body, ...(then ? { then } : {}) })} />
      <Typography.Title level={5}>{t('history.title')}</Typography.Title>
      <History items={entry.history} />
      {reason && (
        <ReasonModal
          title={t(reason === 'return' ? 'entry.returnTitle' : 'entry.reopenTitle', { unit: entry.unit.name })}
          okText={t(reason === 'return' ? 'entry.return' : 'entry.reopen')}
          onOk={(text) => withReason.mutate(text)}
          onClose={() => setReason(null)}
          pending={withReason.isPending}
          error={withReason.error}
        />
      )}
    </>
  );
}
