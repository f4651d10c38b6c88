import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

/** Splits JSON Lines text; blank lines are skipped but keep their numbers. */
export function splitLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/^\uFEFF/, '');
    if (t.trim()) out.push({ line: i + 1, text: t });
  }
  return out;
}

/** Turns zod issues into `field: reason` issues (field as a dotted path, e.g. events.2.at). */
export function zodIssues(error: z.ZodError, line?: number): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : '(dòng)',
    reason: i.message,
    ...(line !== undefined ? { line } : {}),
  }));
}

/** Parses and validates every line; returns values and all issues (never throws). */
export function parseJsonLines<S extends z.ZodType>(
  text: string,
  schema: S,
): { items: Array<{ line: number; value: z.output<S> }>; issues: FieldIssue[] } {
  const items: Array<{ line: number; value: z.output<S> }> = [];
  const issues: FieldIssue[] = [];
  for (const { line, text: t } of splitLines(text)) {
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch (e) {
      issues.push({ line, field: '(json)', reason: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) items.push({ line, value: parsed.data });
    else issues.push(...zodIssues(parsed.error, line));
  }
  return { items, issues };
}
