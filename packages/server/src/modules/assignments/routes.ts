import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import {
  AssignmentList,
  AssignmentStats,
  AssignmentView,
  CreateAssignmentBody,
  ListQuery,
  ProgressBody,
  Reminders,
  RemindersQuery,
  StatsQuery,
  UpdateAssignmentBody,
} from './schema.js';
import * as service from './service.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: z.coerce.number().int().positive() });

export const assignmentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const writers = ctx.allow(...service.ASSIGNMENT_WRITERS);

    app.get('/assignments', {
      schema: { tags: ['assignments'], summary: 'Nhiệm vụ được giao trong phạm vi đơn vị (mine=true: đơn vị mình chủ trì)', querystring: ListQuery, response: { 200: AssignmentList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listAssignments(ctx.db, req.actor, req.query),
    });

    app.post('/assignments', {
      schema: {
        tags: ['assignments'],
        summary: 'Đăng ký nhiệm vụ UBND tỉnh / Chủ tịch UBND tỉnh giao',
        headers: idempotencyHeader,
        body: CreateAssignmentBody,
        response: { 201: AssignmentView, ...errors },
      },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createAssignment(tx, req.actor, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });

    app.get('/assignments/stats', {
      schema: {
        tags: ['assignments'],
        summary: 'Thống kê nhiệm vụ được giao trong kỳ: có hạn, đúng hạn, quá hạn, chưa đến hạn; nêu tên nhiệm vụ quá hạn',
        querystring: StatsQuery,
        response: { 200: AssignmentStats, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => service.assignmentStats(ctx.db, req.actor, req.query),
    });

    app.get('/assignments/reminders', {
      schema: {
        tags: ['assignments'],
        summary: 'Nhắc việc: nhiệm vụ đến hạn trong N ngày làm việc và nhiệm vụ quá hạn (báo lãnh đạo)',
        querystring: RemindersQuery,
        response: { 200: Reminders, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => service.reminders(ctx.db, req.actor, req.query),
    });

    app.get('/assignments/:id', {
      schema: { tags: ['assignments'], summary: 'Một nhiệm vụ với các ghi chú tiến độ', params: Params, response: { 200: AssignmentView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getAssignment(ctx.db, req.params.id, req.actor),
    });

    app.patch('/assignments/:id', {
      schema: { tags: ['assignments'], summary: 'Sửa thông tin đăng ký nhiệm vụ', params: Params, headers: idempotencyHeader, body: UpdateAssignmentBody, response: { 200: AssignmentView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateAssignment(tx, req.actor, req.params.id, req.body))).body,
    });

    app.delete('/assignments/:id', {
      schema: { tags: ['assignments'], summary: 'Xóa nhiệm vụ', params: Params, headers: idempotencyHeader, response: { 200: z.object({ deleted: z.number().int() }), ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteAssignment(tx, req.actor, req.params.id))).body,
    });

    app.post('/assignments/:id/progress', {
      schema: {
        tags: ['assignments'],
        summary: 'Báo cáo tiến độ / hoàn thành (đơn vị chủ trì hoặc cán bộ CCHC)',
        params: Params,
        headers: idempotencyHeader,
        body: ProgressBody,
        response: { 200: AssignmentView, ...errors },
      },
      preHandler: ctx.allow(...service.ASSIGNMENT_REPORTERS),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.reportProgress(tx, req.actor, req.params.id, req.body))).body,
    });
  };
