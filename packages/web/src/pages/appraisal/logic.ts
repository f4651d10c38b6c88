import { formatNumberVi, scoreIssue, sumPoints, type AppraisalAreaDef, type AppraisalCriterionDef } from '@motcua/core';
import type { EntryItem, EntryView } from './api';

/** Points as officials write them: 2,25; 2,5; 70. */
export const points = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : formatNumberVi(v, 2).replace(/,00$/, '').replace(/(,\d)0$/, '$1');

/** "+1,25", "−0,5", "0". */
export function signed(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (v === 0) return '0';
  return `${v > 0 ? '+' : '−'}${points(Math.abs(v))}`;
}

// ---------------------------------------------------------------- criteria set editor

/** Where a node sits: [area], [area, criterion] or [area, criterion, sub-criterion]. */
export type NodePath = [number] | [number, number] | [number, number, number];
export interface SetRow {
  key: string;
  path: NodePath;
  kind: 'area' | 'criterion' | 'sub';
  code: string;
  name: string;
  maxPoints: number;
  node: AppraisalAreaDef | AppraisalCriterionDef;
  /** Sum of the children's maxima (area: its criteria; criterion with sub-criteria: them). */
  childrenSum: number | null;
}

export function setRows(areas: AppraisalAreaDef[]): SetRow[] {
  const rows: SetRow[] = [];
  areas.forEach((a, i) => {
    rows.push({ key: `a${i}`, path: [i], kind: 'area', code: a.code, name: a.name, maxPoints: a.maxPoints, node: a, childrenSum: sumPoints(a.criteria.map((c) => c.maxPoints)) });
    a.criteria.forEach((c, j) => {
      const subs = c.subCriteria ?? [];
      rows.push({ key: `a${i}c${j}`, path: [i, j], kind: 'criterion', code: c.code, name: c.name, maxPoints: c.maxPoints, node: c, childrenSum: subs.length ? sumPoints(subs.map((s) => s.maxPoints)) : null });
      subs.forEach((s, k) => rows.push({ key: `a${i}c${j}s${k}`, path: [i, j, k], kind: 'sub', code: s.code, name: s.name, maxPoints: s.maxPoints, node: s, childrenSum: null }));
    });
  });
  return rows;
}

/** Running totals of the editor: the areas' maxima (must be 70) and every mismatch. */
export function setTotals(areas: AppraisalAreaDef[]) {
  const rows = setRows(areas);
  const mismatched = rows.filter((r) => r.childrenSum !== null && Math.round(r.childrenSum * 100) !== Math.round(r.maxPoints * 100)).map((r) => r.key);
  return { total: sumPoints(areas.map((a) => a.maxPoints)), mismatched };
}

type Patch = Partial<Pick<AppraisalCriterionDef, 'code' | 'name' | 'maxPoints' | 'guidance' | 'evidence' | 'source'>>;

/** A copy of the areas with one node changed (undefined members removed). */
export function patchNode(areas: AppraisalAreaDef[], path: NodePath, patch: Patch): AppraisalAreaDef[] {
  const next = structuredClone(areas);
  const node = nodeAt(next, path);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '' || v === null) delete (node as unknown as Record<string, unknown>)[k];
    else (node as unknown as Record<string, unknown>)[k] = v;
  }
  return next;
}

function nodeAt(areas: AppraisalAreaDef[], path: NodePath): AppraisalAreaDef | AppraisalCriterionDef {
  const area = areas[path[0]]!;
  if (path.length === 1) return area;
  const c = area.criteria[path[1]]!;
  return path.length === 2 ? c : c.subCriteria![path[2]]!;
}

