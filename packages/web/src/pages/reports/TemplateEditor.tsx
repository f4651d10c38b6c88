import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { viDate } from '../reform/roles';
import { getReportTemplate, listReportTemplates, saveReportTemplate, type DataKey, type TemplateBlock, type TemplateSection, type TemplateView } from './api';
import { freshId, insertPlaceholder, issuePosition, moveItem, placeholderFor, sentenceProblems, templateSegments, type SentenceProblems } from './reportLogic';

type TextBlock = Extract<TemplateBlock, { type: 'text' }>;
type NarrativeBlock = Extract<TemplateBlock, { type: 'narrative' }>;

const STYLES = ['paragraph', 'dash', 'plus'] as const;

/** The pick list: keys grouped as the catalogue groups them (Hồ sơ tại đơn vị, Kế hoạch CCHC năm…). */
function groupedKeys(keys: readonly DataKey[]) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const k of keys) {
    const g = k.group ?? '';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push({ value: k.key, label: `${k.label} — {{${k.key}}}` });
  }
  return [...groups].map(([label, options]) => ({ label, title: label, options }));
}

/** One data-bound sentence: its text with {{key}} placeholders, the key pick list, and a preview. */
function SentenceEditor({ block, keys, known, onChange }: { block: TextBlock; keys: readonly DataKey[]; known: ReadonlyMap<string, DataKey>; onChange: (b: TextBlock) => void }) {
  const { t } = useTranslation('reports');
  const caret = useRef<{ start: number; end: number }>({ start: block.text.length, end: block.text.length });
  const remember = (el: HTMLTextAreaElement) => (caret.current = { start: el.selectionStart, end: el.selectionEnd });
  const problems = sentenceProblems(block.text, new Set(known.keys()));
  return (
    <>
      <Space.Compact block>
        <Select
          aria-label={t('tpl.style')}
          value={block.style}
          onChange={(style) => onChange({ ...block, style })}
          style={{ width: 150 }}
          options={STYLES.map((s) => ({ value: s, label: t(`editor.style.${s}`) }))}
        />
        <Select
          aria-label={t('tpl.insertKey')}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('tpl.insertKey')}
          value={null}
          style={{ flex: 1 }}
          popupMatchSelectWidth={false}
          options={groupedKeys(keys)}
          onChange={(key: string | null) => {
            const entry = key ? known.get(key) : undefined;
            if (!entry) return;
            const next = insertPlaceholder(block.text, placeholderFor(entry), caret.current.start, caret.current.end);
            caret.current = { start: next.caret, end: next.caret };
            onChange({ ...block, text: next.text });
          }}
        />
      </Space.Compact>
      <Input.TextArea
        aria-label={t('tpl.sentence', { example: '{{key}}' })}
        autoSize={{ minRows: 2 }}
        value={block.text}
        status={problems ? 'error' : ''}
        onChange={(e) => {
          remember(e.target);
          onChange({ ...block, text: e.target.value });
        }}
        onSelect={(e) => remember(e.currentTarget)}
        onClick={(e) => remember(e.currentTarget)}
        onKeyUp={(e) => remember(e.currentTarget)}
      />
      <div className="tpl-preview">
        {templateSegments(block.text).map((s, i) =>
          s.key ? (
            <Tooltip key={i} title={known.get(s.key)?.label ?? t('tpl.unknownKey')}>
              <Tag color={known.has(s.key) ? 'blue' : 'red'} className="tpl-key">
                {known.get(s.key)?.label ?? s.key}
                {s.filters?.length ? ` | ${s.filters.join(' | ')}` : ''}
              </Tag>
            </Tooltip>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
      <Problems problems={problems} />
    </>
  );
}

function NarrativeEditor({ block, known, onChange }: { block: NarrativeBlock; known: ReadonlyMap<string, DataKey>; onChange: (b: NarrativeBlock) => void }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <Input aria-label={t('tpl.narrativeLabel')} placeholder={t('tpl.narrativeLabel')} value={block.label} onChange={(e) => onChange({ ...block, label: e.target.value })} />
      <Input.TextArea
        aria-label={t('tpl.narrativeDefault')}
        placeholder={t('tpl.narrativeDefault')}
        autoSize={{ minRows: 2, maxRows: 12 }}
        value={block.default}
        onChange={(e) => onChange({ ...block, default: e.target.value })}
      />
      <Problems problems={sentenceProblems(block.default, new Set(known.keys()))} />
      <Typography.Text type="secondary">{t('tpl.narrativeHint', { key: block.key })}</Typography.Text>
    </>
  );
}

/** The local check of a text with placeholders, in the words of the 400 the server would answer. */
function Problems({ problems }: { problems: SentenceProblems | undefined }) {
  const { t } = useTranslation('reports');
  if (!problems) return null;
  return (
    <Typography.Text type="danger" role="alert">
      {[
        problems.keys.length ? t('tpl.unknownKeys', { keys: problems.keys.join(', ') }) : '',
        problems.filters.length ? t('tpl.unknownFilters', { filters: problems.filters.join(', ') }) : '',
        problems.malformed ? t('tpl.malformed', { example: '{{key|filter}}' }) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    </Typography.Text>
  );
}

function BlockEditor({
  block,
  keys,
  known,
  onChange,
}: {
  block: TemplateBlock;
  keys: readonly DataKey[];
  known: ReadonlyMap<string, DataKey>;
  onChange: (b: TemplateBlock) => void;
}) {
  const { t } = useTranslation('reports');
  switch (block.type) {
    case 'heading':
      return (
        <Space.Compact block>
          <Select aria-label={t('tpl.level')} value={block.level} onChange={(level) => onChange({ ...block, level })} style={{ width: 190 }} options={([2, 3] as const).map((l) => ({ value: l, label: t(`tpl.levels.${l}`) }))} />
          <Input aria-label={t('tpl.headingText')} value={block.text} onChange={(e) => onChange({ ...block, text: e.target.value })} />
        </Space.Compact>
      );
    case 'text':
      return <SentenceEditor block={block} keys={keys} known={known} onChange={onChange} />;
    case 'narrative':
      return <NarrativeEditor block={block} known={known} onChange={onChange} />;
    case 'observations':
      return <Typography.Text type="secondary">{t('tpl.observations')}</Typography.Text>;
  }
}

/** Every sentence id and narrative key in use, so new ones never collide. */
function usedIds(sections: readonly TemplateSection[]): Set<string> {
  const used = new Set<string>();
  for (const s of sections) {
    used.add(s.id);
    for (const b of s.blocks) {
      if (b.type === 'text') used.add(b.id);
      if (b.type === 'narrative') used.add(b.key);
    }
  }
  return used;
}

/** Blocks the server would refuse (empty text, unknown keys or filters): saving waits until they are fixed. */
function countProblems(sections: readonly TemplateSection[], known: ReadonlySet<string>): number {
  let n = 0;
  for (const s of sections) {
    if (!s.heading.trim() || sentenceProblems(s.heading, known)) n++;
    for (const b of s.blocks) {
      if (b.type === 'observations') continue;
      const text = b.type === 'narrative' ? b.default : b.text;
      if ((b.type !== 'narrative' && !text.trim()) || (b.type === 'narrative' && !b.label.trim()) || sentenceProblems(text, known)) n++;
    }
  }
  return n;
}

function Editor({ template, onSaved }: { template: TemplateView; onSaved: (v: TemplateView) => void }) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const keyFor = useIdempotencyKey();
  const [sections, setSections] = useState<TemplateSection[]>(template.sections);
  useEffect(() => setSections(template.sections), [template]);
  const known = useMemo(() => new Map(template.keys.map((k) => [k.key, k])), [template.keys]);
  const dirty = JSON.stringify(sections) !== JSON.stringify(template.sections);
  const save = useMutation({
    mutationFn: () => saveReportTemplate(template.id, sections, keyFor({ id: template.id, sections })),
    onSuccess: (v) => {
      void message.success(t('tpl.saved', { n: v.version }));
      onSaved(v);
    },
  });
  const issues = save.error instanceof ApiError ? save.error.issues : [];
  const flagged = new Set(issues.map((i) => issuePosition(i.field)).map((p) => `${p.section ?? ''}:${p.block ?? ''}`));
  const localProblems = countProblems(sections, new Set(known.keys()));

  const setSection = (i: number, f: (s: TemplateSection) => TemplateSection) => setSections((all) => all.map((s, j) => (j === i ? f(s) : s)));
  const setBlock = (si: number, bi: number, b: TemplateBlock) => setSection(si, (s) => ({ ...s, blocks: s.blocks.map((x, j) => (j === bi ? b : x)) }));
  const addBlock = (si: number, type: 'heading' | 'text' | 'narrative') =>
    setSections((all) => {
      const used = usedIds(all);
      return all.map((s, j) => {
        if (j !== si) return s;
        const block: TemplateBlock =
          type === 'heading'
            ? { type: 'heading', level: 2, text: '' }
            : type === 'text'
              ? { type: 'text', id: freshId(used, `${s.id}.t`), style: 'paragraph', text: '' }
              : // Narrative keys are lower-case identifiers (the server's rule); the next report reuses text by key.
                { type: 'narrative', key: freshId(used, 'doan_'), label: t('tpl.newNarrative'), default: '' };
        return { ...s, blocks: [...s.blocks, block] };
      });
    });

  const blockTitle = (b: TemplateBlock) => t(`tpl.block.${b.type}`);

  return (
    <>
      <Space className="mb" wrap>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || localProblems > 0} loading={save.isPending} onClick={() => save.mutate()}>
          {t('tpl.save')}
        </Button>
        <Button disabled={!dirty || save.isPending} onClick={() => setSections(template.sections)}>
          {t('tpl.reset')}
        </Button>
        {dirty && <Tag color="orange">{t('dirty')}</Tag>}
        {localProblems > 0 && <Typography.Text type="danger">{t('tpl.fixFirst', { n: localProblems })}</Typography.Text>}
      </Space>
      {save.error ? (
        <div className="mb">
          <ErrorAlert error={save.error} onClose={() => save.reset()} />
          {issues.length > 0 && (
            <ul className="tpl-issues" data-testid="template-issues">
              {issues.map((i, n) => {
                const p = issuePosition(i.field);
                const where = p.section !== undefined ? `${sections[p.section]?.heading || t('tpl.sectionN', { n: p.section + 1 })}${p.block !== undefined ? ` › ${t('tpl.blockN', { n: p.block + 1 })}` : ''}` : i.field;
                return <li key={n}>{`${where}: ${i.reason}`}</li>;
              })}
            </ul>
          )}
        </div>
      ) : null}
      {sections.map((s, si) => (
        <Card
          key={`${s.id}-${si}`}
          size="small"
          className={`tpl-section mb ${flagged.has(`${si}:`) ? 'tpl-flagged' : ''}`}
          title={
            <Input
              aria-label={t('tpl.sectionHeading', { n: si + 1 })}
              variant="borderless"
              className="tpl-section-heading"
              value={s.heading}
              onChange={(e) => {
                const heading = e.target.value;
                setSection(si, (x) => ({ ...x, heading }));
              }}
            />
          }
          extra={
            <Space size={2}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('tpl.up')} disabled={si === 0} onClick={() => setSections((all) => moveItem(all, si, si - 1))} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('tpl.down')} disabled={si === sections.length - 1} onClick={() => setSections((all) => moveItem(all, si, si + 1))} />
            </Space>
          }
        >
          {s.blocks.map((b, bi) => (
            <div key={bi} className={`tpl-block ${flagged.has(`${si}:${bi}`) ? 'tpl-flagged' : ''}`} data-testid={`tpl-block-${si}-${bi}`}>
              <div className="tpl-block-head">
                <Space size={4}>
                  <Typography.Text strong>{blockTitle(b)}</Typography.Text>
                  {b.when && (
                    <Tooltip title={t('tpl.whenHint')}>
                      <Tag>{t('tpl.when', { when: b.when })}</Tag>
                    </Tooltip>
                  )}
                </Space>
                <Space size={2}>
                  <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('tpl.up')} disabled={bi === 0} onClick={() => setSection(si, (x) => ({ ...x, blocks: moveItem(x.blocks, bi, bi - 1) }))} />
                  <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('tpl.down')} disabled={bi === s.blocks.length - 1} onClick={() => setSection(si, (x) => ({ ...x, blocks: moveItem(x.blocks, bi, bi + 1) }))} />
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('tpl.delete')} onClick={() => setSection(si, (x) => ({ ...x, blocks: x.blocks.filter((_, j) => j !== bi) }))} />
                </Space>
              </div>
              <BlockEditor block={b} keys={template.keys} known={known} onChange={(nb) => setBlock(si, bi, nb)} />
            </div>
          ))}
          <Space wrap>
            <Button size="small" icon={<PlusOutlined />} onClick={() => addBlock(si, 'text')}>
              {t('tpl.addText')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={() => addBlock(si, 'narrative')}>
              {t('tpl.addNarrative')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={() => addBlock(si, 'heading')}>
              {t('tpl.addHeading')}
            </Button>
          </Space>
        </Card>
      ))}
    </>
  );
}

