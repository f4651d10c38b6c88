/**
 * Biểu số 06/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC" (Thông tư 01/2020/TT-VPCP) for a unit
 * and period: rows by field (lĩnh vực) grouped by the level of the receiving desk, columns 3–13 as
 * statistics.md maps them. `loadBieu06` gives plain JSON (frozen into issued reports);
 * `renderBieu06Xlsx` writes the official table.
 */
import { formatDateTimeVi, formatDateVi, formatInstant, formatPlaceDateVi, periodBounds, vietnameseCollator, type DossierStats } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { committeeShort, placeOf } from '../../lib/documents/naming.js';
import { aggregate } from '../stats/repo.js';
import { findDescendants, findUnitOverlapping } from '../units/repo.js';

/** Columns (3)…(13) in order. */
export const BIEU06_COLUMNS = [
  'received',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedOverdue',
  'inProgress',
  'inProgressOnTime',
  'inProgressOverdue',
] as const;
export type Bieu06Column = (typeof BIEU06_COLUMNS)[number];
export type Bieu06Values = Record<Bieu06Column, number>;

/** What columns (9) and (12) hold besides their names (the footnote of statistics.md). */
export interface Bieu06Parts {
  /** Returned (không giải quyết, rút hồ sơ), counted in column (9). */
  returned: number;
  /** Waiting for a supplement, counted in column (12). */
  awaitingSupplement: number;
  /** Waiting for a financial obligation, counted in column (12). */
  awaitingObligation: number;
}

export interface Bieu06Row {
  field: string;
  values: Bieu06Values;
  parts: Bieu06Parts;
}

export type Bieu06Level = 'province' | 'district' | 'commune';

export interface Bieu06Group {
  level: Bieu06Level;
  /** "Cấp huyện", "Cấp xã". */
  label: string;
  /** The receiving desks of this level. */
  units: Array<{ code: string; name: string }>;
  rows: Bieu06Row[];
  total: Bieu06Values;
  parts: Bieu06Parts;
}

export interface Bieu06Data {
  form: { number: string; basis: string; title: string; unitOfMeasure: string };
  reportingUnit: { code: string; name: string; level: string; committee: string; place: string };
  /** "UBND tỉnh Hà Tĩnh" — the unit above (or what the caller names). */
  receivingUnit: string;
  period: { name?: string; label: string; from: string; to: string };
  groups: Bieu06Group[];
  total: Bieu06Values;
  parts: Bieu06Parts;
  footnote: string[];
  /** ISO instant the figures were computed. */
  generatedAt: string;
}

export const BIEU06_FORM = {
  number: 'Biểu số 06/VPCP/KSTT',
  basis: 'Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020',
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  unitOfMeasure: 'Số hồ sơ TTHC',
} as const;

