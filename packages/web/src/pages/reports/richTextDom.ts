import type { BlockStyle, RichBlock, RichRun, RichText } from '@motcua/core';

/**
 * The narrative editor is a contentEditable element; these two pure functions are the only
 * bridge between its HTML and the core RichText model (packages/core/src/richtext.ts), so the
 * DOCX/PDF writers never see HTML. Blocks are <p data-style="paragraph|dash|plus|heading">;
 * the "- " / "+ " markers are drawn by CSS, not stored in the text.
 */

/** The part of a DOM node the parser reads (a real DOM node satisfies it; tests may fake it). */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const STYLES: readonly BlockStyle[] = ['paragraph', 'dash', 'plus', 'heading'];
const isBlockStyle = (v: string | null | undefined): v is BlockStyle => (STYLES as readonly string[]).includes(v ?? '');

type Marks = Pick<RichRun, 'bold' | 'italic' | 'underline'>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function runToHtml(run: RichRun): string {
  let html = escapeHtml(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The editor's HTML for rich text; an empty block keeps a <br> so the caret can enter it. */
export function richTextToHtml(doc: RichText): string {
  const blocks = doc.length ? doc : [{ style: 'paragraph' as const, runs: [] }];
  return blocks
    .map((b) => {
      const inner = b.runs.map(runToHtml).join('');
      return `<p data-style="${b.style}">${inner === '' ? '<br>' : inner}</p>`;
    })
    .join('');
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'SECTION', 'ARTICLE']);

/** Marks an element adds: the tags the browser's bold/italic/underline commands produce, or inline CSS (pasted or styleWithCSS). */
function marksOf(el: NodeLike, inherited: Marks): Marks {
  const m: Marks = { ...inherited };
  const tag = el.nodeName.toUpperCase();
  if (tag === 'B' || tag === 'STRONG') m.bold = true;
  if (tag === 'I' || tag === 'EM') m.italic = true;
  if (tag === 'U' || tag === 'INS') m.underline = true;
  const css = (el.getAttribute?.('style') ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(css)?.[1];
  if (weight) m.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(css)?.[1];
  if (fontStyle) m.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const deco = /text-decoration(?:-line)?\s*:\s*([a-z -]+)/.exec(css)?.[1];
  if (deco) m.underline = deco.includes('underline');
  return m;
}

function sameMarks(a: Marks, b: Marks): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;
}

function makeRun(text: string, marks: Marks): RichRun {
  const run: RichRun = { text };
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.underline) run.underline = true;
  return run;
}

/**
 * Canonical form: runs with the same marks merged, empty runs and empty blocks dropped, only
 * `true` marks kept. Two documents that print the same are equal after this.
 */
export function normalizeRichText(doc: RichText): RichText {
  const out: RichBlock[] = [];
  for (const block of doc) {
    const runs: RichRun[] = [];
    for (const r of block.runs) {
      if (r.text === '') continue;
      const last = runs[runs.length - 1];
      if (last && sameMarks(last, r)) last.text += r.text;
      else runs.push(makeRun(r.text, r));
    }
    if (runs.every((r) => r.text.trim() === '')) continue;
    // Leading/trailing spaces of a block never print; the editor leaves them behind.
    const first = runs[0]!;
    first.text = first.text.replace(/^\s+/, '');
    const lastRun = runs[runs.length - 1]!;
    lastRun.text = lastRun.text.replace(/\s+$/, '');
    out.push({ style: block.style, runs: runs.filter((r) => r.text !== '') });
  }
  return out;
}

/** Whether two rich texts print the same (used for the dirty indicator). */
export function richTextEqual(a: RichText, b: RichText): boolean {
  return JSON.stringify(normalizeRichText(a)) === JSON.stringify(normalizeRichText(b));
}

/**
 * Rich text from the editor's DOM. Block elements start a new block (style from data-style, an
 * <h*> is a heading, a <li> a dash item); <br> also ends a block; text outside any block becomes
 * a paragraph. A paragraph the user started with "- " or "+ " becomes that item style, as the
 * seed report writes them.
 */
export function domToRichText(root: NodeLike): RichText {
  const blocks: RichBlock[] = [];
  let current: RichBlock | undefined;
  let currentStyle: BlockStyle = 'paragraph';

  const flush = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  const append = (text: string, marks: Marks) => {
    current ??= { style: currentStyle, runs: [] };
    current.runs.push(makeRun(text, marks));
  };

  const walk = (node: NodeLike, marks: Marks) => {
    if (node.nodeType === TEXT_NODE) {
      // The browser types a no-break space where a normal space would collapse; store a space.
      const text = (node.nodeValue ?? '').replace(/\u00a0/g, ' ').replace(/[\r\n]+/g, ' ');
      if (text !== '') append(text, marks);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (tag === 'BR') {
      // An empty paragraph's placeholder <br> must not create a block of its own.
      if (current) flush();
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const childMarks = marksOf(node, marks);
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const saved = currentStyle;
      const declared = node.getAttribute?.('data-style');
      if (isBlockStyle(declared)) currentStyle = declared;
      else if (/^H[1-6]$/.test(tag)) currentStyle = 'heading';
      else if (tag === 'LI') currentStyle = 'dash';
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, childMarks);
      flush();
      currentStyle = saved;
      return;
    }
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, childMarks);
  };

  for (let i = 0; i < root.childNodes.length; i++) walk(root.childNodes[i]!, {});
  flush();
  return normalizeRichText(blocks.map(typedMarker));
}

/** "- text" / "+ text" typed at the start of a paragraph → a dash / plus item without the marker. */
function typedMarker(block: RichBlock): RichBlock {
  if (block.style !== 'paragraph') return block;
  const first = block.runs.find((r) => r.text.trim() !== '');
  if (!first) return block;
  const m = /^\s*([-+])\s+/.exec(first.text);
  if (!m) return block;
  const runs = block.runs.slice(block.runs.indexOf(first));
  return {
    style: m[1] === '-' ? 'dash' : 'plus',
    runs: [{ ...first, text: first.text.slice(m[0].length) }, ...runs.slice(1)],
  };
}
