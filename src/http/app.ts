import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import { exportRouter } from './exportRoute.js';
import { webRouter } from './static.js';

/**
 * The HTTP surface: the playground and explorer pages, the GraphQL endpoint, the export endpoint
 * (which streams from the driver itself, record by record) and a plain health check.
 */
export function createApp(apollo: ApolloServer<GraphContext>, db: Executor, options: { embedded: boolean; driver: Driver }) {
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
  app.use(exportRouter({ driver: options.driver, executor: db }));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}
