import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import { Proof, PublicDossier, RatingBody, SubmitBody, SupplementBody } from './schema.js';
import * as service from './service.js';
import { AttachmentView } from '../attachments/schema.js';
import { readUpload } from '../attachments/service.js';

const Code = z.object({ code: z.string().min(1).max(64) });
// Lookups need the code and a proof; a low rate limit makes guessing impractical.
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export const portalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/public/dossiers', {
      schema: { tags: ['public'], summary: 'Nộp hồ sơ trực tuyến (không cần đăng nhập)', body: SubmitBody, response: { 201: PublicDossier } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      handler: async (req, reply) => {
        const r = await ctx.mutate(req, (tx) => service.submitOnline(tx, req.body), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.get('/public/dossiers/:code', {
      schema: {
        tags: ['public'],
        summary: 'Tra cứu hồ sơ bằng mã hồ sơ kèm số điện thoại hoặc CCCD',
        params: Code,
        querystring: Proof,
        response: { 200: PublicDossier },
      },
      config: limited,
      handler: (req) => service.lookup(ctx.db, req.params.code, req.query),
    });
    app.post('/public/dossiers/:code/lookup', {
      schema: {
        tags: ['public'],
        summary: 'Tra cứu hồ sơ (mã hồ sơ + số điện thoại hoặc CCCD trong thân yêu cầu, không lộ trong nhật ký truy cập)',
        params: Code,
        body: Proof,
        response: { 200: PublicDossier },
      },
      config: limited,
      handler: (req) => service.lookup(ctx.db, req.params.code, req.body),
    });
    app.post('/public/dossiers/:code/supplement', {
      schema: { tags: ['public'], summary: 'Gửi bổ sung hồ sơ theo yêu cầu', params: Code, body: SupplementBody, response: { 200: PublicDossier } },
      config: limited,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.sendSupplement(tx, req.params.code, req.body, req.body.note))).body,
    });
    app.post('/public/dossiers/:code/attachments', {
      schema: {
        tags: ['public'],
        summary: 'Gửi bản scan hồ sơ (multipart: phone hoặc idNumber, rồi file; PDF/JPEG/PNG ≤ 10 MB)',
        params: Code,
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentView },
      },
      config: limited,
      handler: async (req, reply) => {
        const file = await req.file();
        const fields = (file?.fields ?? {}) as Record<string, { value?: unknown } | undefined>;
        const proof = Proof.safeParse({ phone: fields['phone']?.value, idNumber: fields['idNumber']?.value });
        if (!proof.success) throw AppError.validation([{ field: 'phone', reason: 'give the phone number or the CCCD before the file' }]);
        const upload = await readUpload(file);
        const r = await ctx.mutate(req, (tx) => service.attachAsCitizen(tx, req.params.code, proof.data, upload), 201);
        return reply.code(201).send(r.body);
      },
    });
    app.post('/public/dossiers/:code/rating', {
      schema: { tags: ['public'], summary: 'Đánh giá mức độ hài lòng sau khi nhận kết quả', params: Code, body: RatingBody, response: { 200: PublicDossier } },
      config: limited,
      handler: async (req) => (await ctx.mutate(req, (tx) => service.rate(tx, req.params.code, req.body, req.body.level))).body,
    });
  };
