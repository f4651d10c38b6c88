import swagger from '@fastify/swagger';
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
import { calendarRoutes } from './modules/calendar/routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { procedureRoutes } from './modules/procedures/routes.js';
import { statsRoutes } from './modules/stats/routes.js';
import { unitRoutes } from './modules/units/routes.js';

export interface AppContext {
  db: Db;
  config: Pick<Config, 'MOTCUA_API_TOKEN' | 'MOTCUA_MODE'>;
  /** Route-tier guard for mutations (bearer token until staff accounts land, issue #3). */
  requireWrite: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Who acts: recorded on every event. */
  actorOf: (req: FastifyRequest) => string;
  /** Runs a mutation in one transaction, honouring the Idempotency-Key header. */
  mutate: <T>(req: FastifyRequest, work: (tx: Tx) => Promise<T>, statusCode?: number) => Promise<{ statusCode: number; body: T }>;
}

export async function buildApp(opts: { db: Db; config: AppContext['config']; logger?: boolean | object }): Promise<FastifyInstance> {
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
    requireWrite: async (req) => {
      const token = opts.config.MOTCUA_API_TOKEN;
      if (!token) return;
      if (req.headers.authorization !== `Bearer ${token}`) throw new AppError('UNAUTHORIZED', 'A valid API token is required');
    },
    mutate: (req, work, statusCode) => idempotentMutation(opts.db, req, work, statusCode),
    actorOf: (req) => {
      const header = req.headers['x-motcua-actor'];
      return typeof header === 'string' && header.trim() ? header.trim().slice(0, 100) : 'api';
    },
  };

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
      await api.register(unitRoutes(ctx));
      await api.register(calendarRoutes(ctx));
      await api.register(procedureRoutes(ctx));
      await api.register(dossierRoutes(ctx));
      await api.register(statsRoutes(ctx));
    },
    { prefix: '/api' },
  );
  return app;
}
