import type { z } from 'zod';
import type { AccessMode, Executor, StreamOptions } from './executor.js';
import { cypherName, fillTemplate, readCypher } from './cypher.js';

/**
 * A typed handle on one statement, a `.cypher` file beside the code: its parameters and each row it returns are
 * described by zod, so Neo4j values are checked and converted at this one boundary.
 */
export interface Query<P, R> {
  readonly name: string;
  readonly mode: AccessMode;
  readonly text: string;
  /** Runs the statement in a transaction of its own. */
  run(db: Executor, params: P): Promise<R[]>;
  /** Runs it inside a transaction that `Executor.transaction` opened. */
  runIn(send: Send, params: P): Promise<R[]>;
  /** Yields its rows one by one as they arrive (Executor.stream): for results too large to hold. */
  stream(db: Executor, params: P, options?: StreamOptions): AsyncGenerator<R>;
}

export type Send = Parameters<Parameters<Executor['transaction']>[1]>[0];

/** What the registry keeps of a handle: enough to check it against its file (test/db/statements.test.ts). */
export interface RegisteredQuery {
  readonly name: string;
  /** The `.cypher` file it was read from. */
  readonly file: URL;
  readonly mode: AccessMode;
  /** The statement as sent (a template with its slots filled). */
  readonly text: string;
  readonly slots: Readonly<Record<string, string>> | undefined;
  readonly params: z.ZodType;
  readonly row: z.ZodType;
  readonly query: Query<never, unknown>;
}

/**
 * Every handle defineQuery has made in this process, by name and statement text (a template
 * filled for several labels registers once per filling; a handle made again replaces its twin,
 * so the registry stays as small as the set of distinct statements).
 */
const registry = new Map<string, RegisteredQuery>();

/** The handles made so far: the statement tests import the modules, then check and run each. */
export function registeredQueries(): RegisteredQuery[] {
  return [...registry.values()];
}

export function defineQuery<PS extends z.ZodType, RS extends z.ZodType>(spec: {
  /** The statement: `new URL('./name.cypher', import.meta.url)`. */
  file: URL;
  /** For a template: the labels, types or property names its `__Slot__`s take (fillTemplate). */
  slots?: Readonly<Record<string, string>>;
  mode: AccessMode;
  params: PS;
  row: RS;
}): Query<z.input<PS>, z.output<RS>> {
  const source = readCypher(spec.file);
  const text = spec.slots ? fillTemplate(source, spec.slots) : source;
  const runIn = async (send: Send, params: z.input<PS>) => {
    const result = await send(text, spec.params.parse(params) as Record<string, unknown>);
    return result.records.map((record) => spec.row.parse(record.toObject()) as z.output<RS>);
  };
  async function* stream(db: Executor, params: z.input<PS>, options?: StreamOptions): AsyncGenerator<z.output<RS>> {
    for await (const record of db.stream(spec.mode, text, spec.params.parse(params) as Record<string, unknown>, options)) {
      yield spec.row.parse(record.toObject()) as z.output<RS>;
    }
  }
  const name = cypherName(spec.file);
  const query: Query<z.input<PS>, z.output<RS>> = {
    name,
    mode: spec.mode,
    text,
    run: (db, params) => db.transaction(spec.mode, (send) => runIn(send, params)),
    runIn,
    stream,
  };
  registry.set(`${name}\n${text}`, { name, file: spec.file, mode: spec.mode, text, slots: spec.slots, params: spec.params, row: spec.row, query: query as Query<never, unknown> });
  return query;
}

/** The families perKey made: each builds all its members when called. */
const families: Array<() => void> = [];

/**
 * A family of handles built per key (a label, a relation) from one template: each member is
 * built on first use and kept. The family is listed, so the statement tests can build every
 * member (buildEveryTemplate) and check and run each one, not only those a test happened to use.
 */
export function perKey<K, T>(keys: readonly K[], build: (key: K) => T): (key: K) => T {
  const built = new Map<K, T>();
  const member = (key: K): T => {
    let handles = built.get(key);
    if (handles === undefined) {
      handles = build(key);
      built.set(key, handles);
    }
    return handles;
  };
  families.push(() => {
    for (const key of keys) member(key);
  });
  return member;
}

/** Builds every member of every perKey family made so far (they then show in registeredQueries). */
export function buildEveryTemplate(): void {
  for (const buildAll of families) buildAll();
}
