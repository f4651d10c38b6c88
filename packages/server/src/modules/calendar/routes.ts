import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { actorName } from '../auth/policy.js';
import { recomputeDueDates } from '../dossiers/service.js';
import { recomputeFeedbackDue } from '../feedback/service.js';
import { CalendarYearInput, CalendarYearView, DueQuery, DueResponse } from './schema.js';
import * as service from './service.js';

const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const calendarRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/calendar/due', {
      schema: { tags: ['calendar'], summary: 'Hạn trả kết quả theo ngày làm việc', querystring: DueQuery, response: { 200: DueResponse } },
      handler: (req) => service.dueFor(ctx.db, req.query.received, req.query.workingDays),
    });
    app.get('/calendar/years/:year', {
      schema: { tags: ['calendar'], summary: 'Lịch làm việc của một năm', params: Year, response: { 200: CalendarYearView } },
      handler: (req) => service.getCalendarYear(ctx.db, req.params.year),
    });
    app.put('/calendar/years/:year', {
      schema: {
        tags: ['calendar'],
        summary: 'Sửa ngày nghỉ, ngày làm bù của một năm (tính lại hạn các hồ sơ liên quan)',
        params: Year,
        body: CalendarYearInput,
        response: { 200: z.object({ year: CalendarYearView, recomputedDossiers: z.number().int() }) },
      },
      preHandler: ctx.allow('system_admin'),
      handler: async (req) =>
        (await ctx.mutate(req, (tx) => service.putCalendarYear(tx, req.params.year, req.body, actorName(req.actor), async (t, calendar, year) => {
              // Feedback handling deadlines are in working days too: they move with the calendar.
              await recomputeFeedbackDue(t, calendar, year);
              return recomputeDueDates(t, calendar, year);
            }))).body,
    });
  };
