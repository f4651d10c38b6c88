/**
 * The presentation rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) shared by every document the
 * product writes — the one-stop forms of Thông tư 01/2018/TT-VPCP and the periodic reports — in
 * DOCX (docx) and PDF (pdfmake): A4, margins, Times New Roman 13–14 pt, the header block (issuing
 * body left, quốc hiệu and tiêu ngữ right), "Số: …", place and date, signature and "Nơi nhận".
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { Content } from 'pdfmake/interfaces.js';
import { formatPlaceDateVi } from '@motcua/core';
import { DOCX_FONT } from './fonts.js';
import { mm } from './pdf.js';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Margins in millimetres (top/bottom 20–25, left 30–35, right 15–20). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const A4_MM = { width: 210, height: 297 } as const;
export const A5_MM = { width: 148, height: 210 } as const;

/** Who issues a document: its parent body and itself, as the header prints them. */
export interface Issuer {
  /** e.g. "UBND TỈNH HÀ TĨNH" (may be empty for a top body). */
  parentBody: string;
  /** e.g. "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ". */
  body: string;
  /** Place name of the date line, e.g. "Đức Thọ". */
  place: string;
}

export interface HeaderOptions {
  issuer: Issuer;
  /** "Số: 15/BC-UBND"; when only the suffix is known, "Số:      /BC-UBND" is printed. */
  number?: string | undefined;
  /** Local date YYYY-MM-DD; empty prints "ngày     tháng     năm" to be filled by hand. */
  date?: string | undefined;
  /** Line under "Số" on the left (trích yếu of a letter); reports have none. */
  excerpt?: string | undefined;
  /** Leaves the "Số" line out (registers and other books have no number). */
  noNumber?: boolean | undefined;
  /** Year printed when `date` is empty (a draft of a past period); default: the current year. */
  year?: number | undefined;
}

/**
 * Sizes of the header block. Reports use the defaults (A4, 13 pt); the A5 one-stop forms shrink
 * the quốc hiệu so that it stays on one line in the narrower right column.
 */
export interface HeaderLayout {
  /** Issuing body, "Số" and the place-and-date line. */
  sizePt?: number;
  /** Quốc hiệu (12–13 pt on A4). */
  nationSizePt?: number;
  /** Tiêu ngữ (13–14 pt on A4). */
  mottoSizePt?: number;
  /** Share of the width taken by the left column, in percent. */
  leftPct?: number;
  /** Line spacing of the header lines in 240ths (default 240 = single); 276 keeps stacked capitals' diacritics clear. */
  line?: number;
}

export function placeDateLine(issuer: Issuer, date: string | undefined, year?: number): string {
  if (date) return formatPlaceDateVi(issuer.place, date);
  return `${issuer.place}, ngày      tháng      năm ${year ?? new Date().getUTCFullYear()}`;
}

// ---------------------------------------------------------------- DOCX

/** Default document styles: Times New Roman 14 pt, justified body with 1 cm first-line indent. */
export function docxStyles(sizePt = 14): IStylesOptions {
  return {
    default: {
      document: { run: { font: DOCX_FONT, size: sizePt * 2 }, paragraph: { spacing: { after: 60, line: 276 } } },
    },
    paragraphStyles: [
      {
        id: 'Body',
        name: 'Body',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: sizePt * 2 },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(10) }, spacing: { before: 60, after: 60, line: 276 } },
      },
    ],
  };
}

/** Exact twips of the paper sizes (A4 = 11906 × 16838 as Word writes it); convertMillimetersToTwip floors. */
const twips = (v: number): number => ({ 210: 11906, 297: 16838, 148: 8391, 105: 5953 } as Record<number, number>)[v] ?? Math.round((v * 1440) / 25.4);

