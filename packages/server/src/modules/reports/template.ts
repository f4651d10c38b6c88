/**
 * Report templates are data (JSON files under templates/, versions in `report_templates`), so a
 * unit adjusts sections and wording without code. A template is rendered against a report's
 * figures snapshot (data.ts) into the blocks the API, the DOCX and the PDF share.
 *
 * Sentences carry placeholders `{{key}}` or `{{key|filter|filter…}}`:
 * - no filter: numbers in Vietnamese format with the decimals they have (3.622; 80,5), lists
 *   joined with ", ";
 * - `pad2`: 1–9 written "01"…"09" as reports do ("09 dự thảo"); 0 and ≥ 10 unchanged;
 * - `pct`: a percentage value, half-up to two decimals, trailing zeros dropped, with "%"
 *   (26,67%; 64,3%; 100%);
 * - `dec1`/`dec2`/`dec3`: fixed decimals (54,020 tỷ đồng); `plain`: no thousands separator (1170);
 * - `list` (", "), `semi` ("; "): join a list; `lcfirst`, `ucfirst`, `upper`: letter case;
 * - `date`: a date as documents write it (Nghị định 30: 17/01/2023, 14/6/2023).
 * A block may carry `when`: `key` (non-zero, non-empty), `!key` (zero, empty or missing) or
 * `?key` (present, even 0), several joined with " && ". A value missing from the data is written
 * "…" for the officer to see.
 *
 * A template serves every period of its validity, so a sentence (`text`, `heading`, title,
 * closing) never types a local document or a date of one period ("Văn bản số 445/UBND-NV ngày
 * 07/3/2023"): a 2024 report would print 2023's documents (`literalReferences` finds them; the
 * built-in templates are checked by reports.render.test.ts). Per case:
 * - the document is in the product's data: bind it — the unit's plan (`plan.*`), the plan of the
 *   unit above (`parentPlan.*`), the inspection plan (`inspection.*`), the communication basis
 *   (`communications.basis`), a directing document named by topic (`directives.<topic>.*`,
 *   data.ts DIRECTIVE_TOPICS) — with a `when` alternative saying the sentence without the
 *   reference when the data has none;
 * - otherwise split the block: the context becomes a `narrative` (editable, carried over from the
 *   previous report; its default is the seed's wording) and the figures stay in a bound sentence.
 * Legal references valid for the template's validity period are template wording: those carrying
 * their year in the number (Nghị định số 61/2018/NĐ-CP, Quyết định số 52/2017/QĐ-UBND) and the
 * dated ones a check lists as allowed (Nghị định số 130/NĐ-CP ngày 17/10/2005).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatNumberVi, hasAtMostDecimals, plainToRichText, type RichText } from '@motcua/core';
import { z } from 'zod';
import type { FieldIssue } from '../../errors.js';

export type DataValue = number | string | string[];
/** The figures snapshot of a report: flat key → value (keys documented in data.ts). */
export type ReportData = Record<string, DataValue>;

export const TEXT_STYLES = ['paragraph', 'dash', 'plus'] as const;
export type TextStyle = (typeof TEXT_STYLES)[number];
export const UNIT_SCOPES = ['district', 'commune', 'any'] as const;
export type UnitScope = (typeof UNIT_SCOPES)[number];

const When = z
  .string()
  .regex(/^[!?]?[a-z][a-zA-Z0-9.]*( && [!?]?[a-z][a-zA-Z0-9.]*)*$/, 'key, !key or ?key, several joined with " && "')
  .max(300)
  .optional();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const TemplateBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: Text(500), when: When }),
  z.object({ type: z.literal('text'), id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/), style: z.enum(TEXT_STYLES), text: Text(4000), when: When }),
  z.object({
    type: z.literal('narrative'),
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,59}$/, 'letters and digits, camelCase'),
    label: Text(200),
    default: z.string().max(20_000).describe('Plain text: one paragraph per line, "- " and "+ " items, **bold**, *italic*; {{key}} placeholders are filled when a draft is created'),
    when: When,
  }),
  z.object({ type: z.literal('observations'), when: When }),
]);
export type TemplateBlock = z.output<typeof TemplateBlockSchema>;

