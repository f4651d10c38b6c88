import type { Role } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import {
  CreatePlanBody,
  IdParams,
  ImportQuery,
  ImportResult,
  PlanListQuery,
  PlanProgress,
  PlanSummary,
  PlanView,
  ProgressQuery,
  RollupProgress,
  RollupQuery,
  StatusBody,
  TaskInput,
  TaskView,
  UpdatePlanBody,
} from './schema.js';
import { actorName } from '../auth/policy.js';
import { DOCUMENT_MIMES, readUpload } from '../attachments/service.js';
import { EvidenceFile, EvidenceList, addEvidence, deleteEvidence, getEvidenceContent, listEvidence } from './evidence.js';
import * as service from './service.js';
import { XLSX_MIME, importPlanWorkbook, planTemplate, planWorkbook } from './xlsx.js';

/** Who writes reform plans: the reform officer (Phòng Nội vụ) and administrators. */
export const PLAN_WRITERS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const TaskParams = IdParams.extend({ taskId: z.coerce.number().int().positive() });
const ActivityParams = IdParams.extend({ activityId: z.coerce.number().int().positive() });
const Deleted = z.object({ deleted: z.number().int() });
const FileParams = IdParams.extend({ fileId: z.coerce.number().int().positive() });
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // XLSX uploads as a raw body (scripts); the web form uses multipart/form-data with a `file` field.
    app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    const writers = ctx.allow(...PLAN_WRITERS);

    app.get('/plans', {
      schema: { tags: ['plans'], summary: 'Kế hoạch CCHC trong phạm vi đơn vị', querystring: PlanListQuery, response: { 200: z.array(PlanSummary), ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listPlans(ctx.db, req.actor, req.query),
    });

    app.post('/plans', {
      schema: { tags: ['plans'], summary: 'Tạo kế hoạch CCHC năm (kèm nhiệm vụ, hoạt động)', headers: idempotencyHeader, body: CreatePlanBody, response: { 201: PlanView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createPlan(tx, req.actor, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });

    app.get('/plans/template.xlsx', {
      schema: { tags: ['plans'], summary: 'Tệp mẫu XLSX để nhập kế hoạch (docs/plan-import.md)' },
      preHandler: ctx.staff,
      handler: async (_req, reply) =>
        reply.type(XLSX_MIME).header('content-disposition', attachment('mau-ke-hoach-cchc.xlsx')).send(await planTemplate()),
    });

    app.post('/plans/import', {
      schema: {
        tags: ['plans'],
        summary: 'Nhập kế hoạch từ XLSX: tất cả hoặc không; lỗi dạng "row N: cột: lý do"',
        consumes: [XLSX_MIME, 'multipart/form-data'],
        querystring: ImportQuery,
        headers: idempotencyHeader,
        response: { 200: ImportResult, ...errors },
      },
      preHandler: writers,
      handler: async (req) => {
        let file: Buffer;
        if (req.isMultipart()) {
          const part = await req.file();
          if (!part) throw AppError.validation([{ field: 'file', reason: 'is required' }]);
          file = await part.toBuffer();
        } else if (Buffer.isBuffer(req.body)) {
          file = req.body;
        } else {
          throw AppError.validation([{ field: 'body', reason: `send the workbook as ${XLSX_MIME} or multipart/form-data (file)` }]);
        }
        return (await ctx.mutate(req, (tx) => importPlanWorkbook(tx, req.actor, file, req.query.replace ?? false))).body;
      },
    });

    app.get('/plans/progress', {
      schema: {
        tags: ['plans'],
        summary: 'Tiến độ kế hoạch CCHC của đơn vị và các đơn vị cấp dưới (cộng dồn)',
        querystring: RollupQuery,
        response: { 200: RollupProgress, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => service.rollupProgress(ctx.db, req.actor, req.query),
    });

    app.get('/plans/:id.xlsx', {
      schema: { tags: ['plans'], summary: 'Xuất kế hoạch ra XLSX (cùng bố cục tệp nhập)', params: IdParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const plan = await service.getPlanView(ctx.db, req.params.id, req.actor);
        const name = `ke-hoach-cchc-${plan.unit.code}-${plan.year}.xlsx`;
        return reply.type(XLSX_MIME).header('content-disposition', attachment(name)).send(await planWorkbook(plan));
      },
    });

    app.get('/plans/:id', {
      schema: { tags: ['plans'], summary: 'Một kế hoạch với nhiệm vụ và hoạt động', params: IdParams, response: { 200: PlanView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getPlanView(ctx.db, req.params.id, req.actor),
    });

    app.patch('/plans/:id', {
      schema: { tags: ['plans'], summary: 'Sửa số, ngày, trích yếu của kế hoạch', params: IdParams, headers: idempotencyHeader, body: UpdatePlanBody, response: { 200: PlanView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updatePlan(tx, req.actor, req.params.id, req.body))).body,
    });

    app.delete('/plans/:id', {
      schema: { tags: ['plans'], summary: 'Xóa kế hoạch', params: IdParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deletePlan(tx, req.actor, req.params.id))).body,
    });

    app.get('/plans/:id/progress', {
      schema: {
        tags: ['plans'],
        summary: 'Tiến độ tại một ngày: nhiệm vụ, hoạt động hoàn thành/tổng, theo lĩnh vực, theo đơn vị chủ trì, danh sách quá hạn',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: PlanProgress, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => service.planProgress(ctx.db, req.actor, req.params.id, req.query.at),
    });

    app.post('/plans/:id/tasks', {
      schema: { tags: ['plans'], summary: 'Thêm nhiệm vụ (kèm hoạt động)', params: IdParams, headers: idempotencyHeader, body: TaskInput, response: { 201: TaskView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.addTask(tx, req.actor, req.params.id, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });

    app.put('/plans/:id/tasks/:taskId', {
      schema: {
        tags: ['plans'],
        summary: 'Thay nội dung nhiệm vụ; hoạt động khớp theo mã (giữ id), hoạt động không còn trong danh sách bị xóa',
        params: TaskParams,
        headers: idempotencyHeader,
        body: TaskInput,
        response: { 200: TaskView, ...errors },
      },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.replaceTask(tx, req.actor, req.params.id, req.params.taskId, req.body))).body,
    });

    app.delete('/plans/:id/tasks/:taskId', {
      schema: { tags: ['plans'], summary: 'Xóa nhiệm vụ', params: TaskParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteTask(tx, req.actor, req.params.id, req.params.taskId))).body,
    });

    app.patch('/plans/:id/tasks/:taskId/status', {
      schema: { tags: ['plans'], summary: 'Cập nhật trạng thái, ngày hoàn thành, minh chứng của nhiệm vụ', params: TaskParams, headers: idempotencyHeader, body: StatusBody, response: { 200: TaskView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.setTaskStatus(tx, req.actor, req.params.id, req.params.taskId, req.body))).body,
    });

    app.patch('/plans/:id/activities/:activityId/status', {
      schema: {
        tags: ['plans'],
        summary: 'Cập nhật trạng thái, ngày hoàn thành, minh chứng của hoạt động (trả về nhiệm vụ)',
        params: ActivityParams,
        headers: idempotencyHeader,
        body: StatusBody,
        response: { 200: TaskView, ...errors },
      },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.setActivityStatus(tx, req.actor, req.params.id, req.params.activityId, req.body))).body,
    });

    // ---- evidence files (minh chứng) of tasks and activities
    app.get('/plans/:id/evidence', {
      schema: { tags: ['plans'], summary: 'Tệp minh chứng của các nhiệm vụ, hoạt động trong kế hoạch', params: IdParams, response: { 200: EvidenceList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => listEvidence(ctx.db, req.actor, req.params.id),
    });

    const upload = (kind: 'task' | 'activity') => async (req: FastifyRequest<{ Params: { id: number; taskId?: number; activityId?: number } }>, reply: FastifyReply) => {
      if (!req.isMultipart()) throw AppError.validation([{ field: 'file', reason: 'send the file as multipart/form-data (file, label)' }]);
      const file = await req.file();
      const content = await readUpload(file, DOCUMENT_MIMES);
      const fields = file?.fields as Record<string, { value?: unknown } | undefined> | undefined;
      const label = typeof fields?.['label']?.value === 'string' ? fields['label'].value : undefined;
      const id = kind === 'task' ? req.params.taskId! : req.params.activityId!;
      const r = await ctx.mutate(req, (tx) => addEvidence(tx, req.actor, req.params.id, { kind, id }, content, label, actorName(req.actor)), 201);
      return reply.code(201).send(r.body);
    };
    const uploadSchema = (summary: string, params: typeof TaskParams | typeof ActivityParams) => ({
      tags: ['plans'],
      summary,
      consumes: ['multipart/form-data'],
      params,
      headers: idempotencyHeader,
      response: { 201: EvidenceFile, ...errors },
    });
    app.post('/plans/:id/tasks/:taskId/evidence', {
      schema: uploadSchema('Tải lên tệp minh chứng của nhiệm vụ (PDF, JPEG, PNG, DOCX, XLSX; tối đa 10 MB) — multipart: file, label', TaskParams),
      preHandler: writers,
      handler: upload('task'),
    });
    app.post('/plans/:id/activities/:activityId/evidence', {
      schema: uploadSchema('Tải lên tệp minh chứng của hoạt động (PDF, JPEG, PNG, DOCX, XLSX; tối đa 10 MB) — multipart: file, label', ActivityParams),
      preHandler: writers,
      handler: upload('activity'),
    });

    app.get('/plans/:id/evidence/:fileId', {
      schema: { tags: ['plans'], summary: 'Tải xuống một tệp minh chứng', params: FileParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const file = await getEvidenceContent(ctx.db, req.actor, req.params.id, req.params.fileId);
        // Office files download; PDF and images open in the browser. nosniff: served as the sniffed type only.
        const disposition = file.mime.startsWith('application/vnd.') ? 'attachment' : 'inline';
        return reply
          .type(file.mime)
          .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    });

    app.delete('/plans/:id/evidence/:fileId', {
      schema: { tags: ['plans'], summary: 'Xóa một tệp minh chứng', params: FileParams, headers: idempotencyHeader, response: { 200: Deleted, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => deleteEvidence(tx, req.actor, req.params.id, req.params.fileId))).body,
    });
  };
