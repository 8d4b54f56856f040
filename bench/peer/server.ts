import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './typeDefs.js';

export interface PeerOptions {
  readonly driver: Driver;
  /** The database the graph is in; v7 takes it per request, in the context's sessionConfig. */
  readonly database: string;
  /** 0 or left out: a free port. */
  readonly port?: number;
}

export interface RunningPeer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The peer of the benchmark: @neo4j/graphql v7 over the same driver and database as our API,
 * served the way src/http serves ours (Apollo Server 5 on express 5), on loopback. Apollo's
 * defaults otherwise, and no auth: it answers queries only (typeDefs.ts turns mutations off).
 */
export async function startPeer(options: PeerOptions): Promise<RunningPeer> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: options.driver }).getSchema();
  const apollo = new ApolloServer<Neo4jGraphQLContext>({ schema });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: options.database } }),
    }),
  );
  const http = createServer(app);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      http.closeIdleConnections();
      await new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())));
      await apollo.stop();
    },
  };
}