export const TemplateSectionSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,20}$/),
  heading: Text(500),
  blocks: z.array(TemplateBlockSchema).max(300),
  when: When,
});
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

export const TemplateBodySchema = z.object({
  /** The subtitle under "BÁO CÁO". */
  title: Text(500),
  /** The closing sentence before "Nơi nhận". */
  closing: Text(2000),
  recipients: z.array(Text(300)).min(1).max(40),
  signer: z.object({ capacity: z.array(Text(100)).min(1).max(4) }),
  sections: z.array(TemplateSectionSchema).min(1).max(20),
});
export type TemplateBody = z.output<typeof TemplateBodySchema>;

/** A built-in template file (templates/*.json). */
const TemplateFileSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,60}$/),
  name: Text(200),
  version: z.number().int().positive(),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  unitScope: z.enum(UNIT_SCOPES),
  body: TemplateBodySchema,
});
export type TemplateFile = z.output<typeof TemplateFileSchema>;

const TEMPLATE_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

/** The templates shipped with the product (loaded into `report_templates` on first use). */
export function builtInTemplates(): TemplateFile[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => TemplateFileSchema.parse(JSON.parse(readFileSync(TEMPLATE_DIR + f, 'utf8'))));
}

// ---------------------------------------------------------------- placeholders and filters

export const FILTERS = ['pad2', 'pct', 'dec1', 'dec2', 'dec3', 'plain', 'list', 'semi', 'lcfirst', 'ucfirst', 'upper', 'date'] as const;
type Filter = (typeof FILTERS)[number];
const PLACEHOLDER = /\{\{\s*([a-z][a-zA-Z0-9_.]*)((?:\|[a-z0-9]+)*)\s*\}\}/g;
/** Shown where the data has no value: visible in the draft, never a made-up number. */
export const MISSING = '…';

export interface Placeholder {
  key: string;
  filters: string[];
}

export function placeholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ key: m[1]!, filters: m[2] ? m[2].slice(1).split('|') : [] }));
}

/** As many decimals as the value has (at most 3): 80,5; 146,25; 3.622. */
function autoNumber(v: number): string {
  for (let d = 0; d < 3; d++) if (hasAtMostDecimals(v, d)) return formatNumberVi(v, d);
  return formatNumberVi(v, 3);
}

/** A percentage, half-up to two decimals without trailing zeros: 26,67%; 64,3%; 100%. */
export function formatPct(v: number): string {
  const s = formatNumberVi(v, 2);
  return `${s.includes(',') ? s.replace(/0+$/, '').replace(/,$/, '') : s}%`;
}

/** 2023-01-17 → 17/01/2023, 2023-06-14 → 14/6/2023 (day two digits; months 1–2 two digits, as Nghị định 30 writes dates). */
export function formatShortDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = Number(m[2]);
  return `${m[3]}/${month <= 2 ? m[2] : String(month)}/${m[1]}`;
}

const mapText = (v: DataValue, f: (s: string) => string): DataValue => (Array.isArray(v) ? v.map(f) : typeof v === 'string' ? f(v) : v);
const lcfirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const ucfirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function applyFilter(v: DataValue, f: Filter): DataValue {
  switch (f) {
    case 'pad2':
      return typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 10 ? `0${v}` : v;
    case 'pct':
      return typeof v === 'number' ? formatPct(v) : v;
    case 'dec1':
    case 'dec2':
    case 'dec3':
      return typeof v === 'number' ? formatNumberVi(v, Number(f.slice(3))) : v;
    case 'plain':
      return typeof v === 'number' ? autoNumber(v).replace(/\./g, '') : v;
    case 'list':
      return Array.isArray(v) ? v.join(', ') : v;
    case 'semi':
      return Array.isArray(v) ? v.join('; ') : v;
    case 'lcfirst':
      return mapText(v, lcfirst);
    case 'ucfirst':
      return mapText(v, ucfirst);
    case 'upper':
      return mapText(v, (s) => s.toLocaleUpperCase('vi'));
    case 'date':
      return mapText(v, formatShortDate);
  }
}

