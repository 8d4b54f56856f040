import { resolve } from 'node:path';
import { z } from 'zod';

const port = (what: string) =>
  z.coerce.number({ error: `${what} must be a port number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be between 1 and 65535`)
    .max(65535, `${what} must be between 1 and 65535`);

const megabytes = (min: number) =>
  z.coerce.number({ error: 'must be a number of megabytes' }).int('must be a whole number of megabytes')
    .min(min, `must be at least ${min} (megabytes)`);

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

/**
 * Every setting of the product, read from environment variables (documented in the README).
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
  SEED: z.enum(['auto', 'always', 'never'], { error: "must be one of 'auto' (load the demo graph into an empty database), 'always' or 'never'" }).default('auto'),
});

export type Config = Readonly<z.output<typeof ConfigSchema> & { NEO4J_DATA_DIR: string }>;

export class ConfigError extends Error {}

/** Reads and checks the configuration; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Configuration error: ${lines.join('; ')}`);
  }
  return { ...parsed.data, NEO4J_DATA_DIR: resolve(parsed.data.NEO4J_DATA_DIR) };
}
