// The Fastify app factory. Tests call buildApp(deps) and use inject(); only the CLI listens.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../services/context.js';
import { errorHandler } from './errors.js';
import { authPlugin } from './auth-plugin.js';
import { authRoutes } from './routes/auth.routes.js';
import { unitRoutes } from './routes/units.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { codeRoutes } from './routes/codes.routes.js';
import { userRoutes } from './routes/users.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { statsRoutes } from './routes/stats.routes.js';
import { peopleIoRoutes } from './routes/people-io.routes.js';
import { lrmxExportRoutes, lrmxImportRoutes } from './routes/lrmx.routes.js';
import { eligibilityRoutes, ruleSetRoutes } from './routes/eligibility.routes.js';

// Validation messages in Chinese by default.
z.config(z.locales.zhCN());

export interface AppOptions {
  deps: ServiceDeps;
  /** Folder of the built web app; served at / when present. */
  webDir?: string | undefined;
  cookieSecure?: boolean;
  logger?: boolean | { level: string };
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    routeList: Array<{ method: string; url: string }>;
  }
}

export const PUBLIC_PATHS = ['/api/auth/login', '/api/health'];

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { coerceTypes: 'array' } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // Every route is recorded so tests can walk all of them (see scope-walk.test.ts).
  const routes: Array<{ method: string; url: string }> = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: r.url });
  });
  app.decorate('routeList', routes);
  await app.register(compress, { threshold: 2048 });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 500 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '干部人才选派交流管理系统 API', version: '1.0.0', description: '错误响应统一为 { code, message, fieldErrors? }，code 稳定可依赖。写操作需携带 x-csrf-token 请求头。' },
      components: { securitySchemes: { cookieAuth: { type: 'apiKey', in: 'cookie', name: 'cadre_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { deps: opts.deps, publicPaths: PUBLIC_PATHS });

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
  const ctx = { deps: opts.deps, cookieSecure: opts.cookieSecure ?? false };
  await app.register(authRoutes, { prefix: '/api/auth', ...ctx });
  await app.register(codeRoutes, { prefix: '/api/codes', ...ctx });
  await app.register(unitRoutes, { prefix: '/api/units', ...ctx });
  // Static paths (/template, /export, /import/…) are registered before /:id takes the rest.
  await app.register(peopleIoRoutes, { prefix: '/api/people', ...ctx });
  await app.register(peopleRoutes, { prefix: '/api/people', ...ctx });
  await app.register(lrmxExportRoutes, { prefix: '/api/people', ...ctx });
  await app.register(lrmxImportRoutes, { prefix: '/api/lrmx', ...ctx });
  await app.register(userRoutes, { prefix: '/api/users', ...ctx });
  await app.register(auditRoutes, { prefix: '/api/audit', ...ctx });
  await app.register(statsRoutes, { prefix: '/api/stats', ...ctx });
  await app.register(ruleSetRoutes, { prefix: '/api/rule-sets', ...ctx });
  await app.register(eligibilityRoutes, { prefix: '/api/eligibility', ...ctx });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      void reply.status(404).send({ code: 'NOT_FOUND', message: '请求的接口不存在' });
      return;
    }
    if (opts.webDir && existsSync(join(opts.webDir, 'index.html'))) {
      // Client-side routes: every other path gets the single-page app.
      void reply.type('text/html').sendFile('index.html');
      return;
    }
    void reply.status(404).type('text/plain; charset=utf-8').send('前端尚未构建：请运行 npm start（会自动构建）');
  });
  if (opts.webDir && existsSync(opts.webDir)) {
    // wildcard: files are looked up per request, so a rebuilt web/dist is served without a restart.
    await app.register(fastifyStatic, { root: opts.webDir, prefix: '/', wildcard: true, index: 'index.html' });
  }
  return app;
}

export interface RouteContext {
  deps: ServiceDeps;
  cookieSecure: boolean;
}
