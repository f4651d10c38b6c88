import {
  REFORM_AREAS,
  WORK_STATUSES,
  WORK_STATUS_LABELS_VI,
  foldVietnamese,
  parseDateVi,
  parseReformArea,
  parseWorkStatus,
  reformAreaCell,
} from '@motcua/core';
import ExcelJS from 'exceljs';
import type { Tx } from '../../db/database.js';
import { AppError, type FieldIssue } from '../../errors.js';
import type { Actor } from '../auth/policy.js';
import { TaskInput, type PlanView } from './schema.js';
import { OwnerResolver, checkTask, planUnit, storeImportedPlan } from './service.js';
import type { ResolvedTask } from './repo.js';

/**
 * The spreadsheet layout of a reform plan (docs/plan-import.md): one sheet, rows 1–5 the plan
 * (label in A, value in B), row 7 the column headers, one task or activity per row from row 8.
 */
export const SHEET_NAME = 'Kế hoạch CCHC';
export const HEADER_ROW = 7;
export const FIRST_DATA_ROW = 8;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const META_ROWS = [
  { row: 1, key: 'unit', label: 'Mã đơn vị' },
  { row: 2, key: 'year', label: 'Năm' },
  { row: 3, key: 'documentNumber', label: 'Số văn bản' },
  { row: 4, key: 'documentDate', label: 'Ngày ban hành' },
  { row: 5, key: 'title', label: 'Trích yếu' },
] as const;

/** Columns A–K; `field` is the task/activity field each fills. */
export const COLUMNS = [
  { col: 1, header: 'Mã nhiệm vụ', field: 'taskCode', width: 12 },
  { col: 2, header: 'Mã hoạt động', field: 'code', width: 12 },
  { col: 3, header: 'Lĩnh vực', field: 'area', width: 30 },
  { col: 4, header: 'Nội dung', field: 'content', width: 60 },
  { col: 5, header: 'Đơn vị chủ trì', field: 'owner', width: 26 },
  { col: 6, header: 'Đơn vị phối hợp', field: 'cooperating', width: 26 },
  { col: 7, header: 'Sản phẩm', field: 'expectedOutput', width: 30 },
  { col: 8, header: 'Thời hạn', field: 'deadline', width: 13 },
  { col: 9, header: 'Trạng thái', field: 'status', width: 16 },
  { col: 10, header: 'Ngày hoàn thành', field: 'completedOn', width: 15 },
  { col: 11, header: 'Minh chứng', field: 'evidence', width: 40 },
] as const;
type ColumnField = (typeof COLUMNS)[number]['field'];
const columnOf = (field: string) => COLUMNS.find((c) => c.field === field);

/** A local date as an Excel date cell (Excel dates carry no zone: UTC midnight). */
const dateCell = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

function styleSheet(ws: ExcelJS.Worksheet) {
  for (const c of COLUMNS) ws.getColumn(c.col).width = c.width;
  for (const m of META_ROWS) ws.getCell(m.row, 1).font = { bold: true };
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c) => (header.getCell(c.col).value = c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const col of [8, 10]) ws.getColumn(col).numFmt = 'dd/mm/yyyy';
  ws.getCell(4, 2).numFmt = 'dd/mm/yyyy';
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
}

function guideSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 100;
  const rows: Array<[string, string]> = [
    ['Hướng dẫn', `Điền thông tin kế hoạch ở dòng 1–5 (cột B) và mỗi nhiệm vụ/hoạt động một dòng từ dòng ${FIRST_DATA_ROW} của trang "${SHEET_NAME}". Không đổi tên cột ở dòng ${HEADER_ROW}.`],
    ['Mã đơn vị', 'Mã đơn vị hành chính ban hành kế hoạch, ví dụ 440 (huyện Đức Thọ) hoặc 18229 (thị trấn Đức Thọ).'],
    ['Ngày', 'Ngày dạng dd/mm/yyyy (hoặc ô kiểu ngày của Excel).'],
    ['Mã nhiệm vụ', 'Bắt buộc, không trùng trong kế hoạch (ví dụ 1, 2, 3 hoặc I.1). Dòng hoạt động ghi lại mã nhiệm vụ của nó.'],
    ['Mã hoạt động', 'Để trống ở dòng nhiệm vụ; ghi mã (a, b, 1, 2…) ở dòng hoạt động, đặt sau dòng nhiệm vụ.'],
    ['Lĩnh vực', 'Chỉ ở dòng nhiệm vụ: số 0–6 hoặc tên lĩnh vực:'],
    ...REFORM_AREAS.map((a): [string, string] => ['', reformAreaCell(a)]),
    ['Đơn vị chủ trì', 'Mã (440-NV) hoặc tên (Phòng Nội vụ) của đơn vị ban hành kế hoạch hoặc đơn vị trực thuộc. Dòng hoạt động để trống nếu như nhiệm vụ.'],
    ['Đơn vị phối hợp', 'Nhiều đơn vị cách nhau bằng dấu chấm phẩy (;).'],
    ['Trạng thái', `${WORK_STATUSES.map((s) => WORK_STATUS_LABELS_VI[s]).join(' / ')}. Trống: Chưa thực hiện (hoặc Hoàn thành nếu có ngày hoàn thành).`],
    ['Ngày hoàn thành', 'Bắt buộc khi trạng thái là Hoàn thành; nhiệm vụ hoàn thành thì mọi hoạt động của nó phải hoàn thành trước hoặc cùng ngày.'],
    ['Minh chứng', 'Số, ngày văn bản hoặc đường dẫn.'],
    ['Nhập', 'Tất cả hoặc không: nếu có lỗi, không dòng nào được ghi và mỗi lỗi được báo dạng "row N: cột: lý do".'],
  ];
  rows.forEach((r, i) => {
    ws.getCell(i + 1, 1).value = r[0];
    ws.getCell(i + 1, 2).value = r[1];
    ws.getCell(i + 1, 1).font = { bold: true };
  });
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The empty import template (with the guide sheet). */
export async function planTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  for (const m of META_ROWS) ws.getCell(m.row, 1).value = m.label;
  styleSheet(ws);
  guideSheet(wb);
  return toBuffer(wb);
}

/** A plan in the import layout: importing the file again reproduces the plan. */
export async function planWorkbook(plan: PlanView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME);
  const meta: Record<(typeof META_ROWS)[number]['key'], string | number | Date | null> = {
    unit: plan.unit.code,
    year: plan.year,
    documentNumber: plan.documentNumber,
    documentDate: dateCell(plan.documentDate),
    title: plan.title,
  };
  for (const m of META_ROWS) {
    ws.getCell(m.row, 1).value = m.label;
    ws.getCell(m.row, 2).value = meta[m.key];
  }
  ws.getCell(1, 3).value = plan.unit.name;
  styleSheet(ws);
  let r = FIRST_DATA_ROW;
  const put = (values: Partial<Record<ColumnField, string | Date | null>>) => {
    const row = ws.getRow(r++);
    for (const c of COLUMNS) row.getCell(c.col).value = values[c.field] ?? null;
  };
  for (const t of plan.tasks) {
    put({
      taskCode: t.code,
      area: reformAreaCell(t.area),
      content: t.content,
      owner: t.owner.code,
      cooperating: t.cooperating.join('; '),
      expectedOutput: t.expectedOutput,
      deadline: dateCell(t.deadline),
      status: WORK_STATUS_LABELS_VI[t.status],
      completedOn: dateCell(t.completedOn),
      evidence: t.evidence,
    });
    for (const a of t.activities) {
      put({
        taskCode: t.code,
        code: a.code,
        content: a.content,
        owner: a.owner?.code ?? null,
        expectedOutput: a.expectedOutput,
        deadline: dateCell(a.deadline),
        status: WORK_STATUS_LABELS_VI[a.status],
        completedOn: dateCell(a.completedOn),
        evidence: a.evidence,
      });
    }
  }
  guideSheet(wb);
  return toBuffer(wb);
}

// ---------------------------------------------------------------------------------------------
// Import

