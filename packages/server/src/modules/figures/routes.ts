import type { FigureDefinition } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { Catalogue, CatalogueQuery, ErrorBody, FormHistory, FormParams, FormView, PublishCatalogueBody, UnlockBody, ValuesBody } from './schema.js';
import * as service from './service.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Periodic figures of the CCHC report that have no other source (issue #4). */
export const figureRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/figures/catalogue', {
      schema: { tags: ['figures'], summary: 'Danh mục chỉ tiêu số liệu định kỳ (định nghĩa, đơn vị tính, quan hệ tổng – thành phần, tỷ lệ tính tự động)', querystring: CatalogueQuery, response: { 200: Catalogue, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getCatalogue(ctx.db, req.query.version),
    });
    app.post('/figures/catalogue', {
      schema: { tags: ['figures'], summary: 'Ban hành phiên bản mới của danh mục chỉ tiêu', headers: idempotencyHeader, body: PublishCatalogueBody, response: { 201: Catalogue, 200: Catalogue, ...errors } },
      preHandler: ctx.allow('system_admin'),
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.publishCatalogue(tx, req.actor, { note: req.body.note, definitions: req.body.definitions as FigureDefinition[] }), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/figures/forms/:unit/:period', {
      schema: { tags: ['figures'], summary: 'Biểu số liệu của một đơn vị trong kỳ, kèm số liệu kỳ trước và nhật ký khóa/mở khóa', params: FormParams, response: { 200: FormView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getForm(ctx.db, req.actor, req.params.unit, req.params.period),
    });
    app.get('/figures/forms/:unit/:period/history', {
      schema: { tags: ['figures'], summary: 'Nhật ký: ai nhập, khóa, mở khóa (lý do), khi nào', params: FormParams, response: { 200: FormHistory, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.formHistory(ctx.db, req.actor, req.params.unit, req.params.period),
    });
    app.put('/figures/forms/:unit/:period/values', {
      schema: {
        tags: ['figures'],
        summary: 'Nhập số liệu (phòng phụ trách chỉ tiêu hoặc cán bộ CCHC); 409 khi kỳ đã khóa',
        params: FormParams,
        headers: idempotencyHeader,
        body: ValuesBody,
        response: { 200: FormView, ...errors },
      },
      preHandler: ctx.allow('specialist', 'department_head', 'reform_officer', 'unit_admin', 'system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.putValues(tx, req.actor, req.params.unit, req.params.period, req.body.values))).body,
    });
    app.post('/figures/forms/:unit/:period/lock', {
      schema: { tags: ['figures'], summary: 'Cán bộ CCHC kiểm tra và khóa số liệu kỳ', params: FormParams, headers: idempotencyHeader, response: { 200: FormView, ...errors } },
      preHandler: ctx.allow('reform_officer', 'system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.lockForm(tx, req.actor, req.params.unit, req.params.period))).body,
    });
    app.post('/figures/forms/:unit/:period/unlock', {
      schema: { tags: ['figures'], summary: 'Mở khóa số liệu kỳ (bắt buộc nêu lý do; được ghi nhật ký)', params: FormParams, headers: idempotencyHeader, body: UnlockBody, response: { 200: FormView, ...errors } },
      preHandler: ctx.allow('reform_officer', 'system_admin'),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.unlockForm(tx, req.actor, req.params.unit, req.params.period, req.body.reason))).body,
    });
  };
