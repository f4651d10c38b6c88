/**
 * Mẫu 06 Sổ theo dõi hồ sơ (Thông tư 01/2018/TT-VPCP, A4): one row per dossier a desk received
 * in a date range, as a printable form (PDF/DOCX through forms.ts' model) and as XLSX.
 */
import { formatDateTimeVi, formatDateVi, formatInstant, periodBounds, type Period } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { committeeShort } from '../../lib/documents/naming.js';
import { DESK, deskIssuer, type Cell, type FormDocument, type FormUnit } from './forms.js';
import * as repo from './repo.js';

export interface RegisterRow {
  number: number;
  book: number;
  code: string;
  procedure: string;
  applicant: string;
  contact: string;
  office: string;
  receivedAt: string;
  dueAt: string | null;
  forwardedAt: string | null;
  resultAt: string | null;
  returnedAt: string | null;
  note: string;
}

export interface RegisterData {
  unit: FormUnit;
  from: string;
  to: string;
  /** Books (years of reception) the rows come from, e.g. "2023" or "2022–2023". */
  books: string;
  rows: RegisterRow[];
}

/** Printing more rows than this as PDF/DOCX takes too long for a request; XLSX has no limit. */
export const MAX_PRINTED_ROWS = 3000;

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);
/** "dd/mm/yyyy hh:mm" of an instant, or on two lines for the narrow printed columns. */
const when = (s: string | null, sep = ' ') => (s ? formatDateTimeVi(Date.parse(s)).replace(' ', sep) : '');

function noteOf(r: repo.RegisterDbRow): string {
  const notes: string[] = [];
  if (r.channel === 'online') notes.push('Nộp trực tuyến');
  if (r.channel === 'postal') notes.push('Nộp qua bưu chính');
  if (r.finishType === 'withdrawn') notes.push('Rút hồ sơ');
  if (r.finishType === 'rejected') notes.push('Không giải quyết, trả lại hồ sơ');
  if (r.timeliness === 'overdue') notes.push('Quá hạn');
  if (r.status === 'awaiting_supplement') notes.push('Chờ bổ sung hồ sơ');
  if (r.status === 'awaiting_obligation') notes.push('Chờ thực hiện nghĩa vụ tài chính');
  if (r.newAppointmentAt) notes.push(`Hẹn lại: ${formatDateTimeVi(r.newAppointmentAt.getTime())}`);
  if (r.resultVia === 'postal') notes.push('Trả qua bưu chính');
  return notes.join('; ');
}

