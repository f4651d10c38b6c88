/** Pure helpers of RecordsTab (no React): validation and patch building mirroring reform-records/schema.ts. */

/** Số/ký hiệu văn bản: "111/KH-UBND", "354/UBND-VH" (same rule as the server's DocumentNumber). */
export const DOCUMENT_NUMBER = /^\d{1,6}\/[\p{Lu}\d][\p{Lu}\d.&-]*$/u;
export const HTTP_URL = /^https?:\/\/\S+$/i;

/** The trimmed text, or undefined when blank. */
export const clean = (s: string | null | undefined): string | undefined => {
  const v = s?.trim();
  return v ? v : undefined;
};

/**
 * The fields of `next` that differ from `prev` (a PATCH body); blank optional texts become null
 * so they are cleared. Empty when nothing changed.
 */
export function diffPatch<T extends Record<string, unknown>>(prev: object, next: T): Partial<T> {
  const before = prev as Record<string, unknown>;
  const out: Partial<T> = {};
  for (const k of Object.keys(next) as Array<keyof T & string>) {
    const v = next[k];
    if (v === undefined) continue;
    if ((before[k] ?? null) !== v) out[k] = v;
  }
  return out;
}