export function docxPage(format: 'A4' | 'A5' = 'A4', landscape = false): ISectionPropertiesOptions {
  const size = format === 'A4' ? A4_MM : A5_MM;
  const margins = format === 'A4' ? MARGINS_MM : { top: 12, bottom: 12, left: 15, right: 10 };
  const [w, h] = landscape ? [size.height, size.width] : [size.width, size.height];
  return {
    page: {
      // docx writes w:orient itself from the orientation flag; width/height are given portrait-first.
      size: { width: twips(Math.min(w, h)), height: twips(Math.max(w, h)), ...(landscape ? { orientation: 'landscape' as const } : {}) },
      margin: {
        top: convertMillimetersToTwip(margins.top),
        bottom: convertMillimetersToTwip(margins.bottom),
        left: convertMillimetersToTwip(margins.left),
        right: convertMillimetersToTwip(margins.right),
      },
    },
  };
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const centredLine = (runs: TextRun[], after = 0, line = 240) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, line }, children: runs });
/** A short rule under the issuing body and under the tiêu ngữ (Phụ lục I: "có đường kẻ ngang"). */
const rule = (chars: number, line = 240) => centredLine([new TextRun({ text: '─'.repeat(chars), size: 20 })], 0, line);

/**
 * The header block as a borderless two-column table: issuing body, rule and "Số" on the left;
 * quốc hiệu, tiêu ngữ, rule and the italic place-and-date line on the right.
 */
export function docxHeader(opts: HeaderOptions, sizePt = 13, layout: HeaderLayout = {}): Table {
  const s = (layout.sizePt ?? sizePt) * 2;
  const nation = (layout.nationSizePt ?? 12) * 2;
  const motto = (layout.mottoSizePt ?? Math.max(sizePt, 13)) * 2;
  const leftPct = layout.leftPct ?? 36;
  const line = layout.line ?? 240;
  const centred = (runs: TextRun[], after = 0) => centredLine(runs, after, line);
  const left: Paragraph[] = [];
  if (opts.issuer.parentBody) left.push(centred([new TextRun({ text: opts.issuer.parentBody.toUpperCase(), size: s })]));
  left.push(centred([new TextRun({ text: opts.issuer.body.toUpperCase(), bold: true, size: s })]), rule(8, line));
  if (!opts.noNumber) left.push(centred([new TextRun({ text: opts.number ? `Số: ${opts.number}` : 'Số:       /', size: s })], 60));
  if (opts.excerpt) left.push(centred([new TextRun({ text: opts.excerpt, size: 24 })]));
  const right: Paragraph[] = [
    centred([new TextRun({ text: QUOC_HIEU, bold: true, size: nation })]),
    centred([new TextRun({ text: TIEU_NGU, bold: true, size: motto })]),
    rule(18, line),
    centred([new TextRun({ text: placeDateLine(opts.issuer, opts.date, opts.year), italics: true, size: s })], 60),
  ];
  // Narrow cell margins: the quốc hiệu must stay on one line, also on A5.
  const cell = (children: Paragraph[], pct: number) =>
    new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.TOP, borders: NO_BORDERS, margins: { left: 30, right: 30 } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)] })],
  });
}

export interface SignatureOptions {
  /** Capacity lines in order, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  capacity: string[];
  /** Signer's name (bold, not capitals); empty leaves the space for a hand signature. */
  name?: string | undefined;
  /** Line spacing of the capacity lines in 240ths (default 240 = single). */
  line?: number | undefined;
}

export interface RecipientsOptions {
  /** Each recipient without the leading "- " and the trailing ";" (added here); last is "Lưu: VT, …". */
  recipients: string[];
}

/**
 * "Nơi nhận" (left, 12 pt bold italic, list 11 pt: "- …;" and the last "- Lưu: VT, NV.") beside the
 * signature block (right, bold capitals, space for the signature, then the name).
 */
