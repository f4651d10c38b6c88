import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db, Tx } from './db/database.js';
import { AppError } from './errors.js';
import { idempotentMutation } from './lib/idempotency.js';
import type { Role } from '@motcua/core';
import { attachmentRoutes } from './modules/attachments/routes.js';
import { assignmentRoutes } from './modules/assignments/routes.js';
import { planRoutes } from './modules/plans/routes.js';
import { MAX_FILE_BYTES } from './modules/attachments/service.js';
import { authRoutes } from './modules/auth/routes.js';
import { ANONYMOUS, requireRole, requireStaff, type Actor } from './modules/auth/policy.js';
import { SESSION_COOKIE, actorFromSession } from './modules/auth/service.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { portalRoutes } from './modules/portal/routes.js';
import { procedureRoutes } from './modules/procedures/routes.js';
import { statsRoutes } from './modules/stats/routes.js';
import { reformRecordRoutes } from './modules/reform-records/routes.js';
import { figureRoutes } from './modules/figures/routes.js';
import { appraisalRoutes } from './modules/appraisal/routes.js';
import { documentsRoutes } from './modules/documents/routes.js';
import { unitRoutes } from './modules/units/routes.js';
import { feedbackRoutes } from './modules/feedback/routes.js';
import { reportRoutes } from './modules/reports/routes.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: resolved once per request from the session cookie or the API token. */
    actor: Actor;
  }
}

export interface AppContext {
  db: Db;
  config: AppConfig;
  /** Route tier: any signed-in staff member (or the API token). */
  staff: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Route tier: staff with one of these roles (or the API token). */
  allow: (...roles: Role[]) => (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Whether the session cookie gets the Secure flag for this request. */
  secureCookies: (req: FastifyRequest) => boolean;
  /** Runs a mutation in one transaction, honouring the Idempotency-Key header. */
  mutate: <T>(req: FastifyRequest, work: (tx: Tx) => Promise<T>, statusCode?: number) => Promise<{ statusCode: number; body: T }>;
}

export type AppConfig = Pick<Config, 'MOTCUA_API_TOKEN' | 'MOTCUA_MODE'> & Partial<Pick<Config, 'MOTCUA_COOKIE_SECURE' | 'MOTCUA_PUBLIC_URL'>>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The built web app (packages/web/dist), served on the same port as the API when present. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(opts: { db: Db; config: AppConfig; logger?: boolean | object; webDist?: string | false }): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 512 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: 'all' } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON Lines bodies for the import endpoints arrive as plain text.
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'text/plain'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  const ctx: AppContext = {
    db: opts.db,
    config: opts.config,
    staff: async (req) => requireStaff(req.actor),
    allow:
      (...roles) =>
      async (req) =>
        requireRole(req.actor, roles),
    secureCookies: (req) => opts.config.MOTCUA_COOKIE_SECURE === 'always' || (opts.config.MOTCUA_COOKIE_SECURE !== 'never' && req.protocol === 'https'),
    mutate: (req, work, statusCode) => idempotentMutation(opts.db, req, work, statusCode),
  };

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });
  await app.register(rateLimit, { global: false });
  app.decorateRequest('actor', null as never);
  // Authentication, once per request: the deployment's API token (scripts) or a session cookie.
  // Cookie-authenticated changes must echo the session's CSRF token (double submit).
  app.addHook('onRequest', async (req) => {
    req.actor = ANONYMOUS;
    const token = opts.config.MOTCUA_API_TOKEN;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      if (!token || auth !== `Bearer ${token}`) throw new AppError('UNAUTHORIZED', 'Invalid API token');
      const name = req.headers['x-motcua-actor'];
      req.actor = { kind: 'system', name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : 'api-token' };
      return;
    }
    const session = req.cookies[SESSION_COOKIE];
    if (!session) return;
    const actor = await actorFromSession(opts.db, session);
    if (!actor) return;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError('FORBIDDEN', 'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token)', { reason: 'csrf' });
    }
    req.actor = actor;
  });

  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.code(400).send({
        code: 'VALIDATION',
        message: 'Invalid input',
        issues: err.validation.map((v) => ({
          field: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
          reason: v.message ?? 'invalid',
        })),
      });
    }
    if (err instanceof AppError) {
      return reply.code(err.status).send({ code: err.code, message: err.message, ...err.details });
    }
    if (isResponseSerializationError(err)) req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 429) {
      return reply.code(429).send({ code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu, vui lòng thử lại sau một phút' });
    }
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ code: 'VALIDATION', message: (err as Error).message, issues: [] });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'Internal server error' });
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'MotCua API',
        description: 'Một cửa: TTHC, hồ sơ, thời hạn theo ngày làm việc, thống kê kết quả giải quyết TTHC.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(
    async (api) => {
      api.get('/health', async () => ({ ok: true }));
      await api.register(authRoutes(ctx));
      await api.register(unitRoutes(ctx));
      await api.register(calendarRoutes(ctx));
      await api.register(procedureRoutes(ctx));
      await api.register(dossierRoutes(ctx));
      await api.register(statsRoutes(ctx));
      await api.register(reformRecordRoutes(ctx));
      await api.register(figureRoutes(ctx));
      await api.register(portalRoutes(ctx));
      await api.register(attachmentRoutes(ctx));
      await api.register(planRoutes(ctx));
      await api.register(assignmentRoutes(ctx));
      await api.register(appraisalRoutes(ctx));
      await api.register(documentsRoutes(ctx));
      await api.register(feedbackRoutes(ctx));
      await api.register(reportRoutes(ctx));
    },
    { prefix: '/api' },
  );

  const webDist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  if (webDist && existsSync(webDist + 'index.html')) {
    // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: 'index.html' });
    // Client-side routes: any other GET outside /api and /docs gets the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api') && !req.url.startsWith('/docs')) {
        return reply.type('text/html; charset=utf-8').sendFile('index.html');
      }
      return reply.code(404).send({ code: 'NOT_FOUND', message: `Route ${req.method} ${req.url} not found` });
    });
  } else {
    app.setNotFoundHandler((req, reply) => reply.code(404).send({ code: 'NOT_FOUND', message: `Route ${req.method} ${req.url} not found` }));
  }
  return app;
}
