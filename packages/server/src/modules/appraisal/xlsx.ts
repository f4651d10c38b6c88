import { formatDateTimeVi, parseInstant, type AppraisalItem } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { AppraisalResults } from './schema.js';
import type { ScoreRow } from './repo.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const RESULTS_SHEET = 'Kết quả';
export const DETAIL_SHEET = 'Chi tiết';
/** Header row and first commune row of the results sheet (row 5 holds the maxima). */
export const HEADER_ROW = 4;
export const FIRST_ROW = 6;

type Detail = { unit: { code: string; name: string }; scores: Map<string, ScoreRow> };

const col = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const bold = (row: ExcelJS.Row) => (row.font = { bold: true });

/**
 * The results as a workbook: "Kết quả" (one row per commune: points by area as numbers, the
 * criteria score, total and rank as formulas with their computed values, last year's total and
 * the change, the district average) and "Chi tiết" (every criterion: self and appraised score
 * per commune, area and criteria totals as formulas).
 */
export async function resultsWorkbook(r: AppraisalResults, detail: Detail[], items: AppraisalItem[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet(RESULTS_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW + 1 }] });
  const nAreas = r.areas.length;
  const c = {
    stt: 1,
    code: 2,
    name: 3,
    area: (i: number) => 4 + i,
    criteria: 4 + nAreas,
    survey: 5 + nAreas,
    total: 6 + nAreas,
    rank: 7 + nAreas,
    previous: 8 + nAreas,
    change: 9 + nAreas,
  };
  ws.getCell(1, 1).value = `${r.title} — ${r.district.name}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const published = r.publishedAt ? parseInstant(r.publishedAt) : undefined;
  ws.getCell(2, 1).value = [
    r.provisional ? 'Kết quả tạm tính (chưa công bố): điểm thẩm định nếu đã chấm, nếu chưa thì điểm tự chấm' : `Công bố lúc ${published !== undefined ? formatDateTimeVi(published) : ''}`,
    r.note,
  ]
    .filter(Boolean)
    .join(' — ');
  const header = ws.getRow(HEADER_ROW);
  header.values = [
    'STT',
    'Mã ĐVHC',
    'Đơn vị',
    ...r.areas.map((a) => `${a.code}. ${a.name}`),
    `Điểm tiêu chí (${r.criteriaMax})`,
    `Điều tra XHH (${r.surveyMax})`,
    `Tổng điểm (${r.maxTotal})`,
    'Xếp hạng',
    `Tổng điểm năm ${r.year - 1}`,
    'Tăng (+), giảm (−)',
  ];
  bold(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 60;
  const max = ws.getRow(HEADER_ROW + 1);
  max.getCell(c.name).value = 'Điểm tối đa';
  r.areas.forEach((a, i) => (max.getCell(c.area(i)).value = a.maxPoints));
  max.getCell(c.criteria).value = { formula: `SUM(${col(c.area(0))}${HEADER_ROW + 1}:${col(c.area(nAreas - 1))}${HEADER_ROW + 1})`, result: r.criteriaMax };
  max.getCell(c.survey).value = r.surveyMax;
  max.getCell(c.total).value = { formula: `${col(c.criteria)}${HEADER_ROW + 1}+${col(c.survey)}${HEADER_ROW + 1}`, result: r.maxTotal };
  max.font = { italic: true };

  const last = FIRST_ROW + r.items.length - 1;
  r.items.forEach((it, k) => {
    const n = FIRST_ROW + k;
    const row = ws.getRow(n);
    row.getCell(c.stt).value = k + 1;
    row.getCell(c.code).value = it.unit.code;
    row.getCell(c.name).value = it.unit.name;
    r.areas.forEach((a, i) => (row.getCell(c.area(i)).value = it.byArea[a.code] ?? 0));
    row.getCell(c.criteria).value = { formula: `SUM(${col(c.area(0))}${n}:${col(c.area(nAreas - 1))}${n})`, result: it.criteriaScore };
    if (it.surveyScore !== null) row.getCell(c.survey).value = it.surveyScore;
    row.getCell(c.total).value = { formula: `${col(c.criteria)}${n}+${col(c.survey)}${n}`, result: it.total };
    // RANK gives equal totals the same rank and skips the next, as the API does.
    if (it.rank !== null) row.getCell(c.rank).value = { formula: `RANK(${col(c.total)}${n},$${col(c.total)}$${FIRST_ROW}:$${col(c.total)}$${last})`, result: it.rank };
    if (it.previous) {
      row.getCell(c.previous).value = it.previous.total;
      row.getCell(c.change).value = { formula: `${col(c.total)}${n}-${col(c.previous)}${n}`, result: it.change ?? 0 };
    }
  });
  if (r.average && r.items.length) {
    const n = last + 1;
    const row = ws.getRow(n);
    row.getCell(c.name).value = 'Bình quân của huyện';
    const avg = (k: number, result: number | null) => (row.getCell(k).value = { formula: `ROUND(AVERAGE(${col(k)}${FIRST_ROW}:${col(k)}${last}),2)`, result: result ?? 0 });
    r.areas.forEach((a, i) => avg(c.area(i), r.average!.byArea[a.code] ?? null));
    avg(c.criteria, r.average.criteriaScore);
    avg(c.survey, r.average.surveyScore);
    avg(c.total, r.average.total);
    bold(row);
  }
  ws.getColumn(c.stt).width = 5;
  ws.getColumn(c.code).width = 9;
  ws.getColumn(c.name).width = 26;
  for (let k = c.area(0); k <= c.change; k++) {
    ws.getColumn(k).width = 11;
    ws.getColumn(k).numFmt = '0.00';
  }
  ws.getColumn(c.rank).numFmt = '0';

  // ---- detail: every criterion, self and appraised score per commune
  const wd = wb.addWorksheet(DETAIL_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const head = wd.getRow(1);
  head.values = ['Mã', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', ...detail.flatMap((d) => [`${d.unit.name} — tự chấm`, `${d.unit.name} — thẩm định`])];
  bold(head);
  head.alignment = { wrapText: true, vertical: 'middle' };
  const rowOf = new Map<string, number>();
  let n = 2;
  const areaRows: number[] = [];
  const plan: Array<{ n: number; kind: 'area'; code: string } | { n: number; kind: 'item'; item: AppraisalItem }> = [];
  for (const a of r.areas) {
    plan.push({ n, kind: 'area', code: a.code });
    areaRows.push(n);
    rowOf.set(`area:${a.code}`, n++);
    for (const it of items.filter((i) => i.areaCode === a.code)) {
      plan.push({ n, kind: 'item', item: it });
      rowOf.set(it.code, n++);
    }
  }
  const valueCols = detail.flatMap((_, k) => [4 + 2 * k, 5 + 2 * k]);
  const sumOf = (k: number, rows: number[]) => `SUM(${rows.map((x) => `${col(k)}${x}`).join(',')})`;
  for (const p of plan) {
    const row = wd.getRow(p.n);
    if (p.kind === 'area') {
      const area = r.areas.find((a) => a.code === p.code)!;
      const children = items.filter((i) => i.areaCode === p.code && i.depth === 1).map((i) => rowOf.get(i.code)!);
      row.getCell(1).value = area.code;
      row.getCell(2).value = area.name;
      row.getCell(3).value = { formula: sumOf(3, children), result: area.maxPoints };
      detail.forEach((d, k) => {
        const [self, appr] = [4 + 2 * k, 5 + 2 * k];
        const total = (which: 'selfScore' | 'appraisedScore') =>
          items.filter((i) => i.areaCode === p.code && i.scored).reduce((s, i) => s + Math.round((d.scores.get(i.code)?.[which] ?? 0) * 100), 0) / 100;
        row.getCell(self).value = { formula: sumOf(self, children), result: total('selfScore') };
        row.getCell(appr).value = { formula: sumOf(appr, children), result: total('appraisedScore') };
      });
      bold(row);
      continue;
    }
    const it = p.item;
    row.getCell(1).value = it.code;
    row.getCell(2).value = it.depth === 2 ? `   ${it.name}` : it.name;
    if (it.scored) {
      row.getCell(3).value = it.maxPoints;
      detail.forEach((d, k) => {
        const s = d.scores.get(it.code);
        if (s?.selfScore !== null && s?.selfScore !== undefined) row.getCell(4 + 2 * k).value = s.selfScore;
        if (s?.appraisedScore !== null && s?.appraisedScore !== undefined) row.getCell(5 + 2 * k).value = s.appraisedScore;
      });
    } else {
      const subs = items.filter((i) => i.parentCode === it.code).map((i) => rowOf.get(i.code)!);
      row.getCell(3).value = { formula: sumOf(3, subs), result: it.maxPoints };
      for (const k of valueCols) {
        const which = (k - 4) % 2 === 0 ? 'selfScore' : 'appraisedScore';
        const d = detail[Math.floor((k - 4) / 2)]!;
        const result = items.filter((i) => i.parentCode === it.code).reduce((s, i) => s + Math.round((d.scores.get(i.code)?.[which] ?? 0) * 100), 0) / 100;
        row.getCell(k).value = { formula: sumOf(k, subs), result };
      }
    }
  }
  const totalRow = wd.getRow(n);
  totalRow.getCell(2).value = `Tổng điểm tiêu chí (${r.criteriaMax})`;
  totalRow.getCell(3).value = { formula: sumOf(3, areaRows), result: r.criteriaMax };
  for (const k of valueCols) {
    const which = (k - 4) % 2 === 0 ? 'selfScore' : 'appraisedScore';
    const d = detail[Math.floor((k - 4) / 2)]!;
    const result = items.filter((i) => i.scored).reduce((s, i) => s + Math.round((d.scores.get(i.code)?.[which] ?? 0) * 100), 0) / 100;
    totalRow.getCell(k).value = { formula: sumOf(k, areaRows), result };
  }
  bold(totalRow);
  wd.getColumn(1).width = 8;
  wd.getColumn(2).width = 60;
  for (let k = 3; k <= 3 + valueCols.length; k++) {
    wd.getColumn(k).width = 12;
    wd.getColumn(k).numFmt = '0.00';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
