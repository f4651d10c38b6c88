import type { BlockStyle, RichText } from '@motcua/core';
import { BoldOutlined, ItalicOutlined, UnderlineOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domToRichText, richTextEqual, richTextToHtml } from './richTextDom';

type Mark = 'bold' | 'italic' | 'underline';
const MARK_ICONS: Record<Mark, ReactNode> = { bold: <BoldOutlined />, italic: <ItalicOutlined />, underline: <UnderlineOutlined /> };
const BLOCK_BUTTONS: ReadonlyArray<{ style: BlockStyle; text: string }> = [
  { style: 'paragraph', text: '¶' },
  { style: 'dash', text: '- ' },
  { style: 'plus', text: '+ ' },
];

/** The editor's top-level block elements the current selection touches. */
function selectedBlocks(root: HTMLElement): HTMLElement[] {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return [];
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return [];
  const topOf = (n: Node): HTMLElement | undefined => {
    let cur: Node | null = n;
    while (cur && cur.parentNode !== root) cur = cur.parentNode;
    return cur instanceof HTMLElement ? cur : undefined;
  };
  const first = topOf(range.startContainer);
  const last = topOf(range.endContainer);
  if (!first) return [];
  const out: HTMLElement[] = [first];
  for (let el = first; el !== last && el.nextElementSibling instanceof HTMLElement; ) {
    el = el.nextElementSibling;
    out.push(el);
  }
  return out;
}

/** Bare text typed straight into the root (an emptied editor) goes into a paragraph first. */
function wrapLooseText(root: HTMLElement): void {
  const loose = [...root.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !['P', 'DIV'].includes(n.tagName)));
  if (loose.length === 0) return;
  const p = root.ownerDocument.createElement('p');
  p.dataset['style'] = 'paragraph';
  loose[0]!.before(p);
  for (const n of loose) p.append(n);
}

/**
 * A small rich-text editor for a narrative block: bold, italic, underline, and the three
 * paragraph styles of the seed report (paragraph, "- " item, "+ " item). It is a
 * contentEditable element whose HTML is converted to and from the core RichText model by the
 * pure functions of richTextDom.ts; marks use the browser's editing commands, so undo/redo and
 * Ctrl+B/I/U work as in any editor without a library.
 */
export function RichTextEditor({ value, onChange, label, readOnly = false }: { value: RichText; onChange: (doc: RichText) => void; label: string; readOnly?: boolean }) {
  const { t } = useTranslation('reports');
  const ref = useRef<HTMLDivElement>(null);
  const emitted = useRef<RichText | undefined>(undefined);

  // Only an outside change (load, refresh, reset) rewrites the DOM: rewriting on every keystroke would lose the caret.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (emitted.current && richTextEqual(emitted.current, value)) return;
    el.innerHTML = richTextToHtml(value);
    emitted.current = value;
  }, [value]);

  const emit = () => {
    const el = ref.current;
    if (!el) return;
    wrapLooseText(el);
    const doc = domToRichText(el);
    emitted.current = doc;
    onChange(doc);
  };

  const mark = (m: Mark) => {
    ref.current?.focus();
    document.execCommand('styleWithCSS', false, 'false');
    document.execCommand(m);
    emit();
  };

  const blockStyle = (style: BlockStyle) => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    wrapLooseText(el);
    for (const b of selectedBlocks(el)) b.dataset['style'] = style;
    emit();
  };

  return (
    <div className={`rt ${readOnly ? 'rt-readonly' : ''}`}>
      {!readOnly && (
        <Space size={2} className="rt-toolbar no-print" role="toolbar" aria-label={t('editor.toolbar', { label })}>
          {(['bold', 'italic', 'underline'] as const).map((m) => (
            <Tooltip key={m} title={t(`editor.${m}`)}>
              {/* mousedown keeps the text selection the command applies to. */}
              <Button size="small" type="text" icon={MARK_ICONS[m]} aria-label={t(`editor.${m}`)} onMouseDown={(e) => e.preventDefault()} onClick={() => mark(m)} />
            </Tooltip>
          ))}
          <span className="rt-sep" />
          {BLOCK_BUTTONS.map((b) => (
            <Tooltip key={b.style} title={t(`editor.style.${b.style}`)}>
              <Button size="small" type="text" aria-label={t(`editor.style.${b.style}`)} onMouseDown={(e) => e.preventDefault()} onClick={() => blockStyle(b.style)}>
                {b.text}
              </Button>
            </Tooltip>
          ))}
        </Space>
      )}
      <div
        ref={ref}
        className="rt-content doc-body"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={readOnly}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        tabIndex={readOnly ? -1 : 0}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onInput={emit}
        onPaste={(e) => {
          // Pasted Word/HTML carries fonts and colours the model cannot hold: paste text only.
          e.preventDefault();
          document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
        }}
      />
    </div>
  );
}
