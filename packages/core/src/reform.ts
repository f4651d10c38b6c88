import { formatPercentVi } from './format.js';
import { foldVietnamese } from './text.js';
import { isValidLocalDate, type LocalDate } from './time.js';

/**
 * Administrative-reform work (issue #4): the areas of the annual reform plan (kế hoạch CCHC),
 * the status of a task, and the rules that count progress and the timeliness of the tasks
 * assigned from above (nhiệm vụ được giao).
 */

/** "Chỉ đạo điều hành" and the six reform areas of Nghị quyết 76/NQ-CP (2021–2030), in report order. */
export const REFORM_AREAS = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
] as const;
export type ReformArea = (typeof REFORM_AREAS)[number];

export const REFORM_AREA_LABELS_VI: Record<ReformArea, string> = {
  direction: 'Công tác chỉ đạo, điều hành cải cách hành chính',
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  organisation: 'Cải cách tổ chức bộ máy',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  digital_government: 'Xây dựng, phát triển Chính phủ điện tử, Chính phủ số',
};

/** 0 = chỉ đạo điều hành, 1…6 = the six areas (the numbering of the XLSX import). */
export const reformAreaNumber = (area: ReformArea): number => REFORM_AREAS.indexOf(area);

/** "1. Cải cách thể chế": the area as the XLSX export writes it. */
export const reformAreaCell = (area: ReformArea): string => `${reformAreaNumber(area)}. ${REFORM_AREA_LABELS_VI[area]}`;

/**
 * An area from a spreadsheet cell: its number (0–6), its code, or its Vietnamese label
 * (diacritics and case ignored; "Chỉ đạo điều hành" and "Chính phủ số" are enough).
 */
export function parseReformArea(text: string): ReformArea | undefined {
  const t = text.trim();
  if (/^[0-6]$/.test(t)) return REFORM_AREAS[Number(t)];
  // "1. Cải cách thể chế", as the export writes it.
  const numbered = /^([0-6])[.)]\s/.exec(t);
  if (numbered) return REFORM_AREAS[Number(numbered[1])];
  if ((REFORM_AREAS as readonly string[]).includes(t)) return t as ReformArea;
  const folded = foldVietnamese(t).replace(/[.,]/g, '');
  if (!folded) return undefined;
  for (const area of REFORM_AREAS) {
    const label = foldVietnamese(REFORM_AREA_LABELS_VI[area]).replace(/[.,]/g, '');
    if (label === folded || label.startsWith(folded)) return area;
  }
  if (folded.includes('chi dao')) return 'direction';
  if (folded.includes('the che')) return 'institutions';
  if (folded.includes('thu tuc')) return 'procedures';
  if (folded.includes('bo may')) return 'organisation';
  if (folded.includes('cong vu')) return 'civil_service';
  if (folded.includes('tai chinh')) return 'public_finance';
  if (folded.includes('chinh phu') || folded.includes('chinh quyen') || folded.includes('chuyen doi so')) return 'digital_government';
  return undefined;
}

export const WORK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_STATUS_LABELS_VI: Record<WorkStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
};

/** A status from a spreadsheet cell: code or Vietnamese label (diacritics ignored). */
export function parseWorkStatus(text: string): WorkStatus | undefined {
  const t = text.trim();
  if ((WORK_STATUSES as readonly string[]).includes(t)) return t as WorkStatus;
  const folded = foldVietnamese(t);
  for (const s of WORK_STATUSES) if (foldVietnamese(WORK_STATUS_LABELS_VI[s]) === folded) return s;
  if (folded === 'da hoan thanh') return 'done';
  if (folded === 'dang trien khai') return 'in_progress';
  return undefined;
}

/** done / total with the Vietnamese percentage, half-up to two decimals (16/60 → "26,67%"). */
export interface Rate {
  done: number;
  total: number;
  rate: string;
}

export const rateOf = (done: number, total: number): Rate => ({ done, total, rate: formatPercentVi(done, total) });

/**
 * "As of date D" means at the end of that local day: work completed on or before D is done;
 * work not done whose deadline is on or before D is overdue (its last day has passed).
 */
export const isDoneBy = (completedOn: LocalDate | null, at: LocalDate): boolean => completedOn !== null && completedOn <= at;

export const isOverdueAt = (deadline: LocalDate | null, completedOn: LocalDate | null, at: LocalDate): boolean =>
  deadline !== null && deadline <= at && !isDoneBy(completedOn, at);

/** Outcome of an assigned task as of the end of a day (the cut-off of a report). */
export type AssignmentOutcome = 'no_deadline' | 'on_time' | 'late' | 'overdue' | 'not_due';

export function classifyAssignment(deadline: LocalDate | null, completedOn: LocalDate | null, at: LocalDate): AssignmentOutcome {
  if (deadline === null) return 'no_deadline';
  if (isDoneBy(completedOn, at)) return completedOn! <= deadline ? 'on_time' : 'late';
  return deadline <= at ? 'overdue' : 'not_due';
}

/**
 * Which assigned tasks a report on [from, to] counts: those assigned during the period, and
 * those assigned before it that were still open when it began (carried over).
 */
export function assignmentInPeriod(sourceDate: LocalDate, completedOn: LocalDate | null, from: LocalDate, to: LocalDate): boolean {
  if (sourceDate > to) return false;
  return sourceDate >= from || completedOn === null || completedOn >= from;
}

/** Whole calendar days from a to b (b − a), for "late by N days". */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A date from a spreadsheet or form: `dd/mm/yyyy` (Vietnamese documents) or `yyyy-mm-dd`.
 * Undefined when it is not a real calendar date.
 */
export function parseDateVi(text: string): LocalDate | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const d = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return isValidLocalDate(d) ? d : undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isValidLocalDate(t) ? t : undefined;
  return undefined;
}

