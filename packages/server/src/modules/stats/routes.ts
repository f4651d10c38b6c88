import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.js';
import { IndicatorsResponse, OverdueQuery, OverdueResponse, StatsQuery, StatsResponse } from './schema.js';
import * as service from './service.js';

export const statsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/stats/dossiers', {
      schema: {
        tags: ['stats'],
        summary: 'Số liệu kết quả giải quyết TTHC của một đơn vị trong kỳ (statistics.md)',
        querystring: StatsQuery,
        response: { 200: StatsResponse },
      },
      preHandler: ctx.staff,
      handler: (req) => service.dossierStats(ctx.db, req.query, req.actor),
    });
    app.get('/stats/indicators', {
      schema: {
        tags: ['stats'],
        summary: 'Chỉ số bổ sung: quá hạn có/không xin lỗi, tỷ lệ trực tuyến toàn trình, điểm QĐ 766',
        querystring: StatsQuery,
        response: { 200: IndicatorsResponse },
      },
      preHandler: ctx.staff,
      handler: (req) => service.dossierIndicators(ctx.db, req.query, req.actor),
    });
    app.get('/stats/overdue', {
      schema: {
        tags: ['stats'],
        summary: 'Hồ sơ quá hạn và sắp đến hạn, kèm lý do',
        querystring: OverdueQuery,
        response: { 200: OverdueResponse },
      },
      preHandler: ctx.staff,
      handler: (req) => service.overdueDossiers(ctx.db, req.query, req.actor),
    });
  };
