import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { Unit, UnitListQuery } from './schema.js';
import * as service from './service.js';

export const unitRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/units', {
      schema: { tags: ['units'], summary: 'Đơn vị hành chính và phòng ban (theo ngày hiệu lực)', querystring: UnitListQuery, response: { 200: z.array(Unit) } },
      handler: (req) => service.listUnits(ctx.db, req.query),
    });
    app.post('/units/import', {
      schema: {
        tags: ['units'],
        summary: 'Nhập đơn vị hành chính (JSON Lines; ví dụ danh sách xã sau sắp xếp 2025)',
        consumes: ['application/x-ndjson', 'text/plain'],
        body: z.string(),
        response: { 200: z.object({ total: z.number().int(), created: z.number().int(), updated: z.number().int() }) },
      },
      preHandler: ctx.allow('system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.importUnitsJsonl(tx, req.body))).body,
    });
    app.get('/units/:code', {
      schema: {
        tags: ['units'],
        params: z.object({ code: z.string() }),
        querystring: z.object({ at: z.iso.date().optional() }),
        response: { 200: Unit },
      },
      handler: (req) => service.getUnit(ctx.db, req.params.code, req.query.at),
    });
  };