/** Adds a criterion at the end of an area (or a sub-criterion under a criterion), 0,25 point to start. */
export function addChild(areas: AppraisalAreaDef[], path: [number] | [number, number], label = 'Tiêu chí mới'): AppraisalAreaDef[] {
  const next = structuredClone(areas);
  if (path.length === 1) {
    const a = next[path[0]]!;
    a.criteria.push({ code: `${a.code}.${a.criteria.length + 1}`, name: label, maxPoints: 0.25 });
  } else {
    const c = next[path[0]]!.criteria[path[1]]!;
    const subs = (c.subCriteria ??= []);
    subs.push({ code: `${c.code}.${String.fromCharCode(97 + subs.length)}`, name: label, maxPoints: 0.25 });
    delete c.source;
    delete c.thresholds;
  }
  return next;
}

export function removeNode(areas: AppraisalAreaDef[], path: NodePath): AppraisalAreaDef[] {
  const next = structuredClone(areas);
  if (path.length === 1) next.splice(path[0], 1);
  else if (path.length === 2) next[path[0]]!.criteria.splice(path[1], 1);
  else {
    const c = next[path[0]]!.criteria[path[1]]!;
    c.subCriteria!.splice(path[2], 1);
    if (c.subCriteria!.length === 0) delete c.subCriteria;
  }
  return next;
}

// ---------------------------------------------------------------- scoring forms

export interface ScoreEdit {
  score?: number | null;
  text?: string | null;
}
export type Edits = Record<string, ScoreEdit>;
export type Mode = 'self' | 'appraise';

const scoreOf = (i: EntryItem, mode: Mode) => (mode === 'self' ? i.selfScore : i.appraisedScore);
const textOf = (i: EntryItem, mode: Mode) => (mode === 'self' ? i.evidence : i.comment);

/** The value a field shows: the edit, else what is stored. */
export function shownScore(i: EntryItem, mode: Mode, edits: Edits): number | null {
  const e = edits[i.code];
  return e && 'score' in e ? (e.score ?? null) : scoreOf(i, mode);
}
export function shownText(i: EntryItem, mode: Mode, edits: Edits): string {
  const e = edits[i.code];
  return (e && 'text' in e ? e.text : textOf(i, mode)) ?? '';
}

/** Per scored item: the problem with the typed score (same rule as the server). */
export function editIssues(entry: EntryView, mode: Mode, edits: Edits): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of entry.items) {
    const v = edits[i.code]?.score;
    if (!i.scored || v === undefined || v === null) continue;
    const bad = scoreIssue(v, i.maxPoints);
    if (bad) out.set(i.code, bad);
  }
  return out;
}

/** The request body: only what changed, as the API names it. */
export function changedBody(entry: EntryView, mode: Mode, edits: Edits): Record<string, Record<string, number | string | null>> {
  const body: Record<string, Record<string, number | string | null>> = {};
  for (const i of entry.items) {
    const e = edits[i.code];
    if (!i.scored || !e) continue;
    const out: Record<string, number | string | null> = {};
    if ('score' in e && (e.score ?? null) !== scoreOf(i, mode)) out['score'] = e.score ?? null;
    if ('text' in e && (e.text?.trim() || null) !== (textOf(i, mode) ?? null)) out[mode === 'self' ? 'evidence' : 'comment'] = e.text?.trim() || null;
    if (Object.keys(out).length) body[i.code] = out;
  }
  return body;
}

/** Totals with the edits applied: per area and in all (a missing score counts 0). */
export function liveTotals(entry: EntryView, mode: Mode, edits: Edits): { byArea: Record<string, number>; total: number } {
  const byArea: Record<string, number> = {};
  for (const a of entry.areas) byArea[a.code] = sumPoints(entry.items.filter((i) => i.scored && i.areaCode === a.code).map((i) => shownScore(i, mode, edits) ?? 0));
  return { byArea, total: sumPoints(Object.values(byArea)) };
}

/** Edits that put the proposed score into every empty scored item that has one. */
export function proposals(entry: EntryView, edits: Edits): Edits {
  const next = { ...edits };
  for (const i of entry.items) {
    if (!i.scored || i.prefill?.proposedScore === null || i.prefill?.proposedScore === undefined || shownScore(i, 'self', edits) !== null) continue;
    next[i.code] = { ...next[i.code], score: i.prefill.proposedScore };
  }
  return next;
}
