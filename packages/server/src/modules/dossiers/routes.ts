import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { scopeOf } from '../auth/policy.js';
import { ActionBody, CreateDossierBody, DossierImportResult, DossierList, DossierListQuery, DossierView } from './schema.js';
import * as service from './service.js';
import { exportDossiers, importDossiersJsonl } from './transfer.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();

export const dossierRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/dossiers', {
      schema: { tags: ['dossiers'], summary: 'Danh sách hồ sơ trong phạm vi đơn vị (lọc, phân trang, sắp theo hạn)', querystring: DossierListQuery, response: { 200: DossierList } },
      preHandler: ctx.staff,
      handler: (req) => service.listDossiers(ctx.db, req.actor, req.query),
    });

    app.post('/dossiers', {
      schema: {
        tags: ['dossiers'],
        summary: 'Nộp hồ sơ trực tuyến/bưu chính, tiếp nhận tại quầy, hoặc từ chối tiếp nhận',
        headers: idempotencyHeader,
        body: CreateDossierBody,
        response: { 201: DossierView, 200: DossierView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const result = await ctx.mutate(req, (tx) => service.createDossier(tx, req.actor, req.body), 201);
        return reply.code(result.statusCode as 201).send(result.body);
      },
    });

    app.get('/dossiers/export', {
      schema: {
        tags: ['dossiers'],
        summary: 'Xuất hồ sơ theo định dạng nhập (JSON Lines)',
        querystring: z.object({ unit: z.string().optional() }),
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const chunks: string[] = [];
        await exportDossiers(ctx.db, (line) => void chunks.push(line), { unit: req.query.unit, unitIds: scopeOf(req.actor) });
        return reply.type('application/x-ndjson; charset=utf-8').send(chunks.join(''));
      },
    });

    app.post('/dossiers/import', {
      schema: {
        tags: ['dossiers'],
        summary: 'Nhập dossiers.jsonl: tất cả hoặc không gì; nhập lại cùng tệp không thay đổi gì',
        consumes: ['application/x-ndjson', 'text/plain'],
        body: z.string(),
        response: { 200: DossierImportResult, 400: ErrorBody },
      },
      preHandler: ctx.allow('system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => importDossiersJsonl(tx, req.body))).body,
    });

    app.get('/dossiers/:code', {
      schema: { tags: ['dossiers'], params: z.object({ code: z.string() }), response: { 200: DossierView, 404: ErrorBody } },
      preHandler: ctx.staff,
      handler: (req) => service.getDossierView(ctx.db, req.params.code, req.actor),
    });

    app.post('/dossiers/:code/events', {
      schema: {
        tags: ['dossiers'],
        summary: 'Thực hiện một thao tác trên hồ sơ (409 kèm các thao tác được phép nếu không hợp lệ)',
        params: z.object({ code: z.string() }),
        headers: idempotencyHeader,
        body: ActionBody,
        response: { 200: DossierView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody },
      },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.appendAction(tx, req.actor, req.params.code, req.body))).body,
    });
  };
