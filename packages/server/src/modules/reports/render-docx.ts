/**
 * The report as DOCX in the Nghị định 30/2020 layout: A4, margins 20/20/30/15 mm, Times New Roman
 * 14 pt justified with a first-line indent; the header block (issuing body, "Số", quốc hiệu, tiêu
 * ngữ, place and date), "BÁO CÁO" and its subtitle, the body, the closing sentence, "Nơi nhận"
 * and the signature. Page numbers are centred in the header from page 2 (Phụ lục I: the first
 * page carries none).
 */
import type { RichText } from '@motcua/core';
import { AlignmentType, convertMillimetersToTwip, Document, Header, Packer, PageNumber, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { DOCX_FONT } from '../../lib/documents/fonts.js';
import { A4_MM, MARGINS_MM, docxHeader, docxSignatureAndRecipients, docxStyles } from '../../lib/documents/nd30.js';
import type { ReportDocument } from './document.js';
import type { ReportBlock } from './template.js';

const SIZE = 14;
/** Millimetres to twips, rounded (Word's A4 is 11906 × 16838; flooring would give 11905 × 16837). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const PAGE = {
  size: { width: twip(A4_MM.width), height: twip(A4_MM.height) },
  margin: { top: twip(MARGINS_MM.top), bottom: twip(MARGINS_MM.bottom), left: twip(MARGINS_MM.left), right: twip(MARGINS_MM.right) },
};
const prefix = (style: string) => (style === 'dash' ? '- ' : style === 'plus' ? '+ ' : '');

/**
 * The report's body style: the Nghị định 30 body (justified, 14 pt, 1 cm first-line indent) with
 * 6 pt between paragraphs and 1.2 line spacing, so the stacked Vietnamese diacritics never touch.
 */
function styles(): IStylesOptions {
  const base = docxStyles(SIZE);
  return {
    ...base,
    paragraphStyles: [
      ...(base.paragraphStyles ?? []),
      {
        id: 'ReportBody',
        name: 'Report body',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: SIZE * 2 },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(10) }, spacing: { before: 0, after: 120, line: 288 } },
      },
    ],
  };
}

/** A body paragraph: justified with a first-line indent. */
const body = (runs: TextRun[]) => new Paragraph({ style: 'ReportBody', children: runs });
const plain = (text: string, extra: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, size: SIZE * 2, ...extra });

function richParagraphs(doc: RichText): Paragraph[] {
  return doc.map((b) => {
    const runs = b.runs.map((r, i) =>
      new TextRun({
        text: (i === 0 ? prefix(b.style) : '') + r.text,
        size: SIZE * 2,
        bold: r.bold === true || b.style === 'heading',
        italics: r.italic === true,
        ...(r.underline ? { underline: {} } : {}),
      }),
    );
    return body(runs.length ? runs : [plain(prefix(b.style))]);
  });
}

function blockParagraphs(b: ReportBlock): Paragraph[] {
  switch (b.type) {
    case 'heading':
      // Level 2 ("1. Cải cách thể chế") bold; level 3 (a sub-item) bold italic, as the seed sets them.
      return [body([plain(b.text, { bold: true, italics: b.level === 3 })])];
    case 'text':
      return [body([plain(prefix(b.style) + b.text)])];
    case 'narrative':
      return richParagraphs(b.content);
    case 'observations':
      return b.items.filter((o) => o.kept).map((o) => body([plain(`- ${o.text}`)]));
  }
}

const centred = (runs: TextRun[], spacing: { before?: number; after?: number } = {}) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 276, ...spacing }, children: runs });

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const children = [
    // 1.15 lines in the header and signature: stacked capitals with diacritics (ỦY, TỈNH) never touch.
    docxHeader({ issuer: doc.issuer, number: doc.number ?? '      /BC-UBND', date: doc.date, year: doc.year }, 13, { line: 276 }),
    centred([plain('BÁO CÁO', { bold: true })], { before: 360 }),
    centred([plain(doc.title, { bold: true })]),
    // The short rule under the subtitle (Phụ lục I).
    centred([new TextRun({ text: '─'.repeat(10), size: 20 })], { after: 240 }),
    ...doc.sections.flatMap((s) => [body([plain(s.heading, { bold: true })]), ...s.blocks.flatMap(blockParagraphs)]),
    body([plain(doc.closing)]),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    docxSignatureAndRecipients({ ...doc.signer, line: 276 }, { recipients: doc.recipients }),
  ];
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE * 2 })] })] });
  const document = new Document({
    creator: 'MotCua',
    title: `Báo cáo ${doc.title}`,
    styles: styles(),
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
