import type { ApolloServer } from '@apollo/server';
import { ADMIN, type Principal } from '../../src/auth/roles.js';
import type { Executor } from '../../src/db/executor.js';
import { createContext, type GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';

export interface ApiResult<T> {
  readonly data: T | null | undefined;
  readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown>; path?: ReadonlyArray<string | number> }> | undefined;
  /** How many Cypher statements the operation sent. */
  readonly statements: number;
}

export interface TestApi {
  /** Runs as `principal` (an admin unless given). */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<ApiResult<T>>;
  /** Runs and fails the test on any GraphQL error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** The real Apollo server over the real database, called in-process with executeOperation. */
export async function testApi(db: Executor): Promise<TestApi> {
  const apollo: ApolloServer<GraphContext> = createApolloServer();
  await apollo.start();
  const run = async <T,>(query: string, variables: Record<string, unknown> = {}, principal: Principal = ADMIN): Promise<ApiResult<T>> => {
    let statements = 0;
    const stopCounting = db.onStatement(() => { statements += 1; });
    try {
      const response = await apollo.executeOperation<T & Record<string, unknown>>(
        { query, variables },
        { contextValue: createContext(db, { embedded: true, principal }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as T | null | undefined, errors: errors as ApiResult<T>['errors'], statements };
    } finally {
      stopCounting();
    }
  };
  return {
    run,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await run<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    stop: () => apollo.stop(),
  };
}
