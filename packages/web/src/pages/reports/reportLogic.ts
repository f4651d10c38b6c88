import type { RichText } from '@motcua/core';
import type { Binding, ReportAction, ReportKind, ReportPatch, ReportStatus, ReportView, Signer } from './api';
import { REPORT_ACTIONS } from './api';
import { normalizeRichText, richTextEqual } from './richTextDom';

/** Pure helpers of the report screens (unit-tested in reportLogic.test.ts). */

export const STATUS_COLOR: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  issued: 'success',
  superseded: 'warning',
};

// ——— Periods of a new report ———

export interface NewReportPeriod {
  kind: ReportKind;
  year?: number | undefined;
  quarter?: 1 | 2 | 3 | 4 | undefined;
  half?: 1 | 2 | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The POST /api/reports period fields for the dialog's choice: the core period names
 * (`2023-Q2`, `2023-H1`, `2023-9M`, `2023`) or, for a custom report, the two dates.
 * Undefined while the choice is incomplete.
 */
export function periodFields(p: NewReportPeriod): { period: string } | { from: string; to: string } | undefined {
  if (p.kind === 'custom') return p.from && p.to && p.from <= p.to ? { from: p.from, to: p.to } : undefined;
  if (!p.year || !Number.isInteger(p.year)) return undefined;
  switch (p.kind) {
    case 'quarter':
      return p.quarter ? { period: `${p.year}-Q${p.quarter}` } : undefined;
    case 'half':
      return p.half ? { period: `${p.year}-H${p.half}` } : undefined;
    case 'nine_months':
      return { period: `${p.year}-9M` };
    case 'year':
      return { period: String(p.year) };
  }
}

/** The kind a period name belongs to (for the list filter), or undefined. */
export function kindOfPeriod(name: string): ReportKind | undefined {
  if (/^\d{4}$/.test(name)) return 'year';
  if (/^\d{4}-H[12]$/.test(name)) return 'half';
  if (/^\d{4}-9M$/.test(name)) return 'nine_months';
  if (/^\d{4}-Q[1-4]$/.test(name)) return 'quarter';
  return undefined;
}

// ——— Data-bound sentences ———

export interface Segment {
  text: string;
  binding?: Binding | undefined;
}

/**
 * Splits a rendered sentence into plain text and the places where its bound values were
 * written, so the preview can highlight them. Each binding's display text is searched after
 * the previous one (the template writes them in order); one that cannot be found (empty, or
 * written differently) is skipped rather than guessed.
 */
export function segmentSentence(text: string, bindings: readonly Binding[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const b of bindings) {
    if (!b.display) continue;
    const at = text.indexOf(b.display, pos);
    if (at < 0) continue;
    if (at > pos) out.push({ text: text.slice(pos, at) });
    out.push({ text: b.display, binding: b });
    pos = at + b.display.length;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

// ——— Template sentences ———

/** The filters a placeholder may carry (mirrors server modules/reports/template.ts FILTERS). */
export const FILTERS = ['pad2', 'pct', 'dec1', 'dec2', 'dec3', 'plain', 'list', 'semi', 'lcfirst', 'ucfirst', 'upper', 'date'] as const;
// Looser than the server's pattern on purpose: a mistyped key is still recognised and reported.
const PLACEHOLDER = /\{\{\s*([\w.]+)((?:\|\w+)*)\s*\}\}/g;

export interface Placeholder {
  key: string;
  filters: string[];
}

/** `{{ key }}` / `{{key|filter|filter}}` placeholders of a template sentence, in order (duplicates kept). */
export function parsePlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ key: m[1]!, filters: m[2] ? m[2].slice(1).split('|') : [] }));
}

export function placeholderKeys(text: string): string[] {
  return parsePlaceholders(text).map((p) => p.key);
}

/** Placeholders that are not in the catalogue (the server refuses them with 400; say it first). */
export function unknownKeys(text: string, known: ReadonlySet<string>): string[] {
  return [...new Set(placeholderKeys(text).filter((k) => !known.has(k)))];
}

/** What the server would refuse in one sentence: unknown keys, unknown filters, stray braces. */
export interface SentenceProblems {
  keys: string[];
  filters: string[];
  malformed: boolean;
}

export function sentenceProblems(text: string, known: ReadonlySet<string>): SentenceProblems | undefined {
  const keys = unknownKeys(text, known);
  const filters = [...new Set(parsePlaceholders(text).flatMap((p) => p.filters.filter((f) => !(FILTERS as readonly string[]).includes(f))))];
  const malformed = /\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''));
  return keys.length || filters.length || malformed ? { keys, filters, malformed } : undefined;
}

/** Text and placeholders of a template sentence, for the editor's preview. */
export function templateSegments(text: string): Array<{ text: string; key?: string; filters?: string[] }> {
  const out: Array<{ text: string; key?: string; filters?: string[] }> = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], key: m[1]!, filters: m[2] ? m[2].slice(1).split('|') : [] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** The placeholder the pick list inserts: a percentage gets `|pct` so it prints "97,78%". */
export function placeholderFor(key: { key: string; type?: string | undefined }): string {
  return key.type === 'percent' ? `{{${key.key}|pct}}` : `{{${key.key}}}`;
}