/** "Mẫu báo cáo": the unit's report templates; a save is a new version (earlier reports keep theirs). */
export function TemplateEditor() {
  const { t } = useTranslation('reports');
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['report-templates'], queryFn: listReportTemplates });
  const [selected, setSelected] = useState<number | undefined>();
  const current = list.data?.filter((x) => x.validTo === null) ?? [];
  const id = selected ?? current[0]?.id ?? list.data?.[0]?.id;
  const detail = useQuery({ queryKey: ['report-templates', id], queryFn: () => getReportTemplate(id!), enabled: id !== undefined });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (list.isPending) return <Spin />;
  if (!list.data.length) return <Empty description={t('tpl.none')} />;
  const tpl = detail.data;
  return (
    <div className="tpl">
      <Space className="mb" wrap>
        <Select
          aria-label={t('tpl.choose')}
          value={id}
          onChange={setSelected}
          style={{ width: 420 }}
          options={list.data.map((x) => ({
            value: x.id,
            label: `${x.name} — ${t('versionN', { n: x.version })}${x.validTo ? ` (${t('tpl.until', { date: viDate(x.validTo) })})` : ''}`,
          }))}
        />
      </Space>
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {tpl && (
        <>
          <Descriptions size="small" className="mb" column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={t('tpl.code')}>{tpl.code}</Descriptions.Item>
            <Descriptions.Item label={t('tpl.version')}>
              <span data-testid="template-version">{tpl.version}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('tpl.validFrom')}>{viDate(tpl.validFrom)}</Descriptions.Item>
            <Descriptions.Item label={t('tpl.scope')}>{t(`tpl.scopes.${tpl.unitScope}`)}</Descriptions.Item>
          </Descriptions>
          <Alert className="mb" type="info" showIcon title={t('tpl.intro', { example: '{{key}}' })} />
          <Editor
            key={tpl.id}
            template={tpl}
            onSaved={(v) => {
              queryClient.setQueryData(['report-templates', v.id], v);
              void queryClient.invalidateQueries({ queryKey: ['report-templates'], exact: true });
              setSelected(v.id);
            }}
          />
        </>
      )}
    </div>
  );
}