/** The register of a desk (the unit version overlapping the period) for [from, to]. */
export async function loadRegister(db: Db, unit: UnitRow, period: Period): Promise<RegisterData> {
  const { start, cutoff } = periodBounds(period);
  const [rows, departments] = await Promise.all([repo.registerRows(db, unit.id, new Date(start), new Date(cutoff)), repo.departmentNames(db, unit.id)]);
  const years = [...new Set(rows.map((r) => r.book))].sort();
  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind, level: unit.level },
    from: period.from,
    to: period.to,
    books: years.length ? (years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`) : period.from.slice(0, 4),
    rows: rows.map((r) => {
      const a = r.applicant;
      const office = r.firstForwardTo ? (departments[r.firstForwardTo] ?? r.firstForwardTo) : '';
      return {
        number: r.number,
        book: r.book,
        code: r.code,
        procedure: r.procedureName,
        applicant: a['name'] ?? '',
        contact: [a['address'], a['phone']].filter(Boolean).join('; '),
        office,
        receivedAt: iso(r.receivedAt)!,
        dueAt: iso(r.dueAt),
        forwardedAt: iso(r.firstForwardAt),
        resultAt: r.finishType === 'resolved' ? iso(r.finishedAt) : null,
        returnedAt: iso(r.resultReturnedAt),
        note: noteOf(r),
      };
    }),
  };
}

export const REGISTER_COLUMNS = [
  // Widths in points of printed text (8 pt) on A4 landscape; the XLSX scales them to characters.
  { header: 'STT', width: 20 },
  { header: 'Mã hồ sơ', width: 100 },
  { header: 'Tên thủ tục hành chính', width: 92 },
  { header: 'Số lượng hồ sơ (bộ)', width: 24 },
  { header: 'Tên cá nhân, tổ chức', width: 58 },
  { header: 'Địa chỉ, số điện thoại', width: 60 },
  { header: 'Cơ quan chủ trì giải quyết', width: 50 },
  { header: 'Ngày, giờ nhận hồ sơ', width: 40 },
  { header: 'Ngày, giờ hẹn trả kết quả', width: 40 },
  { header: 'Ngày chuyển hồ sơ', width: 40 },
  { header: 'Ngày, giờ nhận kết quả', width: 40 },
  { header: 'Ngày, giờ trả kết quả', width: 40 },
  { header: 'Ký nhận', width: 30 },
  { header: 'Ghi chú', width: 56 },
] as const;

const rangeText = (d: Pick<RegisterData, 'from' | 'to'>) => `Từ ngày ${formatDateVi(d.from)} đến ngày ${formatDateVi(d.to)}`;

/** The register as a printable form (A4 landscape, header rows repeated on every page). */
export function registerForm(data: RegisterData, today: string): FormDocument {
  if (data.rows.length > MAX_PRINTED_ROWS) {
    const reason = `khoảng thời gian có ${data.rows.length} hồ sơ, nhiều hơn ${MAX_PRINTED_ROWS} hồ sơ có thể in một lần; chọn khoảng ngắn hơn hoặc tải tệp XLSX`;
    throw new AppError('UNPROCESSABLE', `Không lập được Sổ theo dõi hồ sơ: ${reason}`, { issues: [{ field: 'to', reason }] });
  }
  const c = (text: string, align: Cell['align'] = 'left', bold = false): Cell => ({ runs: [{ text, bold }], align });
  const body: Cell[][] = data.rows.length
    ? data.rows.map((r) => [
        c(String(r.number), 'center'),
        c(r.code),
        c(r.procedure),
        c('01', 'center'),
        c(r.applicant),
        c(r.contact),
        c(r.office),
        c(when(r.receivedAt, '\n'), 'center'),
        c(when(r.dueAt, '\n'), 'center'),
        c(when(r.forwardedAt, '\n'), 'center'),
        c(when(r.resultAt, '\n'), 'center'),
        c(when(r.returnedAt, '\n'), 'center'),
        c(''),
        c(r.note),
      ])
    : [[{ runs: [{ text: 'Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này', italics: true }], align: 'center', colSpan: 14 }]];
  return {
    fileName: `mau-06-so-theo-doi-ho-so-${data.unit.code}-${data.from}-${data.to}`,
    title: `Mẫu 06 – Sổ theo dõi hồ sơ – ${data.unit.name} – ${rangeText(data)}`,
    page: { format: 'A4', landscape: true, marginsMm: { top: 15, bottom: 15, left: 20, right: 12 } },
    sizePt: 12,
    header: { issuer: deskIssuer(data.unit), date: today, noNumber: true },
    headerLayout: { sizePt: 12, nationSizePt: 12, mottoSizePt: 13, leftPct: 38 },
    copies: [
      {
        blocks: [
          { kind: 'title', text: 'SỔ THEO DÕI HỒ SƠ', sub: [{ text: `${DESK} – ${committeeShort(data.unit)}` }] },
          { kind: 'para', align: 'center', runs: [{ text: `Quyển số: ${data.books}. ${rangeText(data)}. Tổng số: ${data.rows.length} hồ sơ`, italics: true }] },
          {
            kind: 'table',
            widths: REGISTER_COLUMNS.map((col) => col.width),
            size: 8,
            compact: true,
            header: [REGISTER_COLUMNS.map((col) => c(col.header, 'center', true)), REGISTER_COLUMNS.map((_, i) => c(`(${i + 1})`, 'center'))],
            body,
          },
        ],
      },
    ],
  };
}

/** Column widths of the workbook in characters (dates on one line there). */
const XLSX_WIDTHS = [6, 25, 34, 8, 22, 26, 22, 16, 16, 16, 16, 16, 10, 26];

/** Instant → Excel date cell showing local time (Excel dates have no zone: shift to +07:00). */
const excelDate = (s: string | null) => (s ? new Date(Date.parse(s) + 7 * 3_600_000) : null);

/** The register as a workbook: real dates, frozen headings, A4 landscape fit to width, Times New Roman. */
export async function renderRegisterXlsx(data: RegisterData, today: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }],
  });
  const font = { name: 'Times New Roman', size: 11 };
  const last = REGISTER_COLUMNS.length;
  ws.columns = XLSX_WIDTHS.map((width) => ({ width }));
  const title = (row: number, text: string, extra: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, ...extra };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  title(1, `${committeeShort(data.unit).toUpperCase()} – ${DESK.toUpperCase()}`, { bold: true });
  title(2, 'SỔ THEO DÕI HỒ SƠ', { bold: true, size: 14 });
  title(3, `Quyển số: ${data.books}. ${rangeText(data)}. Tổng số: ${data.rows.length} hồ sơ`, { italic: true });
  title(4, `(Mẫu số 06, Thông tư số 01/2018/TT-VPCP; lập ngày ${formatDateVi(today)})`, { italic: true, size: 10 });
  const header = ws.getRow(5);
  const numbers = ws.getRow(6);
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  REGISTER_COLUMNS.forEach((col, i) => {
    const h = header.getCell(i + 1);
    h.value = col.header;
    h.font = { ...font, bold: true };
    h.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    h.border = border;
    const n = numbers.getCell(i + 1);
    n.value = `(${i + 1})`;
    n.font = { ...font, italic: true, size: 10 };
    n.alignment = { horizontal: 'center' };
    n.border = border;
  });
  header.height = 48;
  const dateFmt = 'dd/mm/yyyy hh:mm';
  data.rows.forEach((r, i) => {
    const row = ws.getRow(7 + i);
    row.values = [r.number, r.code, r.procedure, 1, r.applicant, r.contact, r.office, excelDate(r.receivedAt), excelDate(r.dueAt), excelDate(r.forwardedAt), excelDate(r.resultAt), excelDate(r.returnedAt), null, r.note];
    for (let col = 1; col <= last; col++) {
      const cell = row.getCell(col);
      cell.font = font;
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true, ...(col === 1 || col === 4 ? { horizontal: 'center' as const } : {}) };
      if (col >= 8 && col <= 12) cell.numFmt = dateFmt;
    }
  });
  ws.pageSetup.printTitlesRow = '5:6';
  ws.headerFooter.oddFooter = '&C&"Times New Roman"&10Trang &P/&N';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
