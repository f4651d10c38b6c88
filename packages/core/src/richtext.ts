/**
 * The rich text of a report's narrative paragraphs, kept as data rather than HTML so that the
 * editor, the DOCX writer and the PDF writer all read the same small model: paragraphs (plain,
 * "- " dash items, "+ " plus items as the seed report writes them) made of runs that may be bold,
 * italic or underlined. Pure: no I/O.
 */
export const BLOCK_STYLES = ['paragraph', 'dash', 'plus', 'heading'] as const;
export type BlockStyle = (typeof BLOCK_STYLES)[number];

export interface RichRun {
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
}

export interface RichBlock {
  style: BlockStyle;
  runs: RichRun[];
}

export type RichText = RichBlock[];

/** Plain text of rich text: one line per block, "- " / "+ " kept as the document prints them. */
export function richTextToPlain(doc: RichText): string {
  return doc.map((b) => `${b.style === 'dash' ? '- ' : b.style === 'plus' ? '+ ' : ''}${b.runs.map((r) => r.text).join('')}`).join('\n');
}

/**
 * Rich text from plain lines (a template default, a pasted text): a line starting "- " or "+ "
 * becomes an item of that style; "**bold**" and "*italic*" spans become marks.
 */
export function plainToRichText(text: string): RichText {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = /^\s*([-+])\s+(.*)$/.exec(line);
      const style: BlockStyle = m ? (m[1] === '-' ? 'dash' : 'plus') : 'paragraph';
      return { style, runs: parseMarks(m ? m[2]! : line.trim()) };
    });
}

function parseMarks(s: string): RichRun[] {
  const runs: RichRun[] = [];
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) runs.push({ text: s.slice(last, m.index) });
    runs.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2]!, italic: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) runs.push({ text: s.slice(last) });
  return runs.length ? runs : [{ text: '' }];
}

/** Whether rich text has no visible character. */
export function isRichTextEmpty(doc: RichText): boolean {
  return doc.every((b) => b.runs.every((r) => r.text.trim() === ''));
}
