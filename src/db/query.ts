import type { z } from 'zod';
import type { AccessMode, Executor } from './executor.js';
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
}

export type Send = Parameters<Parameters<Executor['transaction']>[1]>[0];

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
  return {
    name: cypherName(spec.file),
    mode: spec.mode,
    text,
    run: (db, params) => db.transaction(spec.mode, (send) => runIn(send, params)),
    runIn,
  };
}
