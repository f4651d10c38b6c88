import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import { actorName, assertMayDigitise, canSeeUnit } from '../auth/policy.js';
import { findDossierByCode } from '../dossiers/repo.js';
import { AttachmentKind, AttachmentView } from './schema.js';
import { addAttachment, getAttachmentContent, listAttachments, readUpload } from './service.js';


const Params = z.object({ code: z.string() });

export const attachmentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const visibleDossier = async (actor: Parameters<typeof canSeeUnit>[0], code: string) => {
      const row = await findDossierByCode(ctx.db, code);
      if (!row || !canSeeUnit(actor, row.unitId)) throw AppError.notFound('Dossier', code);
      return row;
    };

    app.get('/dossiers/:code/attachments', {
      schema: { tags: ['attachments'], summary: 'Thành phần hồ sơ đã số hóa', params: Params, response: { 200: z.array(AttachmentView) } },
      preHandler: ctx.staff,
      handler: async (req) => listAttachments(ctx.db, (await visibleDossier(req.actor, req.params.code)).id),
    });

    app.post('/dossiers/:code/attachments', {
      schema: {
        tags: ['attachments'],
        summary: 'Tải lên bản scan (PDF/JPEG/PNG, tối đa 10 MB) — multipart: kind, label, file',
        params: Params,
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentView },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const row = await visibleDossier(req.actor, req.params.code);
        assertMayDigitise(req.actor, row.holder);
        const file = await req.file();
        const upload = await readUpload(file);
        const fields = file?.fields as Record<string, { value?: unknown } | undefined> | undefined;
        const kind = AttachmentKind.safeParse(fields?.['kind']?.value ?? 'document');
        if (!kind.success) throw AppError.validation([{ field: 'kind', reason: 'must be document, supplement or result' }]);
        const label = typeof fields?.['label']?.value === 'string' ? (fields['label'].value as string) : undefined;
        const r = await ctx.mutate(req, (tx) => addAttachment(tx, row.id, upload, { kind: kind.data, label, uploadedBy: actorName(req.actor) }), 201);
        return reply.code(201).send(r.body);
      },
    });

    app.get('/dossiers/:code/attachments/:id', {
      schema: { tags: ['attachments'], summary: 'Tải xuống một tệp', params: Params.extend({ id: z.coerce.number().int().positive() }) },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const row = await visibleDossier(req.actor, req.params.code);
        const file = await getAttachmentContent(ctx.db, row.id, req.params.id);
        return reply
          .type(file.mime)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    });
  };