/** A cell as text: rich text joined, hyperlinks by their address, formulas by their result, dates as YYYY-MM-DD. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('').trim();
    if ('hyperlink' in v) return (v.hyperlink || String(v.text ?? '')).trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return String(v as unknown).trim();
}

/** A date cell: an Excel date, a serial number, dd/mm/yyyy or YYYY-MM-DD; '' = none; undefined = invalid. */
function cellDate(v: ExcelJS.CellValue): string | null | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 0 && v < 100000) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
  }
  const t = cellText(v);
  if (!t) return null;
  return parseDateVi(t);
}

interface RowRef {
  row: number;
}

/**
 * Parses and validates an uploaded plan: every problem is reported as `row N: column: reason`,
 * then the plan is stored in the caller's transaction only when there is none.
 */
export async function importPlanWorkbook(tx: Tx, actor: Actor, file: Buffer, replace: boolean) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw rejected([{ field: 'file', reason: 'is not an XLSX workbook', line: 0 }]);
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) throw rejected([{ field: 'file', reason: 'has no worksheet', line: 0 }]);
  const issues: FieldIssue[] = [];
  const issue = (row: number, field: string, reason: string) => issues.push({ line: row, field, reason });

  // The plan (rows 1–5).
  const metaText = (row: number) => cellText(ws.getCell(row, 2).value);
  const unit = metaText(1);
  if (!unit) issue(1, 'Mã đơn vị', 'is required');
  const yearText = metaText(2);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (year === undefined || year < 2000 || year > 2100) issue(2, 'Năm', 'must be a year, e.g. 2023');
  const documentNumber = metaText(3);
  if (!documentNumber) issue(3, 'Số văn bản', 'is required');
  else if (documentNumber.length > 100) issue(3, 'Số văn bản', 'at most 100 characters');
  const documentDate = cellDate(ws.getCell(4, 2).value);
  if (!documentDate) issue(4, 'Ngày ban hành', 'must be a date dd/mm/yyyy');
  else if (year !== undefined && Number(documentDate.slice(0, 4)) > year) issue(4, 'Ngày ban hành', `must not be after the plan's year ${year}`);
  const title = metaText(5).slice(0, 500);

  // The header row must be the documented one.
  const header = ws.getRow(HEADER_ROW);
  for (const c of COLUMNS) {
    if (foldVietnamese(cellText(header.getCell(c.col).value)) !== foldVietnamese(c.header)) {
      issue(HEADER_ROW, c.header, `column ${String.fromCharCode(64 + c.col)} must be headed "${c.header}"`);
    }
  }
  if (issues.length) throw rejected(issues);

  // Rows → tasks with their activities, remembering which row each came from.
  const tasks: Array<{ input: Record<string, unknown>; ref: RowRef; activityRefs: RowRef[] }> = [];
  const taskByCode = new Map<string, (typeof tasks)[number]>();
  const last = ws.rowCount;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = ws.getRow(r);
    const text = (field: ColumnField) => cellText(row.getCell(columnOf(field)!.col).value);
    if (COLUMNS.every((c) => !cellText(row.getCell(c.col).value))) continue;
    const fields: Record<string, unknown> = {
      content: text('content'),
      expectedOutput: text('expectedOutput') || null,
      evidence: text('evidence') || null,
    };
    for (const f of ['deadline', 'completedOn'] as const) {
      const d = cellDate(row.getCell(columnOf(f)!.col).value);
      if (d === undefined) issue(r, columnOf(f)!.header, 'must be a date dd/mm/yyyy');
      fields[f] = d ?? null;
    }
    const statusText = text('status');
    const status = statusText ? parseWorkStatus(statusText) : fields['completedOn'] ? 'done' : 'not_started';
    if (!status) issue(r, 'Trạng thái', `must be one of ${WORK_STATUSES.map((s) => WORK_STATUS_LABELS_VI[s]).join(', ')}`);
    fields['status'] = status ?? 'not_started';
    const taskCode = text('taskCode');
    if (!taskCode) {
      issue(r, 'Mã nhiệm vụ', 'is required');
      continue;
    }
    const activityCode = text('code');
    if (!activityCode) {
      const areaText = text('area');
      const area = parseReformArea(areaText);
      if (!area) issue(r, 'Lĩnh vực', areaText ? `unknown area "${areaText}": use 0–6 or the area's name` : 'is required');
      if (taskByCode.has(taskCode)) {
        issue(r, 'Mã nhiệm vụ', `duplicate task code ${taskCode} (row ${taskByCode.get(taskCode)!.ref.row})`);
        continue;
      }
      const cooperating = text('cooperating')
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const task = { input: { ...fields, code: taskCode, area: area ?? 'direction', owner: text('owner'), cooperating, activities: [] as unknown[] }, ref: { row: r }, activityRefs: [] };
      tasks.push(task);
      taskByCode.set(taskCode, task);
    } else {
      const task = taskByCode.get(taskCode);
      if (!task) {
        issue(r, 'Mã nhiệm vụ', `no task ${taskCode} on a row above this activity`);
        continue;
      }
      if (text('area') && parseReformArea(text('area')) !== task.input['area']) issue(r, 'Lĩnh vực', 'an activity takes its task\'s area: leave it empty');
      (task.input['activities'] as unknown[]).push({ ...fields, code: activityCode, owner: text('owner') || null });
      task.activityRefs.push({ row: r });
    }
  }
  if (tasks.length === 0 && issues.length === 0) issue(FIRST_DATA_ROW, 'Mã nhiệm vụ', 'the plan has no task');

  // Shape (zod) and rules (owners, completion) of each task, mapped back to rows and columns.
  const locate = (task: (typeof tasks)[number], path: ReadonlyArray<PropertyKey>): { row: number; column: string } => {
    let row = task.ref.row;
    let rest = path;
    if (path[0] === 'activities' && typeof path[1] === 'number') {
      row = task.activityRefs[path[1]]?.row ?? row;
      rest = path.slice(2);
    }
    const field = String(rest[0] ?? 'content');
    const column = field === 'code' && row !== task.ref.row ? 'Mã hoạt động' : field === 'code' ? 'Mã nhiệm vụ' : (columnOf(field)?.header ?? field);
    return { row, column };
  };
  const resolved: ResolvedTask[] = [];
  let owners: OwnerResolver | undefined;
  if (year !== undefined && unit) {
    try {
      owners = await OwnerResolver.load(tx, await planUnit(tx, unit, year, actor), year);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      issue(1, 'Mã đơn vị', e.code === 'NOT_FOUND' ? `no unit ${unit} in ${year} within your units` : (e.details.issues?.[0]?.reason ?? e.message));
    }
  }
  for (const task of tasks) {
    const parsed = TaskInput.safeParse(task.input);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const { row, column } = locate(task, i.path);
        issue(row, column, i.message);
      }
      continue;
    }
    if (!owners) continue;
    const checked = checkTask(parsed.data, owners);
    for (const i of checked.issues) {
      const { row, column } = locate(task, i.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
      issue(row, column, i.reason);
    }
    if (checked.resolved) resolved.push(checked.resolved);
  }
  if (issues.length) throw rejected(issues);
  const stored = await storeImportedPlan(
    tx,
    actor,
    { unit, year: year!, documentNumber, documentDate: documentDate!, title: title || `Kế hoạch cải cách hành chính năm ${year}` },
    resolved,
    replace,
  );
  return { ...stored, tasks: resolved.length, activities: resolved.reduce((n, t) => n + t.activities.length, 0) };
}

/** `row N: column: reason` lines, in row order; nothing was written. */
function rejected(issues: FieldIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const errors = sorted.map((i) => `row ${i.line ?? 0}: ${i.field}: ${i.reason}`);
  return new AppError('VALIDATION', `Import rejected, nothing written: ${errors.length} problem(s)\n${errors.slice(0, 10).join('\n')}`, {
    issues: sorted.map((i) => ({ field: i.field, reason: i.reason, row: i.line ?? 0 })),
    errors,
  });
}
