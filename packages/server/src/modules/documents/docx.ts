/** A form (forms.ts model) as a DOCX: Times New Roman, Nghị định 30 header, Word-native tables. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type FileChild,
  type ISectionPropertiesOptions,
} from 'docx';
import { docxHeader, docxPage, docxSignatureAndRecipients, docxStyles } from '../../lib/documents/nd30.js';
import { DOCX_FONT } from '../../lib/documents/fonts.js';
import type { Align, Block, Cell, FormDocument, Run } from './forms.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

const half = (pt: number) => Math.round(pt * 2);

function textRuns(list: Run[], sizePt: number): TextRun[] {
  // "\n" inside a run is a line break (w:br) in Word.
  return list.flatMap((x) =>
    x.text.split('\n').map(
      (text, i) => new TextRun({ text, font: DOCX_FONT, bold: x.bold ?? false, italics: x.italics ?? false, size: half(x.size ?? sizePt), ...(i > 0 ? { break: 1 } : {}) }),
    ),
  );
}

const para = (children: Array<TextRun | ImageRun>, opts: { align?: Align | undefined; indent?: boolean | undefined; before?: number | undefined; after?: number } = {}) =>
  new Paragraph({
    alignment: ALIGN[opts.align ?? 'left'],
    // An "at least" line height: a proportional one clips inline pictures in LibreOffice.
    spacing: { before: (opts.before ?? 0) * 20, after: opts.after ?? 30, ...(children.some((c) => c instanceof ImageRun) ? { line: 240, lineRule: LineRuleType.AT_LEAST } : { line: 264 }) },
    ...(opts.indent ? { indent: { left: convertMillimetersToTwip(6) } } : {}),
    children,
  });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableCell(c: Cell, sizePt: number, widthPct: number, compact = false): TableCell {
  return new TableCell({
    children: [para(textRuns(c.runs, sizePt), { align: c.align, after: 0 })],
    verticalAlign: VerticalAlign.CENTER,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    margins: compact ? { top: 20, bottom: 20, left: 30, right: 30 } : { top: 30, bottom: 30, left: 70, right: 70 },
    ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
  });
}

function block(bl: Block, doc: FormDocument): FileChild[] {
  const size = doc.sizePt;
  switch (bl.kind) {
    case 'title':
      return [
        para(textRuns([{ text: bl.text, bold: true, size: size + 1.5 }], size), { align: 'center', before: 6, after: 0 }),
        ...(bl.sub ? [para(textRuns(bl.sub, size), { align: 'center', after: 60 })] : []),
      ];
    case 'para':
      return [para(textRuns(bl.runs, size), { align: bl.align, indent: bl.indent, before: bl.spaceBefore })];
    case 'table': {
      const total = bl.widths.reduce((a, x) => a + x, 0);
      const pct = bl.widths.map((w) => (w / total) * 100);
      // Word lays spans out by itself; each cell's width is that of the column it starts in.
      const rows = (list: Cell[][], header: boolean) =>
        list.map((row) => {
          let col = 0;
          return new TableRow({
            tableHeader: header,
            cantSplit: true,
            children: row.map((c) => {
              const w = pct.slice(col, col + (c.colSpan ?? 1)).reduce((a, x) => a + x, 0);
              col += c.colSpan ?? 1;
              return tableCell(c, bl.size ?? size, w, bl.compact ?? false);
            }),
          });
        });
      return [
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, rows: [...rows(bl.header, true), ...rows(bl.body, false)] }),
        para([], { after: 40 }),
      ];
    }
    case 'signatures': {
      const pct = 100 / bl.columns.length;
      const cells = bl.columns.map(
        (c) =>
          new TableCell({
            width: { size: pct, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              para(textRuns([{ text: c.title, bold: true }], size), { align: 'center', after: 0 }),
              para(textRuns(c.hint ? [{ text: c.hint, italics: true, size: size - 1 }] : [], size), { align: 'center', after: 0 }),
              ...Array.from({ length: 3 }, () => para([], { after: 120 })),
              para(textRuns([{ text: c.name ?? '', bold: true }], size), { align: 'center', after: 0 }),
            ],
          }),
      );
      return [para([], { after: 60 }), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: cells })] })];
    }
    case 'signoff':
      return [para([], { after: 60 }), docxSignatureAndRecipients(bl.signature, bl.recipients, doc.page.format === 'A5' ? 11.5 : 14)];
    case 'qr': {
      // 96 px per inch: the image size in pixels for the requested millimetres.
      const px = Math.round((bl.sizeMm / 25.4) * 96);
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: 20, type: WidthType.PERCENTAGE },
                  borders: NO_BORDERS,
                  children: [para([new ImageRun({ type: 'png', data: bl.png, transformation: { width: px, height: px }, altText: { name: 'QR', title: 'Mã QR tra cứu hồ sơ', description: 'Mã QR tra cứu hồ sơ' } })], { after: 0 })],
                }),
                new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children: [para(textRuns(bl.runs, size), { after: 0 })] }),
              ],
            }),
          ],
        }),
      ];
    }
  }
}

export function docxChildren(doc: FormDocument): FileChild[] {
  return doc.copies.flatMap((copy, i) => [
    ...(i > 0 ? [new Paragraph({ pageBreakBefore: true, children: [] })] : []),
    docxHeader(doc.header, doc.sizePt, doc.headerLayout),
    ...copy.blocks.flatMap((bl) => block(bl, doc)),
  ]);
}

function sectionOf(doc: FormDocument): ISectionPropertiesOptions {
  const base = docxPage(doc.page.format, doc.page.landscape);
  const m = doc.page.marginsMm;
  if (!m) return base;
  const twip = convertMillimetersToTwip;
  return { ...base, page: { ...base.page, margin: { top: twip(m.top), bottom: twip(m.bottom), left: twip(m.left), right: twip(m.right) } } };
}

export async function renderFormDocx(doc: FormDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'MotCua',
    title: doc.title,
    styles: docxStyles(doc.sizePt),
    sections: [{ properties: sectionOf(doc), children: docxChildren(doc) }],
  });
  return Packer.toBuffer(document);
}
