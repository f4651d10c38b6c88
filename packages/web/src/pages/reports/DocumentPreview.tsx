import { formatPlaceDateVi, type RichText } from '@motcua/core';
import { Button, Input, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataKey, ObservationItem, ReportBlock, ReportView } from './api';
import { linesOf, segmentSentence, type DraftEdits } from './reportLogic';
import { RichTextEditor } from './RichTextEditor';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Read-only rich text, as the DOCX prints it. */
export function RichTextView({ doc }: { doc: RichText }) {
  return (
    <>
      {doc.map((b, i) => (
        <p key={i} className={`doc-p doc-${b.style}`}>
          {b.runs.map((r, j) => {
            let node: ReactNode = r.text;
            if (r.underline) node = <u>{node}</u>;
            if (r.italic) node = <em>{node}</em>;
            if (r.bold) node = <strong>{node}</strong>;
            return <span key={j}>{node}</span>;
          })}
        </p>
      ))}
    </>
  );
}

function BoundSentence({ block, catalogue }: { block: Extract<ReportBlock, { type: 'text' }>; catalogue: ReadonlyMap<string, DataKey> }) {
  const { t } = useTranslation('reports');
  return (
    <p className={`doc-p doc-${block.style}`} data-block={block.id}>
      {segmentSentence(block.text, block.bindings).map((s, i) =>
        s.binding ? (
          <Tooltip
            key={i}
            title={
              <>
                <div>
                  <code>{s.binding.key}</code>
                </div>
                <div>{catalogue.get(s.binding.key)?.label ?? t('doc.boundValue')}</div>
              </>
            }
          >
            {/* Focusable so keyboard users can read the tooltip too. */}
            <mark className="bound" tabIndex={0} data-key={s.binding.key}>
              {s.text}
            </mark>
          </Tooltip>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

function Observations({ items, kept, editable, onToggle }: { items: ObservationItem[]; kept: (o: ObservationItem) => boolean; editable: boolean; onToggle: (id: string, kept: boolean) => void }) {
  const { t } = useTranslation('reports');
  const shown = editable ? items : items.filter(kept);
  if (shown.length === 0) return editable ? <p className="doc-note no-print">{t('doc.noObservations')}</p> : null;
  return (
    <div className="doc-observations" data-testid="observations">
      {editable && <div className="doc-note no-print">{t('doc.observationsHint')}</div>}
      {shown.map((o) => {
        const on = kept(o);
        return (
          <div key={o.id} className={`doc-observation ${on ? '' : 'doc-dropped'}`} data-testid={`observation-${o.id}`}>
            <p className="doc-p doc-dash">{o.text}</p>
            {editable && (
              <span className="doc-observation-tools no-print">
                <Tag>{o.source}</Tag>
                {on ? (
                  <Button size="small" danger onClick={() => onToggle(o.id, false)} aria-label={t('doc.dropObservation', { text: o.text })}>
                    {t('doc.drop')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => onToggle(o.id, true)} aria-label={t('doc.keepObservation', { text: o.text })}>
                    {t('doc.keep')}
                  </Button>
                )}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The report as a document preview in the Nghị định 30/2020 layout: header block, title,
 * sections (data-bound sentences with their values highlighted, narratives editable in a draft,
 * proposed observations with keep/drop), then "Nơi nhận" and the signature block.
 */
export function DocumentPreview({
  view,
  edits,
  editable,
  catalogue,
  onEdit,
}: {
  view: ReportView;
  edits: DraftEdits;
  editable: boolean;
  catalogue: ReadonlyMap<string, DataKey>;
  onEdit: (change: (e: DraftEdits) => DraftEdits) => void;
}) {
  const { t } = useTranslation('reports');
  const signer = edits.signer ?? view.signer;
  const recipients = edits.recipients ?? view.recipients;
  const title = edits.title ?? view.title;
  const dateLine = view.issuedOn ? formatPlaceDateVi(view.place, view.issuedOn) : `${view.place}, ngày      tháng      năm ${view.to.slice(0, 4)}`;

  const block = (b: ReportBlock, i: number): ReactNode => {
    switch (b.type) {
      case 'heading':
        return (
          <p key={i} className={`doc-heading doc-h${b.level}`}>
            {b.text}
          </p>
        );
      case 'text':
        return <BoundSentence key={b.id} block={b} catalogue={catalogue} />;
      case 'narrative': {
        const content = edits.narratives[b.key] ?? b.content;
        return editable ? (
          <div key={b.key} className="doc-narrative" data-narrative={b.key}>
            <div className="doc-note no-print">{b.label}</div>
            <RichTextEditor value={content} label={b.label} onChange={(doc) => onEdit((e) => ({ ...e, narratives: { ...e.narratives, [b.key]: doc } }))} />
          </div>
        ) : (
          <div key={b.key} data-narrative={b.key}>
            <RichTextView doc={content} />
          </div>
        );
      }
      case 'observations':
        return (
          <Observations
            key={`obs-${i}`}
            items={b.items}
            editable={editable}
            kept={(o) => edits.observations[o.id] ?? o.kept}
            onToggle={(id, kept) => onEdit((e) => ({ ...e, observations: { ...e.observations, [id]: kept } }))}
          />
        );
    }
  };

  return (
    <article className="doc-page" aria-label={t('doc.preview')} data-testid="report-preview">
      <table className="doc-header" role="presentation">
        <tbody>
          <tr>
            <td>
              {view.issuer.parentBody && <div>{view.issuer.parentBody.toUpperCase()}</div>}
              <div className="doc-strong">{view.issuer.body.toUpperCase()}</div>
              <div className="doc-rule" />
              <div>{view.number ? `Số: ${view.number}` : 'Số:       /BC-UBND'}</div>
            </td>
            <td>
              <div className="doc-strong">{QUOC_HIEU}</div>
              <div className="doc-strong">{TIEU_NGU}</div>
              <div className="doc-rule wide" />
              <div className="doc-date">{dateLine}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="doc-title">BÁO CÁO</div>
      {editable ? (
        <Input.TextArea
          className="doc-subtitle-input"
          aria-label={t('doc.title')}
          autoSize
          value={title}
          onChange={(e) => {
            const v = e.target.value;
            onEdit((x) => ({ ...x, title: v }));
          }}
        />
      ) : (
        <div className="doc-subtitle">{title}</div>
      )}
      <div className="doc-rule short" />
      {view.sections.map((s) => (
        <section key={s.id} className="doc-section" data-section={s.id}>
          {s.heading && <p className="doc-heading doc-h1">{s.heading}</p>}
          {s.blocks.map(block)}
        </section>
      ))}
      <table className="doc-footer" role="presentation">
        <tbody>
          <tr>
            <td>
              <div className="doc-recipients-title">Nơi nhận:</div>
              {editable ? (
                <Input.TextArea
                  aria-label={t('doc.recipients')}
                  autoSize={{ minRows: 3 }}
                  value={recipients.join('\n')}
                  onChange={(e) => {
                    const v = e.target.value;
                    onEdit((x) => ({ ...x, recipients: v.split('\n') }));
                  }}
                />
              ) : (
                recipients.map((r, i) => (
                  <div key={i} className="doc-recipient">
                    - {r}
                  </div>
                ))
              )}
            </td>
            <td className="doc-sign">
              {editable ? (
                <>
                  <Input.TextArea
                    aria-label={t('doc.capacity')}
                    autoSize={{ minRows: 2 }}
                    value={signer.capacity.join('\n')}
                    onChange={(e) => {
                      const v = e.target.value;
                      onEdit((x) => ({ ...x, signer: { name: (x.signer ?? view.signer).name, capacity: v.split('\n') } }));
                    }}
                  />
                  <div className="doc-sign-space" />
                  <Input
                    aria-label={t('doc.signerName')}
                    value={signer.name}
                    onChange={(e) => {
                      const v = e.target.value;
                      onEdit((x) => ({ ...x, signer: { capacity: (x.signer ?? view.signer).capacity, name: v } }));
                    }}
                  />
                </>
              ) : (
                <>
                  {linesOf(signer.capacity.join('\n')).map((c, i) => (
                    <div key={i} className="doc-strong">
                      {c}
                    </div>
                  ))}
                  <div className="doc-sign-space" />
                  <div className="doc-strong">{signer.name}</div>
                </>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {view.sections.length === 0 && <Typography.Text type="secondary">{t('doc.empty')}</Typography.Text>}
    </article>
  );
}
