import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import {
  AppraisalList,
  AppraisalListQuery,
  AppraisalResults,
  AppraisalView,
  AppraisedScoresBody,
  AreaList,
  CreateAppraisalBody,
  CreateSetBody,
  EntryParams,
  EntryView,
  ErrorBody,
  IdParams,
  ReasonBody,
  ResultsQuery,
  SelfScoresBody,
  SetList,
  SetListQuery,
  SetView,
  SurveyBody,
  UpdateAppraisalBody,
  UpdateSetBody,
} from './schema.js';
import * as service from './service.js';
import { XLSX_MIME, resultsWorkbook } from './xlsx.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const Template = z.object({
  name: z.string(),
  basis: z.string(),
  criteriaMax: z.number(),
  surveyMax: z.number(),
  criteriaCount: z.number(),
  scoredCount: z.number(),
  pendingTexts: z.number(),
  areas: AreaList,
});

/** The commune reform-index appraisal (chỉ số CCHC cấp xã), issue #6. */
export const appraisalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const editors = ctx.allow(...service.SET_EDITORS);
    const managers = ctx.allow(...service.ROUND_MANAGERS);
    const selfAssessors = ctx.allow(...service.SELF_ASSESSORS);
    const publishers = ctx.allow(...service.PUBLISHERS);
    const tags = ['appraisal'];

    // ---- bộ tiêu chí
    app.get('/appraisal-sets/template', {
      schema: { tags, summary: 'Mẫu cấu trúc bộ tiêu chí chỉ số CCHC cấp xã (9 lĩnh vực, 34 tiêu chí, 70 + 30 điểm); nội dung cần hoàn thiện theo văn bản', response: { 200: Template, ...errors } },
      preHandler: ctx.staff,
      handler: () => service.templateView(),
    });
    app.get('/appraisal-sets', {
      schema: { tags, summary: 'Các bộ tiêu chí (theo huyện/tỉnh và năm)', querystring: SetListQuery, response: { 200: SetList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listSets(ctx.db, req.actor, req.query),
    });
    app.post('/appraisal-sets', {
      schema: {
        tags,
        summary: 'Tạo bộ tiêu chí của huyện (hoặc tỉnh) cho một năm: từ mẫu, sao chép bộ khác, hoặc nội dung gửi lên',
        headers: idempotencyHeader,
        body: CreateSetBody,
        response: { 201: SetView, 200: SetView, ...errors },
      },
      preHandler: editors,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createSet(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/appraisal-sets/:id', {
      schema: { tags, summary: 'Một bộ tiêu chí: lĩnh vực → tiêu chí → tiêu chí thành phần, điểm tối đa, cách chấm, tài liệu kiểm chứng', params: IdParams, response: { 200: SetView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getSet(ctx.db, req.actor, req.params.id),
    });
    app.put('/appraisal-sets/:id', {
      schema: {
        tags,
        summary: 'Sửa bộ tiêu chí (chưa có kết quả công bố dùng bộ này); điểm tối đa phải cộng đúng: tiêu chí = lĩnh vực, lĩnh vực = 70, điều tra = 30',
        params: IdParams,
        headers: idempotencyHeader,
        body: UpdateSetBody,
        response: { 200: SetView, ...errors },
      },
      preHandler: editors,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateSet(tx, req.actor, req.params.id, req.body))).body,
    });
    app.delete('/appraisal-sets/:id', {
      schema: { tags, summary: 'Xóa bộ tiêu chí chưa dùng cho đợt thẩm định nào', params: IdParams, headers: idempotencyHeader, response: { 200: z.object({ deleted: z.number() }), ...errors } },
      preHandler: editors,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.deleteSet(tx, req.actor, req.params.id))).body,
    });

    // ---- đợt thẩm định
    app.get('/appraisals', {
      schema: { tags, summary: 'Các đợt thẩm định chỉ số CCHC cấp xã trong phạm vi của người dùng', querystring: AppraisalListQuery, response: { 200: AppraisalList, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.listAppraisals(ctx.db, req.actor, req.query),
    });
    app.get('/appraisals/results', {
      schema: {
        tags,
        summary: 'Kết quả đã công bố của một huyện và năm (dùng cho báo cáo): tổng điểm, theo lĩnh vực, xếp hạng, so với năm trước, bình quân',
        querystring: ResultsQuery,
        response: { 200: AppraisalResults, ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req) => {
        const r = await service.appraisalResults(ctx.db, req.query.unit, req.query.year, { actor: req.actor });
        if (!r) throw new AppError('NOT_FOUND', `Chưa có kết quả thẩm định chỉ số CCHC năm ${req.query.year} đã công bố của ${req.query.unit}`, { resource: 'Appraisal results', key: `${req.query.unit}/${req.query.year}` });
        return r;
      },
    });
    app.post('/appraisals', {
      schema: {
        tags,
        summary: 'Mở đợt thẩm định của huyện cho một năm, với Hội đồng thẩm định; gồm mọi xã, thị trấn của huyện trong năm đó',
        headers: idempotencyHeader,
        body: CreateAppraisalBody,
        response: { 201: AppraisalView, 200: AppraisalView, ...errors },
      },
      preHandler: managers,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.createAppraisal(tx, req.actor, req.body), 201);
        return reply.code(r.statusCode as 201).send(r.body);
      },
    });
    app.get('/appraisals/:id', {
      schema: { tags, summary: 'Một đợt thẩm định: Hội đồng, trạng thái từng xã (xã chỉ thấy của mình đến khi công bố), nhật ký', params: IdParams, response: { 200: AppraisalView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getAppraisal(ctx.db, req.actor, req.params.id),
    });
    app.patch('/appraisals/:id', {
      schema: { tags, summary: 'Sửa tên đợt, quyết định thành lập, thành phần Hội đồng', params: IdParams, headers: idempotencyHeader, body: UpdateAppraisalBody, response: { 200: AppraisalView, ...errors } },
      preHandler: managers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.updateAppraisal(tx, req.actor, req.params.id, req.body))).body,
    });
    app.put('/appraisals/:id/survey', {
      schema: { tags, summary: 'Điểm điều tra xã hội học (0–30) của các xã, do Hội đồng nhập', params: IdParams, headers: idempotencyHeader, body: SurveyBody, response: { 200: AppraisalView, ...errors } },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.saveSurvey(tx, req.actor, req.params.id, req.body.scores))).body,
    });
    app.post('/appraisals/:id/publish', {
      schema: { tags, summary: 'Công bố kết quả (mọi xã đã thẩm định, có điểm điều tra xã hội học)', params: IdParams, headers: idempotencyHeader, response: { 200: AppraisalView, ...errors } },
      preHandler: publishers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.publishAppraisal(tx, req.actor, req.params.id))).body,
    });
    app.post('/appraisals/:id/reopen', {
      schema: { tags, summary: 'Mở lại kết quả đã công bố (bắt buộc nêu lý do; được ghi nhật ký)', params: IdParams, headers: idempotencyHeader, body: ReasonBody, response: { 200: AppraisalView, ...errors } },
      preHandler: publishers,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.reopenAppraisal(tx, req.actor, req.params.id, req.body.reason))).body,
    });
    app.get('/appraisals/:id/results', {
      schema: { tags, summary: 'Kết quả: tổng điểm và theo lĩnh vực, xếp hạng (bằng điểm cùng hạng), so với năm trước, bình quân huyện', params: IdParams, response: { 200: AppraisalResults, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getResults(ctx.db, req.actor, req.params.id),
    });
    app.get('/appraisals/:id/results.xlsx', {
      schema: { tags, summary: 'Kết quả ra XLSX: số là số, tổng và xếp hạng là công thức; trang chi tiết từng tiêu chí', params: IdParams },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const { results, rows, items } = await service.resultsWithDetail(ctx.db, req.actor, req.params.id);
        const detail = rows.map((r) => ({ unit: { code: r.entry.unitCode, name: r.entry.unitName }, scores: r.scores }));
        const name = `chi-so-cchc-xa-${results.district.code}-${results.year}.xlsx`;
        return reply.type(XLSX_MIME).header('content-disposition', attachment(name)).send(await resultsWorkbook(results, detail, items));
      },
    });

    // ---- từng xã
    app.get('/appraisals/:id/units/:unit', {
      schema: { tags, summary: 'Phiếu chấm của một xã: tự chấm, số liệu đề xuất, điểm thẩm định, nhận xét, nhật ký', params: EntryParams, response: { 200: EntryView, ...errors } },
      preHandler: ctx.staff,
      handler: (req) => service.getEntry(ctx.db, req.actor, req.params.id, req.params.unit),
    });
    app.put('/appraisals/:id/units/:unit/self', {
      schema: { tags, summary: 'Xã tự chấm: điểm (bội số 0,25), giải trình, tài liệu kiểm chứng, liên kết', params: EntryParams, headers: idempotencyHeader, body: SelfScoresBody, response: { 200: EntryView, ...errors } },
      preHandler: selfAssessors,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.saveSelfScores(tx, req.actor, req.params.id, req.params.unit, req.body))).body,
    });
    app.post('/appraisals/:id/units/:unit/prefill', {
      schema: { tags, summary: 'Điền điểm tự chấm còn trống từ số liệu MotCua (tiêu chí có nguồn số liệu)', params: EntryParams, headers: idempotencyHeader, response: { 200: EntryView, ...errors } },
      preHandler: selfAssessors,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.prefillSelfScores(tx, req.actor, req.params.id, req.params.unit))).body,
    });
    app.post('/appraisals/:id/units/:unit/submit', {
      schema: { tags, summary: 'Xã gửi kết quả tự chấm để thẩm định (mọi tiêu chí đã chấm)', params: EntryParams, headers: idempotencyHeader, response: { 200: EntryView, ...errors } },
      preHandler: selfAssessors,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.submitEntry(tx, req.actor, req.params.id, req.params.unit))).body,
    });
    app.put('/appraisals/:id/units/:unit/appraisal', {
      schema: { tags, summary: 'Hội đồng chấm điểm thẩm định và nhận xét từng tiêu chí', params: EntryParams, headers: idempotencyHeader, body: AppraisedScoresBody, response: { 200: EntryView, ...errors } },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.saveAppraisedScores(tx, req.actor, req.params.id, req.params.unit, req.body))).body,
    });
    app.post('/appraisals/:id/units/:unit/return', {
      schema: { tags, summary: 'Hội đồng trả lại kết quả tự chấm cho xã (nêu lý do)', params: EntryParams, headers: idempotencyHeader, body: ReasonBody, response: { 200: EntryView, ...errors } },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.returnEntry(tx, req.actor, req.params.id, req.params.unit, req.body.reason))).body,
    });
    app.post('/appraisals/:id/units/:unit/complete', {
      schema: { tags, summary: 'Hội đồng hoàn thành thẩm định một xã (mọi tiêu chí có điểm thẩm định)', params: EntryParams, headers: idempotencyHeader, response: { 200: EntryView, ...errors } },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.completeEntry(tx, req.actor, req.params.id, req.params.unit))).body,
    });
    app.post('/appraisals/:id/units/:unit/reopen', {
      schema: { tags, summary: 'Mở lại thẩm định một xã trước khi công bố (nêu lý do; ghi nhật ký)', params: EntryParams, headers: idempotencyHeader, body: ReasonBody, response: { 200: EntryView, ...errors } },
      preHandler: ctx.staff,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.reopenEntry(tx, req.actor, req.params.id, req.params.unit, req.body.reason))).body,
    });
  };
