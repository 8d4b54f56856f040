import { createRequire } from 'node:module';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from 'graphql';
import { loadConfig, type Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { GraphContext } from './context.js';
import { costRefusal, operationCost } from './cost.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs } from './schema.js';
import { checkVariables } from './variableLimits.js';

/** Codes Apollo itself gives to errors the client caused (parsing, validation, bad variables). */
const CLIENT_CODES = new Set(['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** graphql-js's last error when a variable made more than 50: the client's input, but without a code. */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables, error limit reached/;

/** The client code of an error the client caused, if it is one. */
function clientCodeOf(message: string, code: unknown): string | undefined {
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  return code === undefined && VARIABLE_ERROR_LIMIT.test(message) ? 'BAD_USER_INPUT' : undefined;
}

/** The code of an operation refused by a limit on its size or cost, before it reaches the database. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface ServerSettings {
  /** Production: schema details (field suggestions) stay out of error messages. */
  readonly production: boolean;
  readonly introspection: boolean;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

export function serverSettings(config: Config = loadConfig()): ServerSettings {
  return {
    production: config.APP_ENV === 'production',
    introspection: config.GRAPHQL_INTROSPECTION,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxCost: config.GRAPHQL_MAX_COST,
  };
}

/**
 * graphql-armor reports a refusal as a plain validation error; this one carries a code of its
 * own and the name of the limit, so a client can tell "too big" from "wrong".
 */
const refuse = (limit: string) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: QUERY_TOO_COMPLEX, limit } }));
  }],
});

function queryLimits(settings: ServerSettings) {
  return new ApolloArmor({
    maxDepth: { n: settings.maxDepth, ...refuse('maxDepth') },
    maxAliases: { n: settings.maxAliases, ...refuse('maxAliases') },
    maxDirectives: { n: settings.maxDirectives, ...refuse('maxDirectives') },
    // Armor's cost counts neither a list's `first` given in a variable, nor one transaction per
    // root field, and under-counts fragments: ours (src/graphql/cost.ts, the plugin below) does.
    costLimit: { enabled: false },
    // Armor's token count throws out of Apollo's request pipeline (from its
    // unexpectedErrorProcessingRequest hook), so no clean answer; graphql's own parser limit
    // (parseOptions below) refuses the same documents as a parse error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: settings.production },
  }).protect();
}

/** graphql-js 16 only finds a subscription without a Subscription type at execution, as an unexpected error. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError('This API has no subscriptions', { nodes: node }));
    }
  },
});

/** Armor's plugins are typed against Apollo's CommonJS build; they are the same objects at run time. */
const asPlugins = (plugins: unknown[]) => plugins as ApolloServerPlugin<GraphContext>[];

/** graphql-js's message for parseOptions.maxTokens (spelt "more that" in graphql 16). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The limit an error says was passed, if any. Apollo wraps a refusal in its validation or parse
 * error (whose code it sets); the limit's own code is put back here.
 */
function refusedLimit(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  if (formatted.extensions?.code === QUERY_TOO_COMPLEX) return String(formatted.extensions.limit);
  // Duck-typed: graphql-armor and Apollo may each load their own copy of graphql's classes.
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
  if (original?.extensions?.code === QUERY_TOO_COMPLEX) return String(original.extensions.limit);
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) return 'maxTokens';
  return undefined;
}

/**
 * The error of ours behind `error`, however Apollo wrapped it: a resolver's (path and
 * originalError) or the context function's ("Context creation failed", originalError).
 */
function domainErrorOf(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Whatever could name a server or carry a password: URIs (bolt://user:pass@host, https://...). */
const URI = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/**
 * In production a message of ours still passes through this: its first line only (a driver's
 * message may carry the statement on the next ones) and no URI.
 */
function scrub(message: string): string {
  return message.split('\n')[0]!.replace(URI, '[address hidden]');
}

/** Longest message an error may carry to a client; the rest is cut (graphql-js quotes whole values). */
export const MAX_ERROR_MESSAGE = 1000;
/** Most errors one response carries; one more says how many were left out. */
export const MAX_ERRORS = 20;

function bounded(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message } = formatted;
  if (message.length <= MAX_ERROR_MESSAGE) return formatted;
  return { ...formatted, message: `${message.slice(0, MAX_ERROR_MESSAGE)}… (${message.length - MAX_ERROR_MESSAGE} more characters)` };
}

/**
 * Expected errors reach the client as they are; anything else is logged in full with the
 * request id and masked, so no stack, Cypher or driver message leaks out. Each message is cut
 * to MAX_ERROR_MESSAGE characters, whatever the input.
 */
function formatErrorFor(settings: ServerSettings) {
  const format = formatErrorUnbounded(settings);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => bounded(format(formatted, error));
}

function formatErrorUnbounded(settings: ServerSettings) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (domainErrorOf(error)) return settings.production ? { ...formatted, message: scrub(formatted.message) } : formatted;
    const limit = refusedLimit(formatted, error);
    if (limit) {
      const { cost, maxCost } = formatted.extensions ?? {};
      return { message: formatted.message.replace(/^Syntax Error: /, ''), locations: formatted.locations, extensions: { code: QUERY_TOO_COMPLEX, limit, ...(cost === undefined ? {} : { cost, maxCost }) } };
    }
    const code = clientCodeOf(formatted.message, formatted.extensions?.code);
    if (code) {
      const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: settings.production ? scrub(formatted.message) : formatted.message, extensions: { ...extensions, code } };
    }
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** One JSON line on stderr, so a log collector keeps an error and its stack together. */
export function logError(level: 'error' | 'warn', error: unknown, fields: Record<string, unknown> = {}): void {
  const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
  console.error(JSON.stringify({ time: new Date().toISOString(), level, ...fields, message, stack }));
}