export function docxSignatureAndRecipients(sig: SignatureOptions, rec: RecipientsOptions, sizePt = 14): Table {
  // Nơi nhận 12 pt and its list 11 pt beside a 14 pt signature block; scaled together on A5.
  const k = sizePt / 14;
  const centred = (runs: TextRun[]) => centredLine(runs, 0, sig.line ?? 240);
  const list = rec.recipients.map((r, i) => {
    const last = i === rec.recipients.length - 1;
    const text = `- ${r.replace(/[;.]\s*$/, '')}${last ? '.' : ';'}`;
    return new Paragraph({ spacing: { after: 0, line: 240 }, children: [new TextRun({ text, size: Math.round(22 * k) })] });
  });
  const left = [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: Math.round(24 * k) })] }), ...list];
  const s = Math.round(sizePt * 2);
  const right = [
    ...sig.capacity.map((c) => centred([new TextRun({ text: c.toUpperCase(), bold: true, size: s })])),
    ...Array.from({ length: 4 }, () => centred([new TextRun({ text: '', size: s })])),
    centred([new TextRun({ text: sig.name ?? '', bold: true, size: s })]),
  ];
  const cell = (children: Paragraph[], pct: number) => new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })] });
}

// ---------------------------------------------------------------- PDF

/** pdfmake page settings for A4 (or A5) with the Nghị định 30 margins. */
export function pdfPage(format: 'A4' | 'A5' = 'A4', landscape = false) {
  const m = format === 'A4' ? MARGINS_MM : { top: 12, bottom: 12, left: 15, right: 10 };
  return {
    pageSize: format,
    pageOrientation: landscape ? ('landscape' as const) : ('portrait' as const),
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)] as [number, number, number, number],
  };
}

const pdfRule = (width: number): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, 1, 0, 3] });

export function pdfHeader(opts: HeaderOptions, sizePt = 13, layout: HeaderLayout = {}): Content {
  sizePt = layout.sizePt ?? sizePt;
  const nation = layout.nationSizePt ?? 12;
  const motto = layout.mottoSizePt ?? Math.max(sizePt, 13);
  const leftPct = layout.leftPct ?? 36;
  // The rule under the tiêu ngữ is as long as the text (Phụ lục I); Tinos bold ≈ 0.52 em per letter.
  const mottoRule = Math.round(TIEU_NGU.length * motto * 0.52);
  const left: Content[] = [];
  if (opts.issuer.parentBody) left.push({ text: opts.issuer.parentBody.toUpperCase(), alignment: 'center', fontSize: sizePt });
  left.push({ text: opts.issuer.body.toUpperCase(), bold: true, alignment: 'center', fontSize: sizePt });
  left.push({ columns: [{ width: '*', text: '' }, { width: 50, stack: [pdfRule(50)] }, { width: '*', text: '' }] });
  if (!opts.noNumber) left.push({ text: opts.number ? `Số: ${opts.number}` : 'Số:       /', alignment: 'center', fontSize: sizePt });
  if (opts.excerpt) left.push({ text: opts.excerpt, alignment: 'center', fontSize: 12 });
  const right: Content[] = [
    { text: QUOC_HIEU, bold: true, alignment: 'center', fontSize: nation },
    { text: TIEU_NGU, bold: true, alignment: 'center', fontSize: motto },
    { columns: [{ width: '*', text: '' }, { width: mottoRule, stack: [pdfRule(mottoRule)] }, { width: '*', text: '' }] },
    { text: placeDateLine(opts.issuer, opts.date, opts.year), italics: true, alignment: 'center', fontSize: sizePt, margin: [0, 4, 0, 0] },
  ];
  return { columns: [{ width: `${leftPct}%`, stack: left }, { width: `${100 - leftPct}%`, stack: right }], columnGap: 6, margin: [0, 0, 0, 12] };
}

export function pdfSignatureAndRecipients(sig: SignatureOptions, rec: RecipientsOptions, sizePt = 14): Content {
  const k = sizePt / 14;
  const list = rec.recipients.map((r, i) => `- ${r.replace(/[;.]\s*$/, '')}${i === rec.recipients.length - 1 ? '.' : ';'}`);
  return {
    columns: [
      { width: '50%', stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 * k }, ...list.map((t) => ({ text: t, fontSize: 11 * k }))] },
      {
        width: '50%',
        stack: [
          ...sig.capacity.map((c) => ({ text: c.toUpperCase(), bold: true, alignment: 'center' as const, fontSize: sizePt })),
          { text: '\n\n\n\n', fontSize: sizePt },
          { text: sig.name ?? '', bold: true, alignment: 'center' as const, fontSize: sizePt },
        ],
      },
    ],
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}
