import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { ImportResult, Procedure, ProcedureBody, ProcedureCounts, ProcedureList, ProcedureListQuery } from './schema.js';
import * as service from './service.js';

export const procedureRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/procedures', {
      schema: { tags: ['procedures'], summary: 'Danh mục TTHC (tìm kiếm không dấu)', querystring: ProcedureListQuery, response: { 200: ProcedureList } },
      handler: (req) => service.listProcedures(ctx.db, req.query),
    });
    app.get('/procedures/counts', {
      schema: { tags: ['procedures'], summary: 'Số TTHC theo cấp và mức độ trực tuyến', response: { 200: ProcedureCounts } },
      handler: () => service.countProcedures(ctx.db),
    });
    app.get('/procedures/fields', {
      schema: {
        tags: ['procedures'],
        summary: 'Các lĩnh vực trong danh mục TTHC',
        querystring: z.object({ level: z.enum(['province', 'district', 'commune']).optional() }),
        response: { 200: z.array(z.object({ level: z.string(), field: z.string(), count: z.number().int() })) },
      },
      handler: (req) => service.listFields(ctx.db, req.query.level),
    });
    app.get('/procedures/:code', {
      schema: { tags: ['procedures'], params: z.object({ code: z.string() }), response: { 200: Procedure } },
      handler: (req) => service.getProcedure(ctx.db, req.params.code),
    });
    app.put('/procedures/:code', {
      schema: {
        tags: ['procedures'],
        summary: 'Tạo hoặc cập nhật một TTHC (phiên bản mới khi nội dung thay đổi)',
        params: z.object({ code: z.string() }),
        body: ProcedureBody,
        response: { 200: Procedure },
      },
      preHandler: ctx.allow('unit_admin', 'system_admin'),
      handler: async (req) => {
        const r = await ctx.mutate(req, async (tx) => {
          await service.upsertProcedures(tx, [{ ...req.body, code: req.params.code }]);
          return service.getProcedure(tx, req.params.code);
        });
        return r.body;
      },
    });
    app.post('/procedures/import', {
      schema: {
        tags: ['procedures'],
        summary: 'Nhập procedures.jsonl (tất cả hoặc không gì)',
        consumes: ['application/x-ndjson', 'text/plain'],
        body: z.string(),
        response: { 200: ImportResult },
      },
      preHandler: ctx.allow('unit_admin', 'system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.importProceduresJsonl(tx, req.body))).body,
    });
  };