/** The database being away or slow is worth an operator's attention, though the client was told. */
const OPERATIONAL_CODES = new Set(['TIMEOUT', 'SERVICE_UNAVAILABLE']);

const logErrors: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const requestId = contextValue?.requestId;
          const ours = domainErrorOf(error);
          if (ours) {
            const code = String(ours.extensions.code);
            if (OPERATIONAL_CODES.has(code)) logError('warn', ours, { requestId, code });
            continue;
          }
          const original = unwrapResolverError(error);
          if (clientCodeOf(error.message, error.extensions?.code)) continue;
          logError('error', original, { requestId, path: error.path?.join('.') });
        }
      },
    };
  },
};

/**
 * graphql's GraphQLError as Apollo loads it. Apollo keeps an error a plugin throws (its HTTP
 * status and code) only if it is an instance of its own copy of the class; Node loads graphql's
 * CommonJS build for Apollo, while vitest gives this module the ESM build.
 */
const ApolloGraphQLError = (createRequire(import.meta.url)('graphql') as typeof import('graphql')).GraphQLError;

/** A client's mistake found by a plugin: answered 400 with its code. */
function badRequest(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new ApolloGraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * Checks made once the operation is known and before anything runs, variables included (graphql-js
 * coerces them only at execution): their shape (src/graphql/variableLimits.ts), then the cost
 * of the operation with their values (src/graphql/cost.ts).
 */
function operationLimits(settings: ServerSettings): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          try {
            checkVariables(request.variables);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const { http: _status, ...extensions } = error.extensions;
            throw badRequest(error.message, extensions);
          }
          if (!operation) return;
          const cost = operationCost({ schema, document, operation, variables: request.variables ?? {}, resolvers: resolvers as Record<string, unknown> });
          if (cost > settings.maxCost) {
            const { message, extensions } = costRefusal(cost, settings.maxCost);
            throw badRequest(message, extensions);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          // Apollo answers it 200 (a retry hint for APQ clients); this API has no persisted
          // queries, so a request carrying one is a client's mistake like any other.
          if (errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED') response.http.status = 400;
          // However many errors the input made, the answer carries MAX_ERRORS and a count.
          if (!errors || errors.length <= MAX_ERRORS) return;
          response.body.singleResult.errors = [
            ...errors.slice(0, MAX_ERRORS),
            { message: `${errors.length - MAX_ERRORS} more errors left out`, extensions: { code: errors[0]!.extensions?.code ?? 'BAD_REQUEST', omitted: errors.length - MAX_ERRORS } },
          ];
        },
      };
    },
  };
}

export function createApolloServer(settings: ServerSettings = serverSettings()): ApolloServer<GraphContext> {
  const limits = queryLimits(settings);
  return new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError: formatErrorFor(settings),
    includeStacktraceInErrorResponses: false,
    // One operation per request, so the limits above bound what one request can cost.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: settings.maxTokens },
    // No client of this API sends persisted queries (the workbench, explorer and playground send
    // the text): a persistedQuery extension is answered 400 PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    validationRules: [knownOperationTypes, ...limits.validationRules],
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: settings.production,
    // A request must show it is not a plain cross-site form or image GET (Apollo's default, made explicit).
    csrfPrevention: true,
    // Our own SIGTERM/SIGINT handler (src/main.ts) drains requests in flight; Apollo's, on unless
    // NODE_ENV=test, would stop the server under it and re-raise the signal (exit 143).
    stopOnTerminationSignals: false,
    // Cache control is on by default and hooks every field resolution (willResolveField) to
    // gather hints the API never gives: a tenth of the time of a large answer (bench/RESULTS.md).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), logErrors, operationLimits(settings), ...asPlugins(limits.plugins)],
  });
}
