import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app.js';
import { AppError } from '../../errors.js';
import { CreateUserBody, LoginBody, SessionResponse, UpdateUserBody, UserView } from './schema.js';
import * as service from './service.js';

const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/auth/login', {
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập (đặt cookie phiên httpOnly; trả về csrfToken)',
        body: LoginBody,
        response: { 200: SessionResponse, 401: ErrorBody, 423: ErrorBody },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      handler: async (req, reply) => {
        const r = await service.login(ctx.db, req.body.username, req.body.password);
        reply.setCookie(service.SESSION_COOKIE, r.token, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: ctx.secureCookies(req),
          maxAge: service.SESSION_TTL_MS / 1000,
        });
        return { user: r.user, csrfToken: r.csrfToken };
      },
    });
    app.post('/auth/logout', {
      schema: { tags: ['auth'], summary: 'Đăng xuất' },
      handler: async (req, reply) => {
        const token = req.cookies[service.SESSION_COOKIE];
        if (token) await service.logout(ctx.db, token);
        reply.clearCookie(service.SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    });
    app.get('/auth/me', {
      schema: { tags: ['auth'], summary: 'Người dùng của phiên hiện tại', response: { 200: SessionResponse, 401: ErrorBody } },
      handler: async (req) => {
        if (req.actor.kind !== 'user') throw new AppError('UNAUTHORIZED', 'Cần đăng nhập');
        return service.sessionResponse(req.actor);
      },
    });

    app.get('/users', {
      schema: { tags: ['users'], summary: 'Tài khoản trong phạm vi quản lý', response: { 200: z.array(UserView) } },
      preHandler: ctx.allow('unit_admin', 'system_admin'),
      handler: (req) => service.listUsers(ctx.db, req.actor),
    });
    app.post('/users', {
      schema: { tags: ['users'], summary: 'Tạo tài khoản cán bộ', body: CreateUserBody, response: { 201: UserView } },
      preHandler: ctx.allow('unit_admin', 'system_admin'),
      handler: async (req, reply) => reply.code(201).send(await service.createUser(ctx.db, req.actor, req.body)),
    });
    app.patch('/users/:username', {
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản (vai trò, đơn vị, khoá, đặt lại mật khẩu)',
        params: z.object({ username: z.string() }),
        body: UpdateUserBody,
        response: { 200: UserView },
      },
      preHandler: ctx.allow('unit_admin', 'system_admin'),
      handler: (req) => service.updateUser(ctx.db, req.actor, req.params.username, req.body),
    });
  };
