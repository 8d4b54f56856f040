import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createAuthenticator, type Authenticate } from '../auth/authenticate.js';
import { DEFAULT_AUTH } from '../auth/settings.js';
import { loadConfig } from '../config.js';
import type { Executor } from '../db/executor.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { logError } from '../graphql/server.js';
import { exportRouter } from './exportRoute.js';
import { healthRouter, type DatabaseState } from './health.js';
import { webRouter } from './static.js';

export interface AppOptions {
  readonly embedded: boolean;
  readonly driver: Driver;
  /** Largest request body accepted, in kilobytes; default HTTP_BODY_LIMIT_KB. */
  readonly bodyLimitKb?: number;
  /** Other origins whose pages may call the API from a browser; default CORS_ORIGINS (none). */
  readonly corsOrigins?: readonly string[];
  /** Who a request is from; default: the access settings' defaults (anonymous analysts). */
  readonly authenticate?: Authenticate;
  /** True once the process is shutting down; /readyz then says 503. */
  readonly stopping?: () => boolean;
  /** The embedded database process's state, which /healthz reports (see healthRouter). */
  readonly databaseState?: () => DatabaseState;
  /** Exports that may stream at once (each holds a database connection); default EXPORT_MAX_CONCURRENT. */
  readonly exportMaxConcurrent?: number;
  /** How long an export's reader may take nothing before the export is cut, in ms; default EXPORT_STALL_TIMEOUT_MS. */
  readonly exportStallTimeoutMs?: number;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Errors raised before GraphQL runs (a body too large or not JSON) or by a route itself, answered
 * in the GraphQL error shape. Express's own handler would answer in HTML, with the stack outside
 * production.
 */
const answerErrors: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error.type === 'entity.too.large') {
    res.status(413).json(errorBody(`The request body is larger than the limit of ${Math.round((error.limit ?? 0) / 1024)} KB`, 'PAYLOAD_TOO_LARGE'));
  } else if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    res.status(400).json(errorBody('The request body is not valid JSON', 'BAD_REQUEST'));
  } else {
    logError('error', error);
    res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
  }
};

/**
 * Security headers. The pages are bundles served from here (web/dist), so scripts come from 'self'
 * only; styles also inline, which the playground's page and GraphiQL's components use. No
 * upgrade-insecure-requests: the API is served over plain HTTP on localhost by default.
 */
const securityHeaders = () => helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
  frameguard: { action: 'deny' },
});

/**
 * Cross-origin browser calls: none unless CORS_ORIGINS lists the origin. Credentials travel in
 * the Authorization or X-API-Key header, never a cookie, so none are allowed.
 */
const crossOrigin = (origins: readonly string[]) => cors({
  origin: origins.length > 0 ? [...origins] : false,
  methods: ['GET', 'POST'],
  allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight'],
  maxAge: 600,
});

/**
 * The HTTP surface: the playground and explorer pages, the GraphQL endpoint, the export endpoint
 * (which streams from the driver itself, record by record), and /healthz and /readyz.
 */
export function createApp(apollo: ApolloServer<GraphContext>, db: Executor, options: AppOptions) {
  // Settings not given come from the environment, read once.
  const given = [options.bodyLimitKb, options.corsOrigins, options.exportMaxConcurrent, options.exportStallTimeoutMs];
  const config = given.some((value) => value === undefined) ? loadConfig() : undefined;
  const bodyLimitKb = options.bodyLimitKb ?? config!.HTTP_BODY_LIMIT_KB;
  const corsOrigins = options.corsOrigins ?? config!.CORS_ORIGINS;
  const exportLimits = {
    maxConcurrent: options.exportMaxConcurrent ?? config!.EXPORT_MAX_CONCURRENT,
    stallTimeoutMs: options.exportStallTimeoutMs ?? config!.EXPORT_STALL_TIMEOUT_MS,
  };
  const authenticate = options.authenticate ?? createAuthenticator(DEFAULT_AUTH);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(crossOrigin(corsOrigins));
  app.use(webRouter());
  app.use(
    '/graphql',
    express.json({ limit: bodyLimitKb * 1024 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, {
        embedded: options.embedded,
        operationName: (req.body as { operationName?: string } | undefined)?.operationName,
        principal: await authenticate(req.headers),
        idempotencyKey: req.get('idempotency-key'),
      }),
    }),
  );
  app.use(exportRouter({ driver: options.driver, executor: db }, authenticate, console.error, exportLimits));
  app.use(healthRouter(db, { stopping: options.stopping, databaseState: options.databaseState }));
  app.use(answerErrors);
  return app;
}
