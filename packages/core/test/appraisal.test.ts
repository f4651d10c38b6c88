import { describe, expect, it } from 'vitest';
import {
  appraisalItems,
  appraisalTotals,
  averagePoints,
  criteriaCount,
  isOnStep,
  proposeScore,
  rankByTotal,
  scoreIssue,
  scoredItems,
  sumPoints,
  surveyIssue,
  validateAppraisalSet,
  type AppraisalSetDef,
} from '../src/appraisal.js';

/** Two areas, 70 points: area B has a criterion split into two sub-criteria. */
const SET: AppraisalSetDef = {
  surveyMax: 30,
  areas: [
    { code: 'A', name: 'Chỉ đạo điều hành', maxPoints: 40.5, criteria: [
      { code: 'A.1', name: 'Kế hoạch', maxPoints: 20.25 },
      { code: 'A.2', name: 'Đúng hạn', maxPoints: 20.25, source: 'dossiers.on_time_rate' },
    ] },
    { code: 'B', name: 'Thể chế', maxPoints: 29.5, criteria: [
      { code: 'B.1', name: 'Rà soát', maxPoints: 9.5 },
      { code: 'B.2', name: 'Văn bản', maxPoints: 20, subCriteria: [
        { code: 'B.2.a', name: 'Ban hành', maxPoints: 12 },
        { code: 'B.2.b', name: 'Kiểm tra', maxPoints: 8 },
      ] },
    ] },
  ],
};

describe('commune reform index: criteria set rules', () => {
  it('a consistent set has no issue; items in display order, leaves scored', () => {
    expect(validateAppraisalSet(SET)).toEqual([]);
    expect(appraisalItems(SET).map((i) => `${i.code}:${i.depth}:${i.scored ? 's' : '-'}`)).toEqual(['A.1:1:s', 'A.2:1:s', 'B.1:1:s', 'B.2:1:-', 'B.2.a:2:s', 'B.2.b:2:s']);
    expect(scoredItems(SET).map((i) => i.code)).toEqual(['A.1', 'A.2', 'B.1', 'B.2.a', 'B.2.b']);
    expect(criteriaCount(SET)).toBe(4);
  });

  it('maxima must add up at every level, to 70 in all, with a survey of 30', () => {
    const bad: AppraisalSetDef = structuredClone(SET);
    bad.areas[0]!.criteria[0]!.maxPoints = 20; // area A: 40,25 ≠ 40,5
    bad.areas[1]!.criteria[1]!.subCriteria![1]!.maxPoints = 7.5; // B.2: 19,5 ≠ 20
    bad.surveyMax = 20;
    expect(validateAppraisalSet(bad)).toEqual([
      { field: 'areas.0.maxPoints', reason: 'criteria maxima sum to 40.25, not 40.5' },
      { field: 'areas.1.criteria.1.maxPoints', reason: 'sub-criteria maxima sum to 19.5, not 20' },
      { field: 'surveyMax', reason: 'must be 30 (70 points of criteria + 30 of the survey)' },
    ]);
    const short: AppraisalSetDef = structuredClone(SET);
    short.areas[1]!.maxPoints = 19.5;
    short.areas[1]!.criteria.pop();
    short.areas[1]!.criteria.push({ code: 'B.3', name: 'x', maxPoints: 10 });
    expect(validateAppraisalSet(short)).toEqual([{ field: 'areas', reason: 'area maxima sum to 60, not 70' }]);
  });

  it('codes unique across areas, criteria and sub-criteria; maxima on the 0,25 step', () => {
    const bad: AppraisalSetDef = structuredClone(SET);
    bad.areas[1]!.criteria[0]!.code = 'A.1';
    bad.areas[1]!.criteria[1]!.subCriteria![0]!.code = 'B';
    bad.areas[0]!.criteria[0]!.maxPoints = 20.1;
    bad.areas[0]!.criteria[1]!.maxPoints = 20.4;
    const issues = validateAppraisalSet(bad);
    expect(issues).toContainEqual({ field: 'areas.1.criteria.0.code', reason: 'duplicate code A.1 (also areas.0.criteria.0.code)' });
    expect(issues).toContainEqual({ field: 'areas.1.criteria.1.subCriteria.0.code', reason: 'duplicate code B (also areas.1.code)' });
    expect(issues).toContainEqual({ field: 'areas.0.criteria.0.maxPoints', reason: 'must be a multiple of 0.25' });
  });

  it('thresholds need a source and go from the highest percentage down', () => {
    const bad: AppraisalSetDef = structuredClone(SET);
    bad.areas[0]!.criteria[0]!.thresholds = [{ atLeast: 90, points: 10 }];
    bad.areas[0]!.criteria[1]!.thresholds = [{ atLeast: 90, points: 10 }, { atLeast: 95, points: 30 }];
    expect(validateAppraisalSet(bad)).toEqual([
      { field: 'areas.0.criteria.0.thresholds', reason: 'thresholds need a source figure' },
      { field: 'areas.0.criteria.1.thresholds.1.points', reason: 'must not exceed the maximum 20.25' },
      { field: 'areas.0.criteria.1.thresholds.1.atLeast', reason: 'thresholds must be listed from the highest percentage down' },
    ]);
  });
});

