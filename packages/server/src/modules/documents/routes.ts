import { formatInstant } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import { canSeeUnit } from '../auth/policy.js';
import { getDossierView } from '../dossiers/service.js';
import { resolvePeriod } from '../stats/service.js';
import { findUnitOverlapping } from '../units/repo.js';
import { bieu06Unit, loadBieu06, renderBieu06Xlsx } from './bieu06.js';
import { renderFormDocx } from './docx.js';
import { FORM_NUMBERS, FORM_TITLES, availableForms, type FormDocument } from './forms.js';
import { renderFormPdf } from './pdf.js';
import { Bieu06Response, FormParams, FormsAvailable, MIME, PeriodQuery, RegisterParams, errors, fileResponse, type FileFormat } from './schema.js';
import { dossierForm } from './service.js';
import { loadRegister, registerForm, renderRegisterXlsx } from './so06.js';

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
const disposition = (kind: 'inline' | 'attachment', name: string) => `${kind}; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** PDFs open in the browser (one click to print); DOCX and XLSX download. */
function sendFile(reply: FastifyReply, ext: FileFormat, name: string, body: Buffer) {
  return reply
    .type(MIME[ext])
    .header('content-disposition', disposition(ext === 'pdf' ? 'inline' : 'attachment', `${name}.${ext}`))
    .header('cache-control', 'private, no-store')
    .send(body);
}

const renderForm = (doc: FormDocument, ext: 'pdf' | 'docx') => (ext === 'pdf' ? renderFormPdf(doc) : renderFormDocx(doc));
const today = () => formatInstant(Date.now()).slice(0, 10);

/** Official forms of Thông tư 01/2018/TT-VPCP and the Biểu 06 statistics table (issue #5). */
export const documentsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // The citizen status page the QR code of Mẫu 01 points to.
    const publicUrl = (req: FastifyRequest) => ctx.config.MOTCUA_PUBLIC_URL ?? `${req.protocol}://${req.host}`;

    app.get('/dossiers/:code/forms', {
      schema: {
        tags: ['documents'],
        summary: 'Các biểu mẫu (TT 01/2018/TT-VPCP) lập được cho hồ sơ, theo các sự kiện của nó',
        params: z.object({ code: z.string().min(1) }),
        response: { 200: FormsAvailable, ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req) => {
        const d = await getDossierView(ctx.db, req.params.code, req.actor);
        return { code: d.code, forms: availableForms(d).map((form) => ({ form, number: FORM_NUMBERS[form], title: FORM_TITLES[form] })) };
      },
    });

    app.get('/dossiers/:code/forms/:form.:ext', {
      schema: {
        tags: ['documents'],
        summary: 'Mẫu 01–05 của một hồ sơ (PDF để in, DOCX để sửa); 409 khi hồ sơ không có sự kiện tương ứng',
        description:
          'Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5, 2 liên, mã QR tra cứu); Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ; Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả; Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ. Hồ sơ ngoài phạm vi đơn vị: 404.',
        params: FormParams,
        response: { 200: fileResponse('The form', ['pdf', 'docx']), ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const { code, form, ext } = req.params;
        const doc = await dossierForm(ctx.db, code, form, publicUrl(req), req.actor);
        return sendFile(reply, ext, doc.fileName, await renderForm(doc, ext));
      },
    });

    app.get('/forms/register.:ext', {
      schema: {
        tags: ['documents'],
        summary: 'Mẫu 06 Sổ theo dõi hồ sơ của bộ phận một cửa một đơn vị trong khoảng ngày (PDF, DOCX, XLSX)',
        params: RegisterParams,
        querystring: PeriodQuery,
        response: { 200: fileResponse('The register', ['pdf', 'docx', 'xlsx']), ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const period = resolvePeriod(req.query);
        const unit = await findUnitOverlapping(ctx.db, req.query.unit, period.from, period.to);
        if (!unit || !canSeeUnit(req.actor, unit.id)) throw AppError.notFound('Unit', req.query.unit);
        if (unit.level === 'department') throw AppError.validation([{ field: 'unit', reason: 'must be a People’s Committee with a one-stop desk, not a department' }]);
        const data = await loadRegister(ctx.db, unit, period);
        const name = `so-theo-doi-ho-so-${unit.code}-${period.from}-${period.to}`;
        if (req.params.ext === 'xlsx') return sendFile(reply, 'xlsx', name, await renderRegisterXlsx(data, today()));
        return sendFile(reply, req.params.ext, name, await renderForm(registerForm(data, today()), req.params.ext));
      },
    });

    const bieu06 = async (req: FastifyRequest<{ Querystring: PeriodQuery }>) => {
      const period = resolvePeriod(req.query);
      const unit = await bieu06Unit(ctx.db, req.query.unit, period);
      if (!canSeeUnit(req.actor, unit.id)) throw AppError.notFound('Unit', req.query.unit);
      return loadBieu06(ctx.db, req.query.unit, period);
    };

    app.get('/stats/bieu06', {
      schema: {
        tags: ['stats'],
        summary: 'Biểu số 06/VPCP/KSTT: số liệu theo lĩnh vực, nhóm theo cấp (cột 3–13)',
        querystring: PeriodQuery,
        response: { 200: Bieu06Response, ...errors },
      },
      preHandler: ctx.staff,
      handler: (req) => bieu06(req),
    });

    app.get('/stats/bieu06.xlsx', {
      schema: {
        tags: ['stats'],
        summary: 'Biểu số 06/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC" dạng XLSX (số thực, công thức tổng)',
        querystring: PeriodQuery,
        response: { 200: fileResponse('Biểu 06 workbook', ['xlsx']), ...errors },
      },
      preHandler: ctx.staff,
      handler: async (req, reply) => {
        const data = await bieu06(req);
        return sendFile(reply, 'xlsx', `bieu-06-${data.reportingUnit.code}-${data.period.name ?? `${data.period.from}-${data.period.to}`}`, await renderBieu06Xlsx(data));
      },
    });
  };
