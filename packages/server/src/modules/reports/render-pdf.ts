/**
 * The report as PDF (pdfmake, embedded Tinos): the same content and layout rules as the DOCX —
 * A4 with the Nghị định 30 margins, 14 pt justified body with a first-line indent, page numbers
 * centred at the top from page 2.
 */
import type { RichText } from '@motcua/core';
import type { Content } from 'pdfmake/interfaces.js';
import { pdfHeader, pdfPage, pdfSignatureAndRecipients } from '../../lib/documents/nd30.js';
import { mm, renderPdf } from '../../lib/documents/pdf.js';
import type { ReportDocument } from './document.js';
import type { ReportBlock } from './template.js';

const SIZE = 14;
const INDENT = mm(10);
const prefix = (style: string) => (style === 'dash' ? '- ' : style === 'plus' ? '+ ' : '');
type Run = { text: string; bold?: boolean; italics?: boolean; decoration?: 'underline' };

const para = (text: string | Run[], extra: { bold?: boolean; italics?: boolean } = {}): Content => ({
  text,
  alignment: 'justify',
  leadingIndent: INDENT,
  margin: [0, 2, 0, 2],
  ...extra,
});

function rich(doc: RichText): Content[] {
  return doc.map((b) =>
    para(
      b.runs.map((r, i) => ({
        text: (i === 0 ? prefix(b.style) : '') + r.text,
        ...(r.bold || b.style === 'heading' ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.underline ? { decoration: 'underline' as const } : {}),
      })),
    ),
  );
}

function block(b: ReportBlock): Content[] {
  switch (b.type) {
    case 'heading':
      return [para(b.text, { bold: true, ...(b.level === 3 ? { italics: true } : {}) })];
    case 'text':
      return [para(prefix(b.style) + b.text)];
    case 'narrative':
      return rich(b.content);
    case 'observations':
      return b.items.filter((o) => o.kept).map((o) => para(`- ${o.text}`));
  }
}

export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  return renderPdf({
    ...pdfPage('A4'),
    info: { title: `Báo cáo ${doc.title}`, creator: 'MotCua' },
    defaultStyle: { fontSize: SIZE, lineHeight: 1.1 },
    header: (page: number) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: SIZE, margin: [0, mm(10), 0, 0] } : null),
    content: [
      pdfHeader({ issuer: doc.issuer, number: doc.number ?? '      /BC-UBND', date: doc.date, year: doc.year }, 13),
      { text: 'BÁO CÁO', bold: true, alignment: 'center', margin: [0, 12, 0, 0] },
      { text: doc.title, bold: true, alignment: 'center' },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, 3, 0, 12] },
      ...doc.sections.flatMap((s) => [para(s.heading, { bold: true }), ...s.blocks.flatMap(block)]),
      para(doc.closing),
      pdfSignatureAndRecipients(doc.signer, { recipients: doc.recipients }),
    ],
  });
}