/** The text a placeholder writes for a value. */
export function formatValue(v: DataValue | undefined, filters: readonly string[]): string {
  if (v === undefined) return MISSING;
  let out = v;
  for (const f of filters) out = applyFilter(out, f as Filter);
  if (typeof out === 'number') return autoNumber(out);
  if (Array.isArray(out)) return out.join(', ');
  return out;
}

export interface Binding {
  key: string;
  value: DataValue | null;
  display: string;
}

/** A sentence with its placeholders filled, and one binding per placeholder in reading order. */
export function renderText(text: string, data: ReportData): { text: string; bindings: Binding[] } {
  const bindings: Binding[] = [];
  const out = text.replace(PLACEHOLDER, (_m, key: string, filters: string) => {
    const value = data[key];
    const display = formatValue(value, filters ? filters.slice(1).split('|') : []);
    bindings.push({ key, value: value ?? null, display });
    return display;
  });
  return { text: out, bindings };
}

/**
 * Period-specific literals typed into a sentence, outside its placeholders: a local document
 * number without a year in it ("445/UBND-NV", "2629 /QĐ-UBND"), a date ("07/3/2023", "23 tháng 02
 * năm 2023", "tháng 6/2023") or a year ("năm 2023"). Legal numbers carrying their year
 * (61/2018/NĐ-CP) are not reported; `allowed` lists dated legal references kept on purpose.
 */
export function literalReferences(text: string, allowed: readonly string[] = []): string[] {
  let rest = text.replace(PLACEHOLDER, ' ');
  for (const a of allowed) rest = rest.split(a).join(' ');
  const patterns = [
    /(?<![\d/])\d{1,5}\s*\/\s*(?!\d{4}\/)\p{Lu}[\p{Lu}\d.&-]*/gu,
    /(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?!\d)/gu,
    /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/gu,
    /tháng\s+\d{1,2}\s*\/\s*\d{4}/gu,
    /năm\s+(?:19|20)\d{2}(?!\d)/gu,
  ];
  return patterns.flatMap((re) => [...rest.matchAll(re)].map((m) => m[0]));
}

const truthy = (v: DataValue | undefined) => v !== undefined && v !== 0 && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Whether a block's `when` holds for the data (no condition: always). */
export function conditionHolds(when: string | undefined, data: ReportData): boolean {
  if (!when) return true;
  return when.split('&&').every((c) => {
    const cond = c.trim();
    if (cond.startsWith('!')) return !truthy(data[cond.slice(1)]);
    if (cond.startsWith('?')) return data[cond.slice(1)] !== undefined;
    return truthy(data[cond]);
  });
}

const conditionKeys = (when: string) => when.split('&&').map((c) => c.trim().replace(/^[!?]/, ''));

// ---------------------------------------------------------------- validation

/**
 * Problems of a template's sections beyond their shape: unknown data keys and filters (in
 * sentences, headings, narrative defaults and conditions), duplicate sentence ids and narrative
 * keys, more than one observations block. Fields are `sections.<i>.blocks.<j>.<prop>`.
 */
