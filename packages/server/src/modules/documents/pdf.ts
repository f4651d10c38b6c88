/** A form (forms.ts model) as a PDF through pdfmake, with the embedded Tinos font. */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { pdfHeader, pdfPage, pdfSignatureAndRecipients } from '../../lib/documents/nd30.js';
import { mm, renderPdf } from '../../lib/documents/pdf.js';
import type { Block, Cell, FormDocument, Run } from './forms.js';

const runs = (list: Run[]) =>
  list.map((x) => ({ text: x.text, ...(x.bold ? { bold: true } : {}), ...(x.italics ? { italics: true } : {}), ...(x.size ? { fontSize: x.size } : {}) }));

/**
 * Cells in reading order (spans leave no entries, as in Word) → pdfmake's full grid, where the
 * positions covered by a span hold empty placeholders.
 */
export function toGrid(rows: Cell[][], columns: number): Array<Array<Cell | null>> {
  const grid: Array<Array<Cell | null | undefined>> = rows.map(() => new Array<Cell | null | undefined>(columns).fill(undefined));
  rows.forEach((row, i) => {
    let col = 0;
    for (const cell of row) {
      while (col < columns && grid[i]![col] !== undefined) col++;
      if (col >= columns) break;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (grid[i + dr]) grid[i + dr]![col + dc] = null;
      grid[i]![col] = cell;
      col += cs;
    }
  });
  return grid.map((row) => row.map((c) => c ?? null));
}

function pdfCell(c: Cell | null): TableCell {
  if (!c) return {};
  return {
    text: runs(c.runs),
    ...(c.align ? { alignment: c.align } : {}),
    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
  } as TableCell;
}

function block(bl: Block, doc: FormDocument, width: number): Content {
  switch (bl.kind) {
    case 'title':
      return {
        stack: [{ text: bl.text, bold: true, alignment: 'center', fontSize: doc.sizePt + 1.5 }, ...(bl.sub ? [{ text: runs(bl.sub), alignment: 'center' as const }] : [])],
        margin: [0, 4, 0, 4],
      };
    case 'para':
      return {
        text: runs(bl.runs),
        alignment: bl.align ?? 'left',
        ...(bl.indent ? { leadingIndent: mm(6) } : {}),
        margin: [0, bl.spaceBefore ?? 0, 0, 1.5],
      };
    case 'table': {
      const total = bl.widths.reduce((a, x) => a + x, 0);
      const widths = bl.widths.map((w) => (w / total) * (width - bl.widths.length * (bl.compact ? 4.8 : 8.8)));
      const cols = bl.widths.length;
      const body = [...toGrid(bl.header, cols), ...toGrid(bl.body, cols)].map((row) => row.map(pdfCell));
      return {
        table: { headerRows: bl.header.length, widths, body, dontBreakRows: true },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0.6,
          paddingTop: () => (bl.compact ? 1.5 : 2),
          paddingBottom: () => (bl.compact ? 1.5 : 2),
          paddingLeft: () => (bl.compact ? 2 : 4),
          paddingRight: () => (bl.compact ? 2 : 4),
        },
        fontSize: bl.size ?? doc.sizePt,
        margin: [0, 2, 0, 4],
      };
    }
    case 'signatures':
      return {
        columns: bl.columns.map((c) => ({
          width: '*',
          stack: [
            { text: c.title, bold: true, alignment: 'center' as const },
            ...(c.hint ? [{ text: c.hint, italics: true, alignment: 'center' as const, fontSize: doc.sizePt - 1 }] : []),
            { text: ' ', margin: [0, 0, 0, 34] as [number, number, number, number] },
            { text: c.name ?? '', bold: true, alignment: 'center' as const },
          ],
        })),
        margin: [0, 8, 0, 0],
        unbreakable: true,
      };
    case 'signoff':
      return { stack: [pdfSignatureAndRecipients(bl.signature, bl.recipients, doc.page.format === 'A5' ? 11.5 : 14)], unbreakable: true };
    case 'qr':
      return {
        columns: [
          { image: `data:image/png;base64,${bl.png.toString('base64')}`, width: mm(bl.sizeMm), height: mm(bl.sizeMm) },
          { width: '*', text: runs(bl.runs), margin: [6, mm(bl.sizeMm) / 2 - 10, 0, 0] },
        ],
        margin: [0, 3, 0, 0],
        unbreakable: true,
      };
  }
}

const PAGE_MM = { A4: [210, 297], A5: [148, 210] } as const;

function pageOf(doc: FormDocument) {
  const page = pdfPage(doc.page.format, doc.page.landscape);
  const m = doc.page.marginsMm;
  return m ? { ...page, pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)] as [number, number, number, number] } : page;
}

/** The content of a form document (without rendering), for composing or testing. */
export function pdfContent(doc: FormDocument): Content[] {
  const page = pageOf(doc);
  const [w, h] = PAGE_MM[doc.page.format];
  const pageWidth = mm(doc.page.landscape ? h : w) - page.pageMargins[0] - page.pageMargins[2];
  return doc.copies.map((copy, i) => ({
    stack: [pdfHeader(doc.header, doc.sizePt, doc.headerLayout), ...copy.blocks.map((bl) => block(bl, doc, pageWidth))],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
}

export async function renderFormPdf(doc: FormDocument): Promise<Buffer> {
  return renderPdf({
    ...pageOf(doc),
    info: { title: doc.title, creator: 'MotCua', producer: 'MotCua' },
    defaultStyle: { font: 'Tinos', fontSize: doc.sizePt, lineHeight: 1.12 },
    content: pdfContent(doc),
  });
}
