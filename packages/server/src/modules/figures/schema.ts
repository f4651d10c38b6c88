import { FIGURE_KINDS } from '@motcua/core';
import { z } from 'zod';

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();

export const FigureDefinitionSchema = z.object({
  code: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(500),
  section: z.string().trim().min(1).max(200),
  measure: z.string().trim().min(1).max(50).describe('người, vụ, đồng, tỷ đồng, %…'),
  kind: z.enum(FIGURE_KINDS).describe('count/amount: typed; percent: typed percentage from another system (0–100); rate: numerator/denominator, computed'),
  decimals: z.number().int().min(0).max(6),
  parent: z.string().optional().describe('The total this figure is a part of (parts ≤ total)'),
  numerator: z.string().optional(),
  denominator: z.string().optional(),
  department: z.string().max(20).optional().describe('Responsible department: suffix of its unit code (NV for 440-NV)'),
  note: z.string().max(2000).optional(),
});

export const Catalogue = z.object({
  version: z.number(),
  note: z.string().nullable(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  definitions: z.array(FigureDefinitionSchema),
});
export const CatalogueQuery = z.object({ version: z.coerce.number().int().positive().optional().describe('Default: the latest') });
export const PublishCatalogueBody = z.object({ note: z.string().trim().max(2000).optional(), definitions: z.array(FigureDefinitionSchema).min(1).max(2000) });

export const FormParams = z.object({ unit: z.string().min(1).describe('Unit code, e.g. 440'), period: z.string().min(1).describe('Named period: 2023-H1, 2023-Q2, 2023-M05, 2023-9M, 2023') });

export const ValuesBody = z.object({
  values: z.record(z.string(), z.number().nullable()).describe('code → value; null clears a value. Rates are computed and may not be sent.'),
});
export const UnlockBody = z.object({ reason: z.string().trim().min(5, 'give the reason for unlocking (at least 5 characters)').max(2000) });

export const FigureItem = z.object({
  code: z.string(),
  name: z.string(),
  section: z.string(),
  measure: z.string(),
  kind: z.enum(FIGURE_KINDS),
  parent: z.string().nullable(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  department: z.string().nullable(),
  value: z.number().nullable().describe('Rates: computed half-up to 2 decimals'),
  display: z.string().nullable().describe('Vietnamese format: 397.346.000; 54,020; 36,94%'),
  previous: z.number().nullable().describe("Last period's value"),
  previousDisplay: z.string().nullable(),
});
export const FormEvent = z.object({
  action: z.enum(['values', 'lock', 'unlock']),
  actor: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const FormView = z.object({
  unit: z.string(),
  unitName: z.string(),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  previousPeriod: z.string().nullable(),
  exists: z.boolean().describe('false until a value is entered or the form is locked'),
  catalogueVersion: z.number(),
  status: z.enum(['open', 'locked']),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
  figures: z.array(FigureItem),
  history: z.array(FormEvent).describe('Who entered values, locked and unlocked (with the reason), oldest first'),
});
export type FormView = z.output<typeof FormView>;
export const FormHistory = z.object({ unit: z.string(), period: z.string(), items: z.array(FormEvent) });
