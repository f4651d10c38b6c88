/**
 * The commune reform index (chỉ số CCHC của UBND cấp xã), issue #6: the rules of a criteria set
 * (areas → criteria → optional sub-criteria with maximum points), of a score, of the proposal
 * prefilled from a figure MotCua knows, and of totals, averages and ranking. Pure: no I/O.
 *
 * Hà Tĩnh's commune index (Quyết định 52/2019/QĐ-UBND) has 100 points: 70 from the criteria
 * and 30 from a sociological survey. Scores are multiples of 0,25 point (the finest step of the
 * scoring guidance in use); the survey component is an aggregate entered with two decimals.
 */
import { roundHalfUp } from './format.js';

/** Points of the criteria and of the survey (Quyết định 52/2019/QĐ-UBND, commune level). */
export const APPRAISAL_CRITERIA_MAX = 70;
export const APPRAISAL_SURVEY_MAX = 30;
/** Every maximum and every criterion score is a multiple of this step. */
export const APPRAISAL_STEP = 0.25;
/** Text of the shipped template that an administrator still has to complete from the official text. */
export const APPRAISAL_TEMPLATE_MARK = 'cần hoàn thiện theo văn bản';

/**
 * Figures MotCua already counts, which a criterion may name to get a proposed score. Rates are
 * percentages of the commune's own data in the index year (reporting year, 15/12 → 14/12).
 */
export const APPRAISAL_SOURCES = [
  'dossiers.on_time_rate',
  'dossiers.online_share',
  'dossiers.digitisation_rate',
  'dossiers.satisfaction_rate',
  'plan.task_rate',
  'assignments.on_time_rate',
] as const;
export type AppraisalSource = (typeof APPRAISAL_SOURCES)[number];

export const APPRAISAL_SOURCE_LABELS_VI: Record<AppraisalSource, string> = {
  'dossiers.on_time_rate': 'Tỷ lệ hồ sơ TTHC giải quyết trước và đúng hạn',
  'dossiers.online_share': 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
  'dossiers.digitisation_rate': 'Tỷ lệ hồ sơ tiếp nhận mới được số hóa thành phần',
  'dossiers.satisfaction_rate': 'Tỷ lệ đánh giá hài lòng, rất hài lòng',
  'plan.task_rate': 'Tỷ lệ nhiệm vụ kế hoạch CCHC hoàn thành',
  'assignments.on_time_rate': 'Tỷ lệ nhiệm vụ cấp trên giao hoàn thành đúng hạn',
};

/** "From X% on, N points": the first threshold (highest first) the figure reaches gives the points. */
export interface AppraisalThreshold {
  atLeast: number;
  points: number;
}

export interface AppraisalCriterionDef {
  code: string;
  name: string;
  maxPoints: number;
  /** Cách chấm điểm. */
  guidance?: string | undefined;
  /** Tài liệu kiểm chứng yêu cầu. */
  evidence?: string | undefined;
  /** A figure MotCua knows, for the proposed score. */
  source?: AppraisalSource | undefined;
  /** With a source: points by threshold; without, the proposal is proportional to the rate. */
  thresholds?: AppraisalThreshold[] | undefined;
  /** Tiêu chí thành phần: when present they are scored and the criterion is their sum. */
  subCriteria?: AppraisalCriterionDef[] | undefined;
}

export interface AppraisalAreaDef {
  code: string;
  name: string;
  maxPoints: number;
  criteria: AppraisalCriterionDef[];
}

export interface AppraisalSetDef {
  surveyMax: number;
  areas: AppraisalAreaDef[];
}

export interface AppraisalIssue {
  field: string;
  reason: string;
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;
const EPS = 1e-9;

/** Hundredths as an integer: sums of scores stay exact (0,1 + 0,2 is 0,3). */
const cents = (v: number) => Math.round(v * 100);
export const sumPoints = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += cents(v);
  return total / 100;
};

/** Whether a value is a multiple of 0,25. */
export const isOnStep = (v: number): boolean => Math.abs(v / APPRAISAL_STEP - Math.round(v / APPRAISAL_STEP)) < EPS;

/** Problems of a score for an item of maximum `max`: negative, above the maximum, off the 0,25 step. */
export function scoreIssue(value: number, max: number): string | undefined {
  if (!Number.isFinite(value) || value < 0) return 'must be 0 or more';
  if (value > max + EPS) return `must not exceed the maximum ${max}`;
  if (!isOnStep(value)) return `must be a multiple of ${APPRAISAL_STEP}`;
  return undefined;
}

