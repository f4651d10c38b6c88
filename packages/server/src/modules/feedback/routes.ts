import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import { readUpload } from '../attachments/service.js';
import { DEADLINE_WRITERS, FEEDBACK_READERS, FEEDBACK_REGISTRARS } from './lifecycle.js';
import {
  AssignBody,
  CloseBody,
  DeadlineBody,
  DeadlineView,
  FeedbackAttachment,
  FeedbackList,
  FeedbackStats,
  FeedbackView,
  ListQuery,
  LookupBody,
  Proof,
  PublicFeedback,
  PublicSubmitBody,
  PublishedList,
  PublishedQuery,
  RatingBody,
  RegisterBody,
  RejectBody,
  ReplyBody,
  StatsQuery,
  SubmitResult,
} from './schema.js';
import * as service from './service.js';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().describe('A retry with the same key returns the first result and changes nothing'),
});
const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Code = z.object({ code: z.string().min(1).max(64) });
// Public endpoints: a lookup needs the code and the phone/e-mail; low limits make guessing impractical.
const submitLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export const feedbackRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // --- Citizens (no session) -----------------------------------------------------------------
    app.post('/public/feedback', {
      schema: {
        tags: ['public', 'feedback'],
        summary: 'Gửi phản ánh, kiến nghị (không cần đăng nhập); trả về mã theo dõi và hạn xử lý',
        headers: idempotencyHeader,
        body: PublicSubmitBody,
        response: { 201: SubmitResult, ...errors },
      },
      config: submitLimit,
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.submitPublic(tx, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.post('/public/feedback/lookup', {
      schema: {
        tags: ['public', 'feedback'],
        summary: 'Tra cứu phản ánh, kiến nghị bằng mã kèm số điện thoại hoặc email (trong thân yêu cầu)',
        body: LookupBody,
        response: { 200: PublicFeedback, ...errors },
      },
      config: limited,
      handler: (req) => service.lookup(ctx.db, req.body.code, req.body),
    });
    app.post('/public/feedback/:code/rating', {
      schema: {
        tags: ['public', 'feedback'],
        summary: 'Đánh giá kết quả xử lý (một lần, sau khi có trả lời)',
        params: Code,
        headers: idempotencyHeader,
        body: RatingBody,
        response: { 200: PublicFeedback, ...errors },
      },
      config: limited,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.rate(tx, req.params.code, req.body))).body,
    });
    app.post('/public/feedback/:code/attachments', {
      schema: {
        tags: ['public', 'feedback'],
        summary: 'Gửi tệp kèm theo (multipart: phone hoặc email, rồi file; PDF/JPEG/PNG ≤ 10 MB; tối đa 30 tệp)',
        params: Code,
        consumes: ['multipart/form-data'],
        response: { 201: FeedbackAttachment, ...errors },
      },
      config: limited,
      handler: async (req, reply) => {
        const file = await req.file();
        const fields = (file?.fields ?? {}) as Record<string, { value?: unknown } | undefined>;
        const proof = Proof.safeParse({ phone: fields['phone']?.value, email: fields['email']?.value });
        if (!proof.success) throw AppError.validation([{ field: 'phone', reason: 'give the phone number or the e-mail before the file' }]);
        const upload = await readUpload(file);
        const r = await ctx.mutate(req, (tx) => service.attachAsSender(tx, req.params.code, proof.data, upload), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/public/feedback/published', {
      schema: {
        tags: ['public', 'feedback'],
        summary: 'Trả lời phản ánh, kiến nghị được công khai (người gửi đồng ý; không có thông tin cá nhân)',
        querystring: PublishedQuery,
        response: { 200: PublishedList, ...errors },
      },
      config: limited,
      handler: (req) => service.publishedReplies(ctx.db, req.query),
    });

    // --- Staff --------------------------------------------------------------------------------
    const readers = ctx.allow(...FEEDBACK_READERS);
    app.post('/feedback', {
      schema: {
        tags: ['feedback'],
        summary: 'Đăng ký phản ánh, kiến nghị nhận bằng văn bản, điện thoại, email, đường dây nóng, trực tiếp',
        headers: idempotencyHeader,
        body: RegisterBody,
        response: { 201: FeedbackView, ...errors },
      },
      preHandler: ctx.allow(...FEEDBACK_REGISTRARS),
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.registerFeedback(tx, req.actor, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/feedback', {
      schema: { tags: ['feedback'], summary: 'Phản ánh, kiến nghị trong phạm vi đơn vị (mới nhất trước)', querystring: ListQuery, response: { 200: FeedbackList, ...errors } },
      preHandler: readers,
      handler: (req) => service.listFeedback(ctx.db, req.actor, req.query),
    });
    app.get('/feedback/stats', {
      schema: {
        tags: ['feedback'],
        summary: 'Thống kê PAKN trong kỳ: tiếp nhận (theo loại, hình thức), đúng hạn/quá hạn, đang xử lý, không xử lý, hài lòng; điểm 766 (5.2, 5.3)',
        querystring: StatsQuery,
        response: { 200: FeedbackStats, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => service.statsFor(ctx.db, req.query, req.actor),
    });
    app.get('/feedback/deadlines', {
      schema: { tags: ['feedback'], summary: 'Thời hạn xử lý theo loại phản ánh, kiến nghị (ngày làm việc, hiệu lực)', response: { 200: z.array(DeadlineView), ...errors } },
      preHandler: ctx.staff,
      handler: () => service.listDeadlines(ctx.db),
    });
    app.post('/feedback/deadlines', {
      schema: {
        tags: ['feedback'],
        summary: 'Thêm quy định thời hạn xử lý mới cho một loại (quy định trước hết hiệu lực từ ngày hôm trước)',
        headers: idempotencyHeader,
        body: DeadlineBody,
        response: { 201: DeadlineView, ...errors },
      },
      preHandler: ctx.allow(...DEADLINE_WRITERS),
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.addDeadline(tx, req.actor, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/feedback/:code', {
      schema: { tags: ['feedback'], summary: 'Một phản ánh, kiến nghị với diễn biến xử lý và thao tác được phép', params: Code, response: { 200: FeedbackView, ...errors } },
      preHandler: readers,
      handler: (req) => service.getFeedback(ctx.db, req.params.code, req.actor),
    });

    const action = <B extends z.ZodType>(name: 'assign' | 'reply' | 'reject' | 'close', body: B, summary: string) =>
      app.post(`/feedback/:code/actions/${name}`, {
        schema: { tags: ['feedback'], summary, params: Code, headers: idempotencyHeader, body, response: { 200: FeedbackView, ...errors } },
        preHandler: ctx.staff,
        handler: async (req) =>
          (await ctx.mutate(req, (tx) => service.act(tx, req.actor, req.params.code, { action: name, body: req.body } as Parameters<typeof service.act>[3]))).body,
      });
    action('assign', AssignBody, 'Giao đơn vị (phòng, xã) và người xử lý');
    action('reply', ReplyBody, 'Trả lời người gửi (publish: công khai trên Cổng nếu người gửi đồng ý)');
    action('reject', RejectBody, 'Không xử lý: không thuộc thẩm quyền hoặc trùng lặp, kèm lý do');
    action('close', CloseBody, 'Kết thúc sau khi đã trả lời');

    app.post('/feedback/:code/attachments', {
      schema: {
        tags: ['feedback'],
        summary: 'Tải lên bản scan văn bản phản ánh hoặc trả lời (multipart: file; PDF/JPEG/PNG ≤ 10 MB)',
        params: Code,
        consumes: ['multipart/form-data'],
        response: { 201: FeedbackAttachment, ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const upload = await readUpload(await req.file());
        const r = await ctx.mutate(req, (tx) => service.attachAsStaff(tx, req.actor, req.params.code, upload), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/feedback/:code/attachments/:id', {
      schema: { tags: ['feedback'], summary: 'Tải xuống một tệp', params: Code.extend({ id: z.coerce.number().int().positive() }) },
      preHandler: readers,
      handler: async (req, reply) => {
        const file = await service.attachmentContent(ctx.db, req.actor, req.params.code, req.params.id);
        return reply
          .type(file.mime)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    });
  };