const LEVEL_LABELS: Record<Bieu06Level, string> = { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' };
const LEVELS: Bieu06Level[] = ['province', 'district', 'commune'];

const zeroValues = (): Bieu06Values => Object.fromEntries(BIEU06_COLUMNS.map((c) => [c, 0])) as Bieu06Values;
const zeroParts = (): Bieu06Parts => ({ returned: 0, awaitingSupplement: 0, awaitingObligation: 0 });

/**
 * statistics.md → Biểu 06: returned dossiers go to column (9) "đúng hạn" and paused ones to
 * column (12) "trong hạn", as official practice does, so that (3) = (7) + (11).
 */
export function bieu06Values(s: DossierStats): Bieu06Values {
  const paused = s.awaitingSupplement + s.awaitingObligation;
  return {
    received: s.receivedTotal,
    receivedOnline: s.receivedOnline,
    receivedDirect: s.receivedDirect,
    carriedOver: s.carriedOver,
    resolved: s.resolvedTotal + s.returnedTotal,
    resolvedEarly: s.resolvedEarly,
    resolvedOnTime: s.resolvedOnTime + s.returnedTotal,
    resolvedOverdue: s.resolvedOverdue,
    inProgress: s.inProgressTotal + paused,
    inProgressOnTime: s.inProgressOnTime + paused,
    inProgressOverdue: s.inProgressOverdue,
  };
}

function add<T extends object>(into: T, other: T): T {
  for (const k of Object.keys(into) as Array<keyof T>) (into[k] as number) += other[k] as number;
  return into;
}

/** "6 tháng đầu năm 2023" for 2023-H1, etc.; the dates for a custom period. */
export function periodLabelVi(p: { name?: string | undefined; from: string; to: string }): string {
  const m = p.name ? /^(\d{4})(?:-(H[12]|9M|Q[1-4]|M\d{2}))?$/.exec(p.name) : null;
  if (m) {
    const [, y, part] = m;
    if (!part) return `Năm ${y}`;
    if (part === 'H1') return `6 tháng đầu năm ${y}`;
    if (part === 'H2') return `6 tháng cuối năm ${y}`;
    if (part === '9M') return `9 tháng năm ${y}`;
    if (part.startsWith('Q')) return `Quý ${['I', 'II', 'III', 'IV'][Number(part.slice(1)) - 1]} năm ${y}`;
    return `Tháng ${Number(part.slice(1))} năm ${y}`;
  }
  return `Từ ngày ${formatDateVi(p.from)} đến ngày ${formatDateVi(p.to)}`;
}

/** The unit version the table is for (the one overlapping the period); 404 for an unknown code. */
export async function bieu06Unit(db: Db, unitCode: string, period: { from: string; to: string }): Promise<UnitRow> {
  const unit = await findUnitOverlapping(db, unitCode, period.from, period.to);
  if (!unit) throw AppError.notFound('Unit', unitCode);
  if (unit.level === 'department') {
    throw AppError.validation([{ field: 'unit', reason: 'must be a People’s Committee (tỉnh, huyện, xã): a department has no one-stop desk' }]);
  }
  return unit;
}

/**
 * The figures of Biểu 06 for a unit (its own desk and every desk below it) and a period. Pure
 * data, JSON-serialisable: the periodic report stores it when a report is issued.
 */
export async function loadBieu06(
  db: Db,
  unitCode: string,
  period: { name?: string | undefined; from: string; to: string },
  opts: { receivingUnit?: string; now?: number } = {},
): Promise<Bieu06Data> {
  const unit = await bieu06Unit(db, unitCode, period);
  const { start, cutoff } = periodBounds(period);
  const below = (await findDescendants(db, unit.id, period.from, period.to)).filter((u) => u.level !== 'department');
  const parent = unit.parentId === null ? undefined : await db.selectFrom('units').selectAll().where('id', '=', unit.parentId).executeTakeFirst();
  const groups: Bieu06Group[] = [];
  for (const level of LEVELS) {
    const desks = [unit, ...below].filter((u) => u.level === level);
    if (desks.length === 0) continue;
    // Rows by field; a field's key is "level|field" of its procedures, merged across levels here.
    const byField = new Map<string, { values: Bieu06Values; parts: Bieu06Parts }>();
    for (const [key, s] of await aggregate(db, desks.map((u) => u.id), new Date(start), new Date(cutoff), 'field')) {
      const field = key.split('|').slice(1).join('|');
      const entry = byField.get(field) ?? { values: zeroValues(), parts: zeroParts() };
      add(entry.values, bieu06Values(s));
      add(entry.parts, { returned: s.returnedTotal, awaitingSupplement: s.awaitingSupplement, awaitingObligation: s.awaitingObligation });
      byField.set(field, entry);
    }
    const rows = [...byField.entries()]
      // Fields with only side counts (refusals, ratings) have nothing in columns 3–13.
      .filter(([, e]) => BIEU06_COLUMNS.some((c) => e.values[c] !== 0))
      .map(([field, e]) => ({ field, ...e }))
      .sort((a, b) => vietnameseCollator.compare(a.field, b.field));
    groups.push({
      level,
      label: LEVEL_LABELS[level],
      units: desks.map((u) => ({ code: u.code, name: u.name })),
      rows,
      total: rows.reduce((t, r) => add(t, r.values), zeroValues()),
      parts: rows.reduce((t, r) => add(t, r.parts), zeroParts()),
    });
  }
  const total = groups.reduce((t, g) => add(t, g.total), zeroValues());
  const parts = groups.reduce((t, g) => add(t, g.parts), zeroParts());
  const now = opts.now ?? Date.now();
  return {
    form: { ...BIEU06_FORM },
    reportingUnit: { code: unit.code, name: unit.name, level: unit.level, committee: committeeShort(unit), place: placeOf(unit) },
    receivingUnit: opts.receivingUnit ?? (parent ? committeeShort(parent) : ''),
    period: { ...(period.name ? { name: period.name } : {}), label: periodLabelVi(period), from: period.from, to: period.to },
    groups,
    total,
    parts,
    footnote: [
      '(3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11).',
      `Cột (9) gồm cả ${parts.returned} hồ sơ trả lại (không đủ điều kiện giải quyết, người nộp rút hồ sơ); cột (12) gồm cả ${parts.awaitingSupplement} hồ sơ chờ bổ sung, hoàn thiện và ${parts.awaitingObligation} hồ sơ chờ thực hiện nghĩa vụ tài chính, theo cách thống kê thông dụng để (3) = (7) + (11).`,
      `Số liệu tổng hợp tự động từ Hệ thống thông tin một cửa điện tử lúc ${formatDateTimeVi(now)}; kỳ báo cáo tính theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ).`,
    ],
    generatedAt: new Date(now).toISOString(),
  };
}

// ---------------------------------------------------------------- XLSX

const FONT = 'Times New Roman';
const COLS = 13;
const HEADER_LAST_ROW = 9;
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const col = (n: number) => String.fromCharCode(64 + n);

/**
 * The official table as XLSX: header (đơn vị báo cáo, đơn vị nhận báo cáo, kỳ báo cáo), headings
 * numbered (1)…(13), numbers as numbers, SUM formulas (with cached results) for the group
 * subtotals and the grand total, frozen headings, A4 landscape fit to width, Times New Roman.
 */
export async function renderBieu06Xlsx(data: Bieu06Data): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  wb.title = `${data.form.number} – ${data.reportingUnit.committee} – ${data.period.label}`;
  const ws = wb.addWorksheet('Biểu 06', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_LAST_ROW }],
  });
  ws.columns = [{ width: 6 }, { width: 44 }, ...Array.from({ length: 11 }, () => ({ width: 11 }))];
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 12, ...extra });
  const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const put = (r1: number, c1: number, r2: number, c2: number, value: ExcelJS.CellValue, f: Partial<ExcelJS.Font> = {}, align: Partial<ExcelJS.Alignment> = {}) => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
    const cell = ws.getCell(r1, c1);
    cell.value = value;
    cell.font = font(f);
    cell.alignment = { vertical: 'middle', wrapText: true, ...align };
    return cell;
  };

  // Official header: form number and basis left, title and period centre, units right.
  put(1, 1, 1, 2, data.form.number, { bold: true });
  put(2, 1, 2, 2, data.form.basis, { italic: true, size: 11 });
  put(3, 1, 3, 2, 'Ngày nhận báo cáo (BC): ……………', { size: 11 });
  put(1, 3, 2, 10, data.form.title, { bold: true, size: 13 }, { horizontal: 'center' });
  put(3, 3, 3, 10, `Kỳ báo cáo: ${data.period.label}`, { bold: true }, { horizontal: 'center' });
  put(4, 3, 4, 10, `(Từ ngày ${formatDateVi(data.period.from)} đến ngày ${formatDateVi(data.period.to)})`, { italic: true }, { horizontal: 'center' });
  put(1, 11, 1, 13, 'Đơn vị báo cáo:', { size: 11 });
  put(2, 11, 2, 13, data.reportingUnit.committee, { bold: true, size: 11 });
  put(3, 11, 3, 13, 'Đơn vị nhận báo cáo:', { size: 11 });
  put(4, 11, 4, 13, data.receivingUnit || '……………', { bold: true, size: 11 });
  put(5, 11, 5, 13, `Đơn vị tính: ${data.form.unitOfMeasure}`, { italic: true, size: 11 }, { horizontal: 'right' });
  ws.getRow(1).height = 20;
  ws.getRow(2).height = 32;

  // Column headings (rows 6–8) and their numbers (row 9).
  const head = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    put(r1, c1, r2, c2, text, { bold: true, size: 11 }, { horizontal: 'center' });
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = thin;
  };
  head(6, 1, 8, 1, 'STT');
  head(6, 2, 8, 2, 'Lĩnh vực, công việc giải quyết theo cấp');
  head(6, 3, 6, 6, 'Số hồ sơ nhận giải quyết');
  head(6, 7, 6, 10, 'Số hồ sơ đã giải quyết');
  head(6, 11, 6, 13, 'Số hồ sơ đang giải quyết');
  head(7, 3, 8, 3, 'Tổng số');
  head(7, 4, 7, 6, 'Trong đó');
  head(8, 4, 8, 4, 'Số mới tiếp nhận trực tuyến');
  head(8, 5, 8, 5, 'Số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích');
  head(8, 6, 8, 6, 'Số kỳ trước chuyển qua');
  head(7, 7, 8, 7, 'Tổng số');
  head(7, 8, 8, 8, 'Trước hạn');
  head(7, 9, 8, 9, 'Đúng hạn');
  head(7, 10, 8, 10, 'Quá hạn');
  head(7, 11, 8, 11, 'Tổng số');
  head(7, 12, 8, 12, 'Trong hạn');
  head(7, 13, 8, 13, 'Quá hạn');
  for (let c = 1; c <= COLS; c++) {
    const cell = put(9, c, 9, c, `(${c})`, { italic: true, size: 10 }, { horizontal: 'center' });
    cell.border = thin;
  }
  ws.getRow(8).height = 62;

  // Figures: the grand total first (as official tables do), then each level with its fields.
  const numberRow = (r: number, stt: string, label: string, values: ExcelJS.CellValue[], bold: boolean) => {
    put(r, 1, r, 1, stt, { bold }, { horizontal: 'center' }).border = thin;
    put(r, 2, r, 2, label, { bold }).border = thin;
    values.forEach((v, i) => {
      const cell = put(r, 3 + i, r, 3 + i, v, { bold }, { horizontal: 'right', wrapText: false });
      cell.numFmt = '#,##0';
      cell.border = thin;
    });
  };
  const totalRow = HEADER_LAST_ROW + 1;
  const subtotalRows: number[] = [];
  let r = totalRow + 1;
  data.groups.forEach((g, gi) => {
    const groupRow = r++;
    subtotalRows.push(groupRow);
    const first = r;
    g.rows.forEach((row, i) => {
      numberRow(r++, String(i + 1), row.field, BIEU06_COLUMNS.map((c) => row.values[c]), false);
    });
    const last = r - 1;
    const label = `${g.label}${g.units.length > 1 ? ` (${g.units.length} đơn vị)` : ` (${g.units[0]?.name ?? ''})`}`;
    numberRow(
      groupRow,
      ROMAN[gi] ?? String(gi + 1),
      label,
      BIEU06_COLUMNS.map((c, i) => (g.rows.length ? { formula: `SUM(${col(3 + i)}${first}:${col(3 + i)}${last})`, result: g.total[c] } : 0)),
      true,
    );
  });
  numberRow(
    totalRow,
    '',
    'TỔNG SỐ',
    BIEU06_COLUMNS.map((c, i) => (subtotalRows.length ? { formula: subtotalRows.map((row) => `${col(3 + i)}${row}`).join('+'), result: data.total[c] } : 0)),
    true,
  );

  // Footnote and signatures.
  r += 1;
  put(r, 1, r, 2, 'Ghi chú:', { bold: true, italic: true, size: 11 });
  for (const line of data.footnote) {
    put(r, 3, r, COLS, line, { italic: true, size: 11 });
    ws.getRow(r).height = line.length > 160 ? 30 : 16;
    r++;
  }
  r += 1;
  put(r, 9, r, 13, formatPlaceDateVi(data.reportingUnit.place, formatInstant(Date.parse(data.generatedAt)).slice(0, 10)), { italic: true }, { horizontal: 'center' });
  r++;
  put(r, 2, r, 2, 'NGƯỜI LẬP BIỂU', { bold: true }, { horizontal: 'center' });
  put(r, 9, r, 13, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true }, { horizontal: 'center' });
  r++;
  put(r, 2, r, 2, '(Ký, ghi rõ họ tên)', { italic: true, size: 11 }, { horizontal: 'center' });
  put(r, 9, r, 13, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true, size: 11 }, { horizontal: 'center' });

  ws.pageSetup.printTitlesRow = `6:${HEADER_LAST_ROW}`;
  ws.headerFooter.oddFooter = `&C&"${FONT}"&10Trang &P/&N`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
