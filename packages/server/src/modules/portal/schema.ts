import { EVENT_TYPES, RATING_LEVELS } from '@motcua/core';
import { z } from 'zod';
import { Applicant } from '../dossiers/schema.js';

/** Citizens prove they own a dossier with its phone number or CCCD (never the code alone). */
export const Proof = z
  .object({
    phone: z.string().trim().max(20).optional(),
    idNumber: z.string().trim().max(20).optional(),
  })
  .refine((p) => p.phone || p.idNumber, { message: 'give the phone number or the CCCD used on the dossier', path: ['phone'] });

export const SubmitBody = z.object({
  unit: z.string().trim().min(1).describe('Receiving unit code'),
  procedure: z.string().trim().min(1),
  applicant: Applicant.extend({
    idNumber: z.string().trim().regex(/^\d{12}$/, 'must be a 12-digit CCCD'),
    phone: z.string().trim().regex(/^(0|\+84)[0-9 .]{8,13}$/, 'must be a Vietnamese phone number'),
  }),
  note: z.string().trim().max(2000).optional(),
  returnMethod: z.enum(['counter', 'postal']).optional().describe('Nhận kết quả tại quầy hoặc qua bưu chính'),
});
export type SubmitBody = z.output<typeof SubmitBody>;

export const SupplementBody = Proof.and(z.object({ note: z.string().trim().max(2000).optional() }));
export const RatingBody = Proof.and(z.object({ level: z.enum(RATING_LEVELS) }));

export const PublicDossier = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  unit: z.object({ code: z.string(), name: z.string() }),
  status: z.string(),
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  newAppointment: z.string().nullable(),
  resultReturned: z.object({ at: z.string(), via: z.string() }).nullable(),
  rating: z.string().nullable(),
  supplementReason: z.string().nullable().describe('What to add, while a supplement is requested'),
  canSupplement: z.boolean(),
  canRate: z.boolean(),
  timeline: z.array(z.object({ at: z.string(), type: z.enum(EVENT_TYPES), label: z.string(), detail: z.string().nullable() })),
});
export type PublicDossier = z.output<typeof PublicDossier>;
