import { z } from 'zod';

export const UnitLevel = z.enum(['province', 'district', 'commune', 'department']);

export const Unit = z.object({
  code: z.string(),
  name: z.string(),
  level: UnitLevel,
  kind: z.string(),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  agencyCode: z.string().nullable(),
  successors: z.array(z.object({ code: z.string(), name: z.string(), effective: z.string() })).optional(),
});
export type Unit = z.output<typeof Unit>;

export const UnitListQuery = z.object({
  parent: z.string().optional().describe('Code of the parent unit'),
  level: UnitLevel.optional(),
  at: z.iso.date().optional().describe('Units valid on this date (default: today)'),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type UnitListQuery = z.output<typeof UnitListQuery>;

export const UnitInput = z.object({
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(300),
  level: UnitLevel,
  kind: z.string().trim().min(1).max(60),
  parentCode: z.string().trim().min(1).optional(),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
  agencyCode: z
    .string()
    .regex(/^[0-9A-Z]{3}(\.[0-9A-Z]{2}){2}\.[A-Z][0-9]{2}$/, 'must be a QCVN 102:2016 identifier like 000.00.40.H25')
    .optional(),
  formedFrom: z.array(z.string()).optional().describe('Codes of the units merged into this one'),
});
export type UnitInput = z.output<typeof UnitInput>;
