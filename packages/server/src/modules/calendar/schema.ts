import { z } from 'zod';

export const DueQuery = z.object({
  received: z.string().describe('ISO 8601 instant with offset, e.g. 2023-01-19T15:00:00+07:00'),
  workingDays: z.coerce.number().positive().max(3650),
});

export const DueResponse = z.object({
  dueAt: z.string(),
  explanation: z.object({
    budgetHours: z.number(),
    skippedDays: z.array(z.object({ date: z.string(), reason: z.enum(['weekend', 'day_off']) })),
  }),
});

export const CalendarYearView = z.object({
  year: z.number().int(),
  daysOff: z.array(z.string()),
  extraWorkingDays: z.array(z.string()),
  reviewed: z.boolean().describe('false: derived from the law, nobody has checked this year against its notice'),
  source: z.string(),
});

export const CalendarYearInput = z.object({
  daysOff: z.array(z.string()).max(60),
  extraWorkingDays: z.array(z.string()).max(20).default([]),
  reviewed: z.boolean().default(true),
  source: z.string().trim().min(1).max(1000).describe('The notice behind the calendar, e.g. TB 5034/TB-LĐTBXH'),
});
export type CalendarYearInput = z.output<typeof CalendarYearInput>;
