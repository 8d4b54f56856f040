import type { z } from 'zod';
import type { AccessMode, Executor } from './executor.js';
import { readCypher } from './cypher.js';

/**
 * A typed handle on one statement in cypher/: its parameters and each row it returns are
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
  name: string;
  mode: AccessMode;
  params: PS;
  row: RS;
  /** The statement's text when it is not `cypher/<name>.cypher` as it stands (a filled template). */
  text?: string;
}): Query<z.input<PS>, z.output<RS>> {
  const text = spec.text ?? readCypher(spec.name);
  const runIn = async (send: Send, params: z.input<PS>) => {
    const result = await send(text, spec.params.parse(params) as Record<string, unknown>);
    return result.records.map((record) => spec.row.parse(record.toObject()) as z.output<RS>);
  };
  return {
    name: spec.name,
    mode: spec.mode,
    text,
    run: (db, params) => db.transaction(spec.mode, (send) => runIn(send, params)),
    runIn,
  };
}
