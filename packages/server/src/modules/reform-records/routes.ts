import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import {
  CommunicationBody,
  CommunicationList,
  CommunicationPatch,
  CommunicationView,
  DocumentBody,
  DocumentCounts,
  DocumentList,
  DocumentListQuery,
  DocumentPatch,
  DocumentView,
  ErrorBody,
  IdParams,
  InitiativeBody,
  InitiativeList,
  InitiativeListQuery,
  InitiativePatch,
  InitiativeView,
  InspectionPlanBody,
  InspectionPlanList,
  InspectionPlanView,
  InspectionSummary,
  PeriodQuery,
  TargetPatch,
} from './schema.js';
import { REFORM_WRITERS } from './scope.js';
import * as service from './service.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const Deleted = z.object({ deleted: z.number() });

/** Directing documents, inspections, initiatives and communication of administrative reform (issue #4). */
export const reformRecordRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const writers = ctx.allow(...REFORM_WRITERS);

    // ---- văn bản chỉ đạo, điều hành CCHC
    app.get('/reform/documents', {
      schema: { tags: ['reform'], summary: 'Văn bản chỉ đạo, điều hành CCHC của một đơn vị ban hành trong kỳ', querystring: DocumentListQuery, response: { 200: DocumentList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listDocuments(ctx.db, req.actor, req.query),
    });
    app.get('/reform/documents/counts', {
      schema: { tags: ['reform'], summary: 'Số văn bản chỉ đạo CCHC trong kỳ: của đơn vị, của các đơn vị trực thuộc, theo loại', querystring: PeriodQuery, response: { 200: DocumentCounts, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.countDocuments(ctx.db, req.actor, req.query),
    });
    app.post('/reform/documents', {
      schema: { tags: ['reform'], summary: 'Ghi nhận một văn bản chỉ đạo, điều hành CCHC', headers: idempotencyHeader, body: DocumentBody, response: { 201: DocumentView, 200: DocumentView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createDocument(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/reform/documents/:id', {
      schema: { tags: ['reform'], params: IdParams, response: { 200: DocumentView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getDocument(ctx.db, req.actor, req.params.id),
    });
    app.patch('/reform/documents/:id', {
      schema: { tags: ['reform'], params: IdParams, headers: idempotencyHeader, body: DocumentPatch, response: { 200: DocumentView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateDocument(tx, req.actor, req.params.id, req.body))).body,
    });
    app.delete('/reform/documents/:id', {
      schema: { tags: ['reform'], params: IdParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteDocument(tx, req.actor, req.params.id))).body,
    });

    // ---- kiểm tra CCHC
    app.get('/reform/inspections', {
      schema: { tags: ['reform'], summary: 'Kế hoạch kiểm tra CCHC ban hành trong kỳ, kèm các đơn vị được kiểm tra', querystring: PeriodQuery, response: { 200: InspectionPlanList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listPlans(ctx.db, req.actor, req.query),
    });
    app.get('/reform/inspections/summary', {
      schema: { tags: ['reform'], summary: 'Kiểm tra CCHC trong kỳ: kế hoạch, số đơn vị theo kế hoạch, đã kiểm tra, còn lại', querystring: PeriodQuery, response: { 200: InspectionSummary, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.inspectionSummary(ctx.db, req.actor, req.query),
    });
    app.post('/reform/inspections', {
      schema: { tags: ['reform'], summary: 'Ghi nhận kế hoạch kiểm tra và các đơn vị được kiểm tra', headers: idempotencyHeader, body: InspectionPlanBody, response: { 201: InspectionPlanView, 200: InspectionPlanView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createPlan(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/reform/inspections/:id', {
      schema: { tags: ['reform'], params: IdParams, response: { 200: InspectionPlanView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getPlan(ctx.db, req.actor, req.params.id),
    });
    app.delete('/reform/inspections/:id', {
      schema: {
        tags: ['reform'],
        summary: 'Xóa kế hoạch kiểm tra (409 nếu đã ghi kết quả kiểm tra: xóa kết quả trước)',
        params: IdParams,
        headers: idempotencyHeader,
        response: { 200: Deleted, ...errors },
      },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deletePlan(tx, req.actor, req.params.id))).body,
    });
    app.patch('/reform/inspections/:id/targets/:unit', {
      schema: {
        tags: ['reform'],
        summary: 'Lịch, ngày kiểm tra, kết quả và việc khắc phục tại một đơn vị được kiểm tra',
        params: z.object({ id: z.coerce.number().int().positive(), unit: z.string().min(1) }),
        headers: idempotencyHeader,
        body: TargetPatch,
        response: { 200: InspectionPlanView, ...errors },
      },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateTarget(tx, req.actor, req.params.id, req.params.unit, req.body))).body,
    });

    // ---- mô hình, sáng kiến, giải pháp mới
    app.get('/reform/initiatives', {
      schema: { tags: ['reform'], summary: 'Mô hình, sáng kiến, giải pháp mới đăng ký trong kỳ (đơn vị, phòng ban và đơn vị trực thuộc)', querystring: InitiativeListQuery, response: { 200: InitiativeList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listInitiatives(ctx.db, req.actor, req.query),
    });
    app.post('/reform/initiatives', {
      schema: { tags: ['reform'], summary: 'Đăng ký mô hình, sáng kiến, giải pháp mới', headers: idempotencyHeader, body: InitiativeBody, response: { 201: InitiativeView, 200: InitiativeView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createInitiative(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/reform/initiatives/:id', {
      schema: { tags: ['reform'], params: IdParams, response: { 200: InitiativeView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getInitiative(ctx.db, req.actor, req.params.id),
    });
    app.patch('/reform/initiatives/:id', {
      schema: { tags: ['reform'], summary: 'Cập nhật tình trạng, đánh giá', params: IdParams, headers: idempotencyHeader, body: InitiativePatch, response: { 200: InitiativeView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateInitiative(tx, req.actor, req.params.id, req.body))).body,
    });

    app.delete('/reform/initiatives/:id', {
      schema: { tags: ['reform'], summary: 'Xóa mô hình, sáng kiến', params: IdParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteInitiative(tx, req.actor, req.params.id))).body,
    });

    // ---- tuyên truyền CCHC
    app.get('/reform/communications', {
      schema: { tags: ['reform'], summary: 'Hoạt động tuyên truyền CCHC kết thúc trong kỳ, tổng theo hình thức', querystring: PeriodQuery, response: { 200: CommunicationList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listCommunications(ctx.db, req.actor, req.query),
    });
    app.post('/reform/communications', {
      schema: { tags: ['reform'], summary: 'Ghi nhận một hoạt động tuyên truyền CCHC', headers: idempotencyHeader, body: CommunicationBody, response: { 201: CommunicationView, 200: CommunicationView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createCommunication(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/reform/communications/:id', {
      schema: { tags: ['reform'], params: IdParams, response: { 200: CommunicationView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getCommunication(ctx.db, req.actor, req.params.id),
    });
    app.patch('/reform/communications/:id', {
      schema: { tags: ['reform'], summary: 'Sửa hoạt động tuyên truyền (hình thức, nội dung, thời gian, số lượng, người tham gia…)', params: IdParams, headers: idempotencyHeader, body: CommunicationPatch, response: { 200: CommunicationView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateCommunication(tx, req.actor, req.params.id, req.body))).body,
    });
    app.delete('/reform/communications/:id', {
      schema: { tags: ['reform'], params: IdParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteCommunication(tx, req.actor, req.params.id))).body,
    });
  };