/** Problems of the survey component: 0 … max with at most two decimals. */
export function surveyIssue(value: number, max: number): string | undefined {
  if (!Number.isFinite(value) || value < 0) return 'must be 0 or more';
  if (value > max + EPS) return `must not exceed the maximum ${max}`;
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return 'at most two decimals';
  return undefined;
}

/**
 * Problems of a criteria set: unique codes; every maximum positive and on the step; the
 * sub-criteria of a criterion sum to its maximum, its criteria to the area's, the areas to 70;
 * the survey is worth 30; thresholds only with a source, decreasing, within the maximum.
 */
export function validateAppraisalSet(set: AppraisalSetDef): AppraisalIssue[] {
  const issues: AppraisalIssue[] = [];
  const seen = new Map<string, string>();
  const code = (c: string, at: string) => {
    if (!CODE.test(c)) issues.push({ field: `${at}.code`, reason: 'must be 1–20 letters, digits, dots, dashes or underscores' });
    const first = seen.get(c);
    if (first !== undefined) issues.push({ field: `${at}.code`, reason: `duplicate code ${c} (also ${first})` });
    else seen.set(c, `${at}.code`);
  };
  const max = (v: number, at: string) => {
    if (!(v > 0)) issues.push({ field: `${at}.maxPoints`, reason: 'must be greater than 0' });
    else if (!isOnStep(v)) issues.push({ field: `${at}.maxPoints`, reason: `must be a multiple of ${APPRAISAL_STEP}` });
  };
  const criterion = (c: AppraisalCriterionDef, at: string) => {
    code(c.code, at);
    max(c.maxPoints, at);
    if (!c.name.trim()) issues.push({ field: `${at}.name`, reason: 'is required' });
    if (c.thresholds?.length) {
      if (!c.source) issues.push({ field: `${at}.thresholds`, reason: 'thresholds need a source figure' });
      c.thresholds.forEach((t, k) => {
        const tat = `${at}.thresholds.${k}`;
        if (!(t.atLeast >= 0 && t.atLeast <= 100)) issues.push({ field: `${tat}.atLeast`, reason: 'must be a percentage 0–100' });
        const bad = scoreIssue(t.points, c.maxPoints);
        if (bad) issues.push({ field: `${tat}.points`, reason: bad });
        const prev = c.thresholds![k - 1];
        if (prev && !(t.atLeast < prev.atLeast)) issues.push({ field: `${tat}.atLeast`, reason: 'thresholds must be listed from the highest percentage down' });
      });
    }
    if (c.subCriteria?.length) {
      if (c.source) issues.push({ field: `${at}.source`, reason: 'a criterion with sub-criteria takes no source (give it to a sub-criterion)' });
      c.subCriteria.forEach((s, k) => {
        const sat = `${at}.subCriteria.${k}`;
        if (s.subCriteria?.length) issues.push({ field: `${sat}.subCriteria`, reason: 'sub-criteria have no further level' });
        criterion({ ...s, subCriteria: undefined }, sat);
      });
      const sum = sumPoints(c.subCriteria.map((s) => s.maxPoints));
      if (c.maxPoints > 0 && cents(sum) !== cents(c.maxPoints)) issues.push({ field: `${at}.maxPoints`, reason: `sub-criteria maxima sum to ${sum}, not ${c.maxPoints}` });
    }
  };
  if (set.areas.length === 0) issues.push({ field: 'areas', reason: 'at least one area' });
  set.areas.forEach((a, i) => {
    const at = `areas.${i}`;
    code(a.code, at);
    max(a.maxPoints, at);
    if (!a.name.trim()) issues.push({ field: `${at}.name`, reason: 'is required' });
    if (a.criteria.length === 0) issues.push({ field: `${at}.criteria`, reason: 'at least one criterion' });
    a.criteria.forEach((c, j) => criterion(c, `${at}.criteria.${j}`));
    const sum = sumPoints(a.criteria.map((c) => c.maxPoints));
    if (a.criteria.length && a.maxPoints > 0 && cents(sum) !== cents(a.maxPoints)) issues.push({ field: `${at}.maxPoints`, reason: `criteria maxima sum to ${sum}, not ${a.maxPoints}` });
  });
  const total = sumPoints(set.areas.map((a) => a.maxPoints));
  if (set.areas.length && cents(total) !== cents(APPRAISAL_CRITERIA_MAX)) issues.push({ field: 'areas', reason: `area maxima sum to ${total}, not ${APPRAISAL_CRITERIA_MAX}` });
  if (cents(set.surveyMax) !== cents(APPRAISAL_SURVEY_MAX)) issues.push({ field: 'surveyMax', reason: `must be ${APPRAISAL_SURVEY_MAX} (${APPRAISAL_CRITERIA_MAX} points of criteria + ${APPRAISAL_SURVEY_MAX} of the survey)` });
  return issues;
}

