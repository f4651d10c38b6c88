import { CHANNELS, EVENT_TYPES, RATING_LEVELS, RETURN_VIAS, isValidPersonalId, parseInstant } from '@motcua/core';
import { z } from 'zod';

/** An ISO 8601 instant that carries its offset (dossier-import.md). */
export const Instant = z
  .string()
  .refine((s) => parseInstant(s) !== undefined, 'must be an ISO 8601 instant with an offset, e.g. 2023-01-05T08:15:00+07:00');

export const Applicant = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  idNumber: z
    .string()
    .trim()
    .refine(isValidPersonalId, 'must be a 12-digit CCCD (or a 9-digit CMND)')
    .optional(),
  phone: z.string().trim().regex(/^(0|\+84)[0-9 .]{8,13}$/, 'must be a Vietnamese phone number').optional(),
  address: z.string().trim().max(500).optional(),
  email: z.email().optional(),
});
export type Applicant = z.output<typeof Applicant>;

const reason = z.string().trim().min(1).max(2000);

/** One event of the import format; each type carries its own fields. */
export const EventInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submitted'), at: Instant }),
  z.object({ type: z.literal('received'), at: Instant }),
  z.object({ type: z.literal('refused'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('supplement_requested'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('supplement_received'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('obligation_requested'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('obligation_fulfilled'), at: Instant }),
  z.object({ type: z.literal('forwarded'), at: Instant, to: z.string().trim().min(1).max(200), step: z.string().trim().max(200).optional() }),
  z.object({ type: z.literal('apology'), at: Instant, newAppointment: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('resolved'), at: Instant }),
  z.object({ type: z.literal('rejected'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('withdrawn'), at: Instant, reason: reason.optional() }),
  z.object({ type: z.literal('result_returned'), at: Instant, via: z.enum(RETURN_VIAS) }),
  z.object({ type: z.literal('rated'), at: Instant, level: z.enum(RATING_LEVELS) }),
]);
export type EventInput = z.output<typeof EventInput>;

/** One line of dossiers.jsonl (dossier-import.md). */
export const DossierLine = z.object({
  code: z.string().trim().min(1).max(64),
  unit: z.string().trim().min(1).max(32),
  procedure: z.string().trim().min(1).max(64),
  channel: z.enum(CHANNELS),
  applicant: Applicant,
  workingDays: z.number().positive().max(3650).optional(),
  dueAt: Instant.optional(),
  /** MotCua extension: how the applicant wants the result back. */
  returnMethod: z.enum(RETURN_VIAS).optional(),
  events: z.array(EventInput).min(1, 'a dossier needs at least one event'),
});
export type DossierLine = z.output<typeof DossierLine>;

/** An action on an existing dossier: an event without `at` (the server's clock) or with it. */
export const ActionBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('received'), at: Instant.optional() }),
  z.object({ type: z.literal('refused'), at: Instant.optional(), reason }),
  z.object({ type: z.literal('supplement_requested'), at: Instant.optional(), reason }),
  z.object({ type: z.literal('supplement_received'), at: Instant.optional(), reason: reason.optional() }),
  z.object({ type: z.literal('obligation_requested'), at: Instant.optional(), reason: reason.optional() }),
  z.object({ type: z.literal('obligation_fulfilled'), at: Instant.optional() }),
  z.object({ type: z.literal('forwarded'), at: Instant.optional(), to: z.string().trim().min(1).max(200), step: z.string().trim().max(200).optional() }),
  z.object({ type: z.literal('apology'), at: Instant.optional(), newAppointment: Instant, reason }),
  z.object({ type: z.literal('resolved'), at: Instant.optional() }),
  z.object({ type: z.literal('rejected'), at: Instant.optional(), reason }),
  z.object({ type: z.literal('withdrawn'), at: Instant.optional(), reason: reason.optional() }),
  z.object({ type: z.literal('result_returned'), at: Instant.optional(), via: z.enum(RETURN_VIAS) }),
  z.object({ type: z.literal('rated'), at: Instant.optional(), level: z.enum(RATING_LEVELS) }),
]);
export type ActionBody = z.output<typeof ActionBody>;

