import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import {
  CreateReportBody,
  ErrorBody,
  IdParams,
  IssueBody,
  NoteBody,
  ReportListQuery,
  ReportSummary,
  ReportView,
  ReturnBody,
  SaveTemplateBody,
  TemplateSummary,
  TemplateView,
  UpdateReportBody,
} from './schema.js';
import * as service from './service.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The periodic CCHC report (issue #5): templates, drafts, workflow, DOCX / PDF / Biểu 06. */
export const reportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const writers = ctx.allow(...service.REPORT_WRITERS);
    const approvers = ctx.allow(...service.REPORT_APPROVERS);

    // ---- templates
    app.get('/report-templates', {
      schema: { tags: ['reports'], summary: 'Mẫu báo cáo CCHC định kỳ (mọi phiên bản)', response: { 200: z.array(TemplateSummary), ...errors } },
      preHandler: ctx.staff,
      handler: () => service.listTemplates(ctx.db),
    });
    app.get('/report-templates/:id', {
      schema: { tags: ['reports'], summary: 'Một phiên bản mẫu: các mục, câu gắn số liệu, nội dung mặc định, danh mục khóa số liệu', params: IdParams, response: { 200: TemplateView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getTemplate(ctx.db, req.params.id),
    });
    app.put('/report-templates/:id', {
      schema: {
        tags: ['reports'],
        summary: 'Lưu các mục đã sửa thành phiên bản mới của mẫu (khóa số liệu không có: 400 với field và reason)',
        params: IdParams,
        headers: idempotencyHeader,
        body: SaveTemplateBody,
        response: { 200: TemplateView, ...errors },
      },
      preHandler: ctx.allow(...service.TEMPLATE_EDITORS),
      handler: async (req) => (await ctx.mutate(req, (tx) => service.saveTemplate(tx, req.actor, req.params.id, req.body.sections))).body,
    });

    // ---- reports
    app.get('/reports', {
      schema: { tags: ['reports'], summary: 'Báo cáo CCHC định kỳ trong phạm vi đơn vị', querystring: ReportListQuery, response: { 200: z.array(ReportSummary), ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listReports(ctx.db, req.actor, req.query),
    });
    app.post('/reports', {
      schema: {
        tags: ['reports'],
        summary: 'Lập dự thảo báo cáo: số liệu tính ngay, nội dung lấy từ báo cáo cùng loại kỳ trước (hoặc mẫu), đề xuất nhận xét',
        headers: idempotencyHeader,
        body: CreateReportBody,
        response: { 201: ReportView, ...errors },
      },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createReport(tx, req.actor, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/reports/:id', {
      schema: { tags: ['reports'], params: IdParams, response: { 200: ReportView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getReport(ctx.db, req.actor, req.params.id),
    });
    app.put('/reports/:id', {
      schema: { tags: ['reports'], summary: 'Sửa dự thảo: nội dung, giữ/bỏ nhận xét, người ký, nơi nhận, trích yếu (chỉ khi là dự thảo, nếu không 409)', params: IdParams, headers: idempotencyHeader, body: UpdateReportBody, response: { 200: ReportView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateReport(tx, req.actor, req.params.id, req.body))).body,
    });
    app.post('/reports/:id/refresh', {
      schema: { tags: ['reports'], summary: 'Tính lại số liệu và nhận xét đề xuất của dự thảo (giữ nội dung đã sửa)', params: IdParams, headers: idempotencyHeader, response: { 200: ReportView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.refreshReport(tx, req.actor, req.params.id))).body,
    });
    app.post('/reports/:id/submit', {
      schema: { tags: ['reports'], summary: 'Trình lãnh đạo duyệt', params: IdParams, headers: idempotencyHeader, body: NoteBody.optional(), response: { 200: ReportView, ...errors } },
      preHandler: writers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.transition(tx, req.actor, req.params.id, 'submit', req.body?.note))).body,
    });
    app.post('/reports/:id/approve', {
      schema: { tags: ['reports'], summary: 'Lãnh đạo duyệt', params: IdParams, headers: idempotencyHeader, body: NoteBody.optional(), response: { 200: ReportView, ...errors } },
      preHandler: approvers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.transition(tx, req.actor, req.params.id, 'approve', req.body?.note))).body,
    });
    app.post('/reports/:id/return', {
      schema: { tags: ['reports'], summary: 'Trả lại dự thảo để sửa, kèm lý do', params: IdParams, headers: idempotencyHeader, body: ReturnBody, response: { 200: ReportView, ...errors } },
      preHandler: approvers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.transition(tx, req.actor, req.params.id, 'return', req.body.note))).body,
    });
    app.post('/reports/:id/issue', {
      schema: { tags: ['reports'], summary: 'Ban hành với số và ngày (báo cáo được đóng băng: số liệu, nội dung, Biểu 06)', params: IdParams, headers: idempotencyHeader, body: IssueBody, response: { 200: ReportView, ...errors } },
      preHandler: approvers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.issueReport(tx, req.actor, req.params.id, req.body))).body,
    });
    app.post('/reports/:id/supersede', {
      schema: { tags: ['reports'], summary: 'Lập phiên bản mới (dự thảo) thay thế báo cáo đã ban hành', params: IdParams, headers: idempotencyHeader, response: { 201: ReportView, ...errors } },
      preHandler: writers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.supersedeReport(tx, req.actor, req.params.id), 201);
        return reply.code(201).send(r.body);
      },
    });

    // ---- files
    app.get('/reports/:id/docx', {
      schema: { tags: ['reports'], summary: 'Báo cáo DOCX theo Nghị định 30/2020', params: IdParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const f = await service.reportFile(ctx.db, req.actor, req.params.id, 'docx');
        return reply.type(DOCX_MIME).header('content-disposition', attachment(f.filename)).send(f.content);
      },
    });
    app.get('/reports/:id/pdf', {
      schema: { tags: ['reports'], summary: 'Báo cáo PDF', params: IdParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const f = await service.reportFile(ctx.db, req.actor, req.params.id, 'pdf');
        return reply.type('application/pdf').header('content-disposition', attachment(f.filename)).send(f.content);
      },
    });
    app.get('/reports/:id/annex.xlsx', {
      schema: { tags: ['reports'], summary: 'Phụ lục Biểu 06 của đơn vị và kỳ báo cáo (số liệu đóng băng khi đã ban hành)', params: IdParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const f = await service.reportAnnex(ctx.db, req.actor, req.params.id);
        return reply.type(XLSX_MIME).header('content-disposition', attachment(f.filename)).send(f.content);
      },
    });
  };
