import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Executor } from '../db/executor.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { webRouter } from './static.js';

/** The HTTP surface: the GraphQL endpoint and a plain health check. */
export function createApp(apollo: ApolloServer<GraphContext>, db: Executor, options: { embedded: boolean }) {
  const app = express();
  app.disable('x-powered-by');
  app.use(webRouter());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, { embedded: options.embedded, operationName: (req.body as { operationName?: string } | undefined)?.operationName }),
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}