/** A new dossier: submitted online/by post, received at the counter, or refused at the counter. */
export const CreateDossierBody = z.object({
  unit: z.string().trim().min(1),
  procedure: z.string().trim().min(1),
  channel: z.enum(CHANNELS),
  applicant: Applicant,
  workingDays: z.number().positive().max(3650).optional(),
  action: z.enum(['submitted', 'received', 'refused']).describe('submitted: chờ tiếp nhận; received: tiếp nhận ngay; refused: từ chối tiếp nhận'),
  returnMethod: z.enum(RETURN_VIAS).optional().describe('Hình thức nhận kết quả: tại quầy hoặc qua bưu chính'),
  at: Instant.optional(),
  reason: reason.optional(),
});
export type CreateDossierBody = z.output<typeof CreateDossierBody>;

export const EventView = z.object({
  seq: z.number().int(),
  type: z.enum(EVENT_TYPES),
  at: z.string(),
  actor: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

export const PauseView = z.object({ kind: z.enum(['supplement', 'obligation']), start: z.string(), end: z.string().nullable() });

export const StepView = z.object({
  seq: z.number().int(),
  step: z.string().nullable(),
  to: z.string(),
  at: z.string(),
  workingDays: z.number().nullable(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'overdue']).nullable(),
});

export const DossierView = z.object({
  code: z.string(),
  unit: z.string(),
  unitName: z.string(),
  procedure: z.object({ code: z.string(), version: z.number().int(), name: z.string(), workingDays: z.number() }),
  channel: z.enum(CHANNELS),
  applicant: Applicant,
  returnMethod: z.enum(RETURN_VIAS).nullable(),
  status: z.string(),
  workingDays: z.number(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  dueIsExplicit: z.boolean(),
  finishedAt: z.string().nullable(),
  timeliness: z.enum(['early', 'on_time', 'overdue']).nullable(),
  apology: z.object({ at: z.string(), newAppointment: z.string().nullable() }).nullable(),
  resultReturned: z.object({ at: z.string(), via: z.enum(RETURN_VIAS) }).nullable(),
  rating: z.object({ at: z.string(), level: z.enum(RATING_LEVELS) }).nullable(),
  holder: z.string().nullable(),
  allowedActions: z.array(z.enum(EVENT_TYPES)),
  pauses: z.array(PauseView),
  events: z.array(EventView),
  steps: z.array(StepView),
  dueExplanation: z
    .object({
      budgetHours: z.number(),
      pausedHours: z.number(),
      skippedDays: z.array(z.object({ date: z.string(), reason: z.enum(['weekend', 'day_off']) })),
    })
    .nullable(),
});
export type DossierView = z.output<typeof DossierView>;

export const DossierSummary = z.object({
  code: z.string(),
  unit: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  channel: z.enum(CHANNELS),
  applicantName: z.string(),
  status: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  timeliness: z.string().nullable(),
  holder: z.string().nullable(),
});

export const DossierListQuery = z.object({
  unit: z.string().optional().describe('Receiving unit code (its own desk)'),
  status: z.string().optional().describe('Comma-separated statuses'),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only in-progress dossiers already past their due instant'),
  holder: z.string().trim().max(200).optional().describe('Currently handed to (department code or name, officer, "Lãnh đạo UBND")'),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe("Handed to me or to my department"),
  q: z.string().trim().max(200).optional().describe('Dossier code or applicant name (no diacritics needed)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DossierListQuery = z.output<typeof DossierListQuery>;

export const DossierList = z.object({ total: z.number().int(), items: z.array(DossierSummary) });

export const DossierImportResult = z.object({
  total: z.number().int(),
  created: z.number().int(),
  unchanged: z.number().int(),
});
export type DossierImportResult = z.output<typeof DossierImportResult>;
