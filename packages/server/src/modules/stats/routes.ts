import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.js';
import { DrilldownQuery, DrilldownResponse, ByFieldQuery, ByFieldResponse, IndicatorsResponse, OverdueQuery, OverdueResponse, StatsQuery, StatsResponse, TrendQuery, TrendResponse } from './schema.js';
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
    app.get('/stats/dossiers/by-field', {
      schema: {
        tags: ['stats'],
        summary: 'Số liệu theo lĩnh vực, nhóm theo cấp (các dòng của Biểu 06)',
        querystring: ByFieldQuery,
        response: { 200: ByFieldResponse },
      },
      preHandler: ctx.staff,
      handler: (req) => service.statsByField(ctx.db, req.query, req.actor),
    });
    app.get('/stats/drilldown', {
      schema: { tags: ['stats'], summary: 'Danh sách hồ sơ của một chỉ tiêu (xem chi tiết từ bảng điều hành)', querystring: DrilldownQuery, response: { 200: DrilldownResponse } },
      preHandler: ctx.staff,
      handler: (req) => service.statsDrilldown(ctx.db, req.query, req.actor),
    });
    app.get('/stats/trend', {
      schema: { tags: ['stats'], summary: 'Diễn biến theo tháng báo cáo (15 → 14)', querystring: TrendQuery, response: { 200: TrendResponse } },
      preHandler: ctx.staff,
      handler: (req) => service.statsTrend(ctx.db, req.query, req.actor),
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
