import cors from 'cors';
import express, { type ErrorRequestHandler, type Request } from 'express';
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
import { exportRouter } from '../modules/export/exportRoute.js';
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

interface RequestError {
  readonly type?: string;
  readonly status?: number;
  readonly statusCode?: number;
  readonly expose?: boolean;
  readonly limit?: number;
  readonly message?: string;
}

/** A 4xx the body parser raised, as status, message and code; null for anything else. */
function clientError(error: RequestError, req: Request): { status: number; message: string; code: string } | null {
  const status = error.status ?? error.statusCode;
  if (status === undefined || status < 400 || status > 499) return null;
  switch (error.type) {
    case 'entity.too.large':
      return { status: 413, message: `The request body is larger than the limit of ${Math.round((error.limit ?? 0) / 1024)} KB`, code: 'PAYLOAD_TOO_LARGE' };
    case 'entity.parse.failed':
      return { status: 400, message: 'The request body is not valid JSON', code: 'BAD_REQUEST' };
    case 'encoding.unsupported':
      return { status: 400, message: `The request body's Content-Encoding "${(req.get('content-encoding') ?? '').slice(0, 40)}" is not supported: send it as gzip, deflate, br or uncompressed`, code: 'BAD_REQUEST' };
    case 'charset.unsupported':
      return { status: 400, message: 'The request body is not valid JSON: send it in UTF-8', code: 'BAD_REQUEST' };
    case 'request.size.invalid':
      return { status: 400, message: 'The request body is not as long as its Content-Length header says', code: 'BAD_REQUEST' };
    case 'request.aborted':
      return { status: 400, message: 'The request body was not sent in full', code: 'BAD_REQUEST' };
  }
  // zlib's errors (Z_DATA_ERROR, brotli's "Decompression failed", ...) while inflating a body that
  // is not what its Content-Encoding says: body-parser passes them on as 400 without a type.
  const encoding = req.get('content-encoding')?.toLowerCase();
  if (error.type === undefined && encoding !== undefined && encoding !== 'identity') {
    return { status: 400, message: `The request body is not valid ${encoding.slice(0, 40)} data, as its Content-Encoding header says it is`, code: 'BAD_REQUEST' };
  }
  // Any other 4xx of the body parser: the client's mistake, told in its own (exposable) words.
  const message = error.expose && error.message ? `The request body could not be read: ${error.message}` : 'The request body could not be read';
  return { status, message, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST' };
}

/**
 * Errors raised before GraphQL runs (a body too large, not JSON, or not in its Content-Encoding)
 * or by a route itself, answered in the GraphQL error shape. A 4xx of the body parser stays a 4xx
 * with a clear message; anything else is ours, answered 500 and logged. Express's own handler
 * would answer in HTML, with the stack outside production.
 */
const answerErrors: ErrorRequestHandler = (error: RequestError, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const client = clientError(error ?? {}, req);
  if (client) {
    res.status(client.status).json(errorBody(client.message, client.code));
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
 * (which streams its rows through the executor, record by record), and /healthz and /readyz.
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
  app.use(exportRouter(db, authenticate, console.error, exportLimits));
  app.use(healthRouter(db, { stopping: options.stopping, databaseState: options.databaseState }));
  app.use(answerErrors);
  return app;
}