/** One node of the set in display order, with whether it is scored (a leaf) and its totals' parents. */
export interface AppraisalItem {
  code: string;
  name: string;
  maxPoints: number;
  areaCode: string;
  /** The criterion of a sub-criterion; null for a criterion. */
  parentCode: string | null;
  /** 1 = criterion, 2 = sub-criterion. */
  depth: 1 | 2;
  /** Scored directly (a criterion without sub-criteria, or a sub-criterion). */
  scored: boolean;
  guidance: string | null;
  evidence: string | null;
  source: AppraisalSource | null;
  thresholds: AppraisalThreshold[];
}

export function appraisalItems(set: Pick<AppraisalSetDef, 'areas'>): AppraisalItem[] {
  const out: AppraisalItem[] = [];
  const item = (c: AppraisalCriterionDef, areaCode: string, parentCode: string | null): AppraisalItem => ({
    code: c.code,
    name: c.name,
    maxPoints: c.maxPoints,
    areaCode,
    parentCode,
    depth: parentCode === null ? 1 : 2,
    scored: !c.subCriteria?.length,
    guidance: c.guidance ?? null,
    evidence: c.evidence ?? null,
    source: c.source ?? null,
    thresholds: c.thresholds ?? [],
  });
  for (const a of set.areas) {
    for (const c of a.criteria) {
      out.push(item(c, a.code, null));
      for (const s of c.subCriteria ?? []) out.push(item(s, a.code, c.code));
    }
  }
  return out;
}

/** The items that get a score. */
export const scoredItems = (set: Pick<AppraisalSetDef, 'areas'>): AppraisalItem[] => appraisalItems(set).filter((i) => i.scored);

/** Number of criteria (not sub-criteria): 34 in Quyết định 52/2019 for communes. */
export const criteriaCount = (set: Pick<AppraisalSetDef, 'areas'>): number => set.areas.reduce((n, a) => n + a.criteria.length, 0);

/**
 * The proposed score of a criterion from a percentage: by threshold when the set gives them
 * (the first one reached, highest first; none reached = 0), else proportional — max × rate,
 * rounded down to the 0,25 step (a commune never gets more than its figure earns).
 */
export function proposeScore(ratePercent: number, max: number, thresholds: readonly AppraisalThreshold[] = []): number {
  const rate = Math.min(100, Math.max(0, ratePercent));
  if (thresholds.length) return [...thresholds].sort((a, b) => b.atLeast - a.atLeast).find((t) => rate + EPS >= t.atLeast)?.points ?? 0;
  return Math.floor(((rate / 100) * max) / APPRAISAL_STEP + EPS) * APPRAISAL_STEP;
}

/** Sums of leaf scores per criterion, per area and in total; a missing score counts 0. */
export function appraisalTotals(set: Pick<AppraisalSetDef, 'areas'>, scores: Readonly<Record<string, number | null | undefined>>) {
  const byArea: Record<string, number> = {};
  const byCriterion: Record<string, number> = {};
  for (const a of set.areas) {
    const criteria = a.criteria.map((c) => {
      const v = c.subCriteria?.length ? sumPoints(c.subCriteria.map((s) => scores[s.code] ?? 0)) : (scores[c.code] ?? 0);
      byCriterion[c.code] = v;
      return v;
    });
    byArea[a.code] = sumPoints(criteria);
  }
  return { byArea, byCriterion, total: sumPoints(Object.values(byArea)) };
}

/**
 * Standard competition ranking by descending total ("1, 2, 2, 4"): equal totals (to the
 * hundredth) share a rank and the next rank skips.
 */
export function rankByTotal<K>(rows: ReadonlyArray<{ key: K; total: number }>): Map<K, number> {
  const sorted = [...rows].sort((a, b) => cents(b.total) - cents(a.total));
  const ranks = new Map<K, number>();
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    ranks.set(r.key, prev && cents(prev.total) === cents(r.total) ? ranks.get(prev.key)! : i + 1);
  });
  return ranks;
}

/** Mean half-up to two decimals; null for no values. */
export function averagePoints(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundHalfUp(sumPoints(values) / values.length, 2);
}