/** Inserts a placeholder token at a caret position (or replacing a selection) of a sentence. */
export function insertPlaceholder(text: string, token: string, start: number, end = start): { text: string; caret: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { text: text.slice(0, s) + token + text.slice(e), caret: s + token.length };
}

// ——— Draft edits ———

/** What the officer changed in the draft since it was loaded (only what differs is kept). */
export interface DraftEdits {
  narratives: Record<string, RichText>;
  observations: Record<string, boolean>;
  signer?: Signer | undefined;
  recipients?: string[] | undefined;
  title?: string | undefined;
}

export const NO_EDITS: DraftEdits = { narratives: {}, observations: {} };

export function narrativesOf(view: ReportView): Map<string, RichText> {
  const m = new Map<string, RichText>();
  for (const s of view.sections) for (const b of s.blocks) if (b.type === 'narrative') m.set(b.key, b.content);
  return m;
}

export function observationsOf(view: ReportView): Map<string, boolean> {
  const m = new Map<string, boolean>();
  for (const s of view.sections) for (const b of s.blocks) if (b.type === 'observations') for (const o of b.items) m.set(o.id, o.kept);
  return m;
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Signer/recipients as typed: one line each, blank lines and edge spaces dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The PUT body for the edits: only the fields that differ from the loaded report, so a save
 * never rewrites what the officer did not touch. Undefined when nothing differs (not dirty).
 */
export function buildPatch(view: ReportView, edits: DraftEdits): ReportPatch | undefined {
  const patch: ReportPatch = {};
  const narratives = narrativesOf(view);
  const changedNarratives: Record<string, RichText> = {};
  for (const [key, content] of Object.entries(edits.narratives)) {
    const before = narratives.get(key);
    if (!before || !richTextEqual(before, content)) changedNarratives[key] = normalizeRichText(content);
  }
  if (Object.keys(changedNarratives).length) patch.narratives = changedNarratives;
  const observations = observationsOf(view);
  const changedObs: Record<string, boolean> = {};
  for (const [id, kept] of Object.entries(edits.observations)) if (observations.get(id) !== kept) changedObs[id] = kept;
  if (Object.keys(changedObs).length) patch.observations = changedObs;
  if (edits.signer) {
    const signer = { capacity: edits.signer.capacity.map((l) => l.trim()).filter((l) => l !== ''), name: edits.signer.name.trim() };
    if (signer.name !== view.signer.name || !sameLines(signer.capacity, view.signer.capacity)) patch.signer = signer;
  }
  if (edits.recipients) {
    const recipients = edits.recipients.map((l) => l.trim()).filter((l) => l !== '');
    if (!sameLines(recipients, view.recipients)) patch.recipients = recipients;
  }
  if (edits.title !== undefined && edits.title.trim() !== view.title) patch.title = edits.title.trim();
  return Object.keys(patch).length ? patch : undefined;
}

// ——— Workflow ———

/** The workflow buttons to show: exactly the server's allowedActions, in a fixed order, 'edit' excluded. */
export function actionButtons(allowed: readonly string[]): Exclude<ReportAction, 'edit'>[] {
  return REPORT_ACTIONS.filter((a): a is Exclude<ReportAction, 'edit'> => a !== 'edit' && allowed.includes(a));
}

/** The draft fields are editable only when the server says so (a draft, for its writers). */
export const isEditable = (view: Pick<ReportView, 'allowedActions' | 'status'>) => view.status === 'draft' && view.allowedActions.includes('edit');

/** Report numbers as Nghị định 30/2020 writes them: "15/BC-UBND". */
export const REPORT_NUMBER = /^\d+\/[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;

// ——— Labels ———

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** "Quý II năm 2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "Năm 2023", "15/12/2022 – 14/03/2023". */
export function periodLabel(r: { kind: ReportKind; period: string | null; from: string; to: string }, t: (key: string, opts: Record<string, string>) => string): string {
  const m = /^(\d{4})(?:-(H[12]|9M|Q[1-4]))?$/.exec(r.period ?? '');
  if (r.kind !== 'custom' && m) {
    const year = m[1]!;
    const part = m[2];
    if (!part) return t('periodName.year', { year });
    if (part === '9M') return t('periodName.nine_months', { year });
    if (part.startsWith('H')) return t(`periodName.${part}`, { year });
    return t('periodName.quarter', { q: ROMAN[Number(part.slice(1)) - 1] ?? '', year });
  }
  return t('periodName.custom', { from: ddmmyyyy(r.from), to: ddmmyyyy(r.to) });
}

// ——— Template editing ———

/** The smallest `${prefix}${n}` not used yet (new sentence ids, new narrative keys). */
export function freshId(used: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** Moves item `from` of a list to position `to` (a new list; out-of-range moves change nothing). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/**
 * Where a 400 issue of PUT /api/report-templates points ("sections.3.blocks.2.text", possibly
 * prefixed with "body."): the section and block indexes, so the editor can mark the block.
 */
export function issuePosition(field: string): { section?: number; block?: number; rest: string } {
  const m = /^(?:body\.)?sections\.(\d+)(?:\.blocks\.(\d+))?\.?(.*)$/.exec(field);
  if (!m) return { rest: field };
  return { section: Number(m[1]), ...(m[2] !== undefined ? { block: Number(m[2]) } : {}), rest: m[3] ?? '' };
}