export function templateIssues(sections: readonly TemplateSection[], knownKeys: ReadonlySet<string>, prefix = 'sections'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (text: string, field: string) => {
    for (const p of placeholders(text)) {
      if (!knownKeys.has(p.key)) issues.push({ field, reason: `unknown data key ${p.key}` });
      for (const f of p.filters) if (!(FILTERS as readonly string[]).includes(f)) issues.push({ field, reason: `unknown filter ${f} (known: ${FILTERS.join(', ')})` });
    }
    // A brace pair that is not a valid placeholder would be printed as is: refuse it.
    if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) issues.push({ field, reason: 'malformed placeholder: write {{key}} or {{key|filter}}' });
  };
  const checkWhen = (when: string | undefined, field: string) => {
    for (const key of when ? conditionKeys(when) : []) if (!knownKeys.has(key)) issues.push({ field, reason: `unknown data key ${key}` });
  };
  const sectionIds = new Set<string>();
  const textIds = new Set<string>();
  const narrativeKeys = new Set<string>();
  let observations = 0;
  sections.forEach((s, i) => {
    const at = `${prefix}.${i}`;
    if (sectionIds.has(s.id)) issues.push({ field: `${at}.id`, reason: `duplicate section id ${s.id}` });
    sectionIds.add(s.id);
    check(s.heading, `${at}.heading`);
    checkWhen(s.when, `${at}.when`);
    s.blocks.forEach((b, j) => {
      const bat = `${at}.blocks.${j}`;
      checkWhen(b.when, `${bat}.when`);
      switch (b.type) {
        case 'heading':
          check(b.text, `${bat}.text`);
          break;
        case 'text':
          check(b.text, `${bat}.text`);
          if (textIds.has(b.id)) issues.push({ field: `${bat}.id`, reason: `duplicate sentence id ${b.id}` });
          textIds.add(b.id);
          break;
        case 'narrative':
          check(b.default, `${bat}.default`);
          if (narrativeKeys.has(b.key)) issues.push({ field: `${bat}.key`, reason: `duplicate narrative key ${b.key}` });
          narrativeKeys.add(b.key);
          break;
        case 'observations':
          if (++observations > 1) issues.push({ field: `${bat}.type`, reason: 'only one observations block per template' });
          break;
      }
    });
  });
  return issues;
}

/** Issues of the parts outside the sections (title, closing). */
export function bodyIssues(body: TemplateBody, knownKeys: ReadonlySet<string>): FieldIssue[] {
  const issues = templateIssues(body.sections, knownKeys);
  for (const field of ['title', 'closing'] as const) {
    for (const p of placeholders(body[field])) if (!knownKeys.has(p.key)) issues.push({ field, reason: `unknown data key ${p.key}` });
  }
  return issues;
}

/** Every narrative block of a template: key → label and default. */
export function narrativeBlocks(body: TemplateBody): Map<string, Extract<TemplateBlock, { type: 'narrative' }>> {
  const out = new Map<string, Extract<TemplateBlock, { type: 'narrative' }>>();
  for (const s of body.sections) for (const b of s.blocks) if (b.type === 'narrative') out.set(b.key, b);
  return out;
}

/** A narrative's default with its placeholders filled from the data, as rich text. */
export function narrativeDefault(block: { default: string }, data: ReportData): RichText {
  return plainToRichText(renderText(block.default, data).text);
}

// ---------------------------------------------------------------- rendering

export interface ObservationItem {
  id: string;
  text: string;
  kept: boolean;
  source: string;
}

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'text'; id: string; style: TextStyle; text: string; bindings: Binding[] }
  | { type: 'narrative'; key: string; label: string; content: RichText }
  | { type: 'observations'; items: ObservationItem[] };

export interface ReportSection {
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

/**
 * The report's sections: sentences filled from the data, narratives from the report (else the
 * template default), the observations block with every proposed item (kept or not; documents
 * print the kept ones). Blocks and sections whose condition fails are left out.
 */
export function renderSections(body: TemplateBody, data: ReportData, narratives: Readonly<Record<string, RichText>>, observations: readonly ObservationItem[]): ReportSection[] {
  const sections: ReportSection[] = [];
  for (const s of body.sections) {
    if (!conditionHolds(s.when, data)) continue;
    const blocks: ReportBlock[] = [];
    for (const b of s.blocks) {
      if (!conditionHolds(b.when, data)) continue;
      switch (b.type) {
        case 'heading':
          blocks.push({ type: 'heading', level: b.level, text: renderText(b.text, data).text });
          break;
        case 'text':
          blocks.push({ type: 'text', id: b.id, style: b.style, ...renderText(b.text, data) });
          break;
        case 'narrative':
          blocks.push({ type: 'narrative', key: b.key, label: b.label, content: narratives[b.key] ?? narrativeDefault(b, data) });
          break;
        case 'observations':
          blocks.push({ type: 'observations', items: observations.map((o) => ({ ...o })) });
          break;
      }
    }
    sections.push({ id: s.id, heading: renderText(s.heading, data).text, blocks });
  }
  return sections;
}