describe('commune reform index: scores, proposals, totals, ranking', () => {
  it('scores: 0 … max in steps of 0,25; the survey with two decimals', () => {
    expect([0, 0.25, 1.5, 2.75, 3].map((v) => scoreIssue(v, 3))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(scoreIssue(3.25, 3)).toBe('must not exceed the maximum 3');
    expect(scoreIssue(-0.25, 3)).toBe('must be 0 or more');
    expect(scoreIssue(1.1, 3)).toBe('must be a multiple of 0.25');
    expect(isOnStep(0.75)).toBe(true);
    expect(surveyIssue(27.35, 30)).toBeUndefined();
    expect(surveyIssue(27.355, 30)).toBe('at most two decimals');
    expect(surveyIssue(30.01, 30)).toBe('must not exceed the maximum 30');
  });

  it('proposals: proportional, rounded down to the step; or by threshold', () => {
    expect(proposeScore(100, 3)).toBe(3);
    expect(proposeScore(99.73, 3)).toBe(2.75); // 2,99 → 2,75
    expect(proposeScore(50, 2.5)).toBe(1.25);
    expect(proposeScore(0, 2)).toBe(0);
    expect(proposeScore(120, 2)).toBe(2);
    const t = [{ atLeast: 100, points: 3 }, { atLeast: 95, points: 2 }, { atLeast: 90, points: 1 }];
    expect(proposeScore(100, 3, t)).toBe(3);
    expect(proposeScore(97.5, 3, t)).toBe(2);
    expect(proposeScore(90, 3, t)).toBe(1);
    expect(proposeScore(89.99, 3, t)).toBe(0);
  });

  it('totals per criterion, area and in all; a missing score counts 0; sums exact to the hundredth', () => {
    const r = appraisalTotals(SET, { 'A.1': 20.25, 'A.2': 10.5, 'B.1': 0.1 + 0.15, 'B.2.a': 11.75, 'B.2.b': null });
    expect(r.byCriterion).toEqual({ 'A.1': 20.25, 'A.2': 10.5, 'B.1': 0.25, 'B.2': 11.75 });
    expect(r.byArea).toEqual({ A: 30.75, B: 12 });
    expect(r.total).toBe(42.75);
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
  });

  it('ranking: equal totals share a rank, the next one skips (1, 2, 2, 4)', () => {
    const ranks = rankByTotal([
      { key: 'x', total: 80.5 },
      { key: 'y', total: 91.25 },
      { key: 'z', total: 80.5 },
      { key: 'w', total: 70 },
      { key: 'v', total: 80.25 + 0.25 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ y: 1, x: 2, z: 2, v: 2, w: 5 });
    expect(averagePoints([80.5, 91.25, 70])).toBe(80.58);
    expect(averagePoints([])).toBeNull();
  });
});
