import { resolve } from 'node:path';
import { z } from 'zod';
import { AUTH_SETTINGS } from './auth/settings.js';

const port = (what: string) =>
  z.coerce.number({ error: `${what} must be a port number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be between 1 and 65535`)
    .max(65535, `${what} must be between 1 and 65535`);

const megabytes = (min: number) =>
  z.coerce.number({ error: 'must be a number of megabytes' }).int('must be a whole number of megabytes')
    .min(min, `must be at least ${min} (megabytes)`);

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

const count = (min: number) =>
  z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`);

const milliseconds = (min: number) =>
  z.coerce.number({ error: 'must be a number of milliseconds' }).int('must be a whole number of milliseconds')
    .min(min, `must be at least ${min} (milliseconds)`);

const onOff = z.preprocess(blankIsUnset, z.enum(['true', 'false'], { error: "must be 'true' or 'false'" }).transform((value) => value === 'true').optional());

/** A comma-separated list of origins such as https://example.org; each must be a bare scheme://host[:port]. */
const origins = z.string().default('').transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^https?:\/\/[^\s/]+$/, 'each origin must look like https://host[:port], without a path')));

/**
 * Every setting of the product, read from environment variables (documented in docs/configuration.md).
 * With NEO4J_URI unset, the embedded Neo4j in neo4j/ is built and started.
 */
const ConfigSchema = z.object({
  PORT: port('PORT').default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.preprocess(blankIsUnset, z.string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI (with +s or +ssc for TLS)')
    .optional()),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.preprocess(blankIsUnset, z.string().regex(/^[A-Za-z0-9.-]+$/, 'must be a database name').optional()),
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT').default(7687),
  NEO4J_HEAP_MB: megabytes(128).default(512),
  NEO4J_PAGECACHE_MB: megabytes(16).default(256),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5, 'must be at least 5 (seconds)').default(120),
  APP_ENV: z.enum(['development', 'production'], { error: "must be 'development' or 'production'" }).default('development'),
  GRAPHQL_INTROSPECTION: onOff,
  GRAPHQL_MAX_DEPTH: count(1).default(10),
  GRAPHQL_MAX_ALIASES: count(0).default(20),
  GRAPHQL_MAX_DIRECTIVES: count(0).default(20),
  GRAPHQL_MAX_TOKENS: count(10).default(3000),
  GRAPHQL_MAX_COST: count(1).default(5000),
  HTTP_BODY_LIMIT_KB: count(1).default(1024),
  CORS_ORIGINS: origins,
  NEO4J_TX_TIMEOUT_MS: milliseconds(100).default(30_000),
  NEO4J_CONNECT_TIMEOUT_MS: milliseconds(100).default(5_000),
  NEO4J_RETRY_TIMEOUT_MS: milliseconds(0).default(5_000),
  SHUTDOWN_TIMEOUT_MS: milliseconds(0).default(10_000),
  NEO4J_POOL_SIZE: count(4).default(50),
  NEO4J_ON_EXIT: z.enum(['restart', 'exit'], { error: "must be 'restart' (the embedded Neo4j is started again, with backoff) or 'exit' (the program exits 1 for a process manager)" }).default('restart'),
  GRAPHQL_DB_CONCURRENCY: count(1).default(4),
  EXPORT_MAX_CONCURRENT: count(1).default(8),
  EXPORT_STALL_TIMEOUT_MS: milliseconds(100).default(30_000),
  IDEMPOTENCY_TTL_HOURS: count(1).default(24),
  ...AUTH_SETTINGS,
  SEED: z.enum(['auto', 'always', 'never'], { error: "must be one of 'auto' (load the demo graph into an empty database), 'always' or 'never'" }).default('auto'),
});

export type Config = Readonly<Omit<z.output<typeof ConfigSchema>, 'GRAPHQL_INTROSPECTION'> & {
  NEO4J_DATA_DIR: string;
  /** Resolved: on in development, off in production, unless GRAPHQL_INTROSPECTION says otherwise. */
  GRAPHQL_INTROSPECTION: boolean;
}>;

export class ConfigError extends Error {}

/** Reads and checks the configuration; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // NODE_ENV=production, the convention of most hosting, means production unless APP_ENV says otherwise.
  const withAppEnv = env.APP_ENV || env.NODE_ENV !== 'production' ? env : { ...env, APP_ENV: 'production' };
  const parsed = ConfigSchema.safeParse(withAppEnv);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Configuration error: ${lines.join('; ')}`);
  }
  const data = parsed.data;
  return {
    ...data,
    NEO4J_DATA_DIR: resolve(data.NEO4J_DATA_DIR),
    GRAPHQL_INTROSPECTION: data.GRAPHQL_INTROSPECTION ?? data.APP_ENV === 'development',
  };
}
