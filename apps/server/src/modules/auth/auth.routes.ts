import { z } from 'zod';
import {
  changePasswordBody,
  idParam,
  loginBody,
  meBody,
  paged,
  resetPasswordResult,
  setRolesBody,
  userListQuery,
  userSummary,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { SESSION_COOKIE } from './auth.plugin';
import * as auth from './auth.service';

export async function authRoutes(app: AppInstance) {
  const { ctx } = app;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.session.cookieSecure,
  };

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: ctx.config.rateLimits.login },
      schema: {
        tags: ['auth'],
        summary: 'Masuk (NIP atau nama pengguna + kata sandi)',
        security: [],
        body: loginBody,
        response: { 200: meBody },
      },
    },
    async (req, reply) => {
      const { token, user } = await auth.login(ctx, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: ctx.config.session.absoluteHours * 3600,
      });
      return { user };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Keluar', response: { 204: z.null() } },
    },
    async (req, reply) => {
      await auth.logout(ctx, req.actor!);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: 'Pengguna yang sedang masuk', response: { 200: meBody } },
    },
    async (req) => ({ user: await auth.getMe(ctx, req.actor!) }),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Ganti kata sandi sendiri',
        body: changePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await auth.changeOwnPassword(ctx, req.actor!, req.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Daftar akun pengguna',
        querystring: userListQuery,
        response: { 200: paged(userSummary) },
      },
    },
    async (req) => auth.listUsers(ctx, req.actor!, req.query),
  );

  app.put(
    '/api/v1/users/:id/roles',
    {
      schema: {
        tags: ['users'],
        summary: 'Atur peran pengguna',
        params: idParam,
        body: setRolesBody,
        response: { 200: userSummary },
      },
    },
    async (req) => auth.setUserRoles(ctx, req.actor!, req.params.id, req.body.roles),
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'Atur ulang kata sandi (wajib diganti saat masuk)',
        params: idParam,
        response: { 200: resetPasswordResult },
      },
    },
    async (req) => auth.resetUserPassword(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags: ['users'],
        summary: 'Buka kunci akun',
        params: idParam,
        response: { 200: userSummary },
      },
    },
    async (req) => auth.unlockUser(ctx, req.actor!, req.params.id),
  );
}
