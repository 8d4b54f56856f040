import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { defineQuery } from '../../db/query.js';
import { RECORDS, type Records } from '../../model/records.js';
import { NODE_KINDS, type NodeKind } from '../network/types.js';
import type { Candidate } from './rank.js';

/** The nine labels a lookup can find, by the NodeKind the API names them with. */
export type LookupLabel = (typeof NODE_KINDS)[NodeKind];
const KIND_OF = new Map<string, NodeKind>(Object.entries(NODE_KINDS).map(([kind, label]) => [label, kind as NodeKind]));
const LookupLabel = z.enum(Object.values(NODE_KINDS) as [LookupLabel, ...LookupLabel[]]);

const candidatesQuery = defineQuery({
  file: new URL('./candidates.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    query: z.string().nullable(),
    keys: z.array(z.string()),
    labels: z.array(LookupLabel),
    limit: z.number().int().min(1),
  }),
  row: z.object({
    label: LookupLabel,
    props: z.record(z.string(), z.unknown()),
    score: z.number(),
    parent: z.object({ label: LookupLabel, key: z.string(), name: z.string() }).nullable(),
  }),
});
type Row = Awaited<ReturnType<typeof candidatesQuery.run>>[number];

/** The node a candidate stands for, as the entity resolvers take it. */
export type LookupRecord = Records[LookupLabel];

interface CandidateOf<L extends LookupLabel> extends Candidate {
  readonly label: L;
  readonly record: Records[L];
  /** The region or theme it is part of. */
  readonly parent: { readonly kind: NodeKind; readonly key: string; readonly name: string } | null;
}

/** A node the lookup may answer with: what ranking needs, and the record itself. */
export type LookupCandidate = { [L in LookupLabel]: CandidateOf<L> }[LookupLabel];

/** The label of each record a lookup handed out, for the LookupNode union to resolve its type. */
const LABEL_OF_RECORD = new WeakMap<object, LookupLabel>();

/** The GraphQL type of a record that findCandidates returned. */
export function typenameOf(record: object): LookupLabel {
  const label = LABEL_OF_RECORD.get(record);
  if (label === undefined) throw new Error('typenameOf: not a record that a lookup returned');
  return label;
}

function candidateOf(row: Row): LookupCandidate {
  const record = RECORDS[row.label].parse(row.props) as LookupRecord;
  LABEL_OF_RECORD.set(record, row.label);
  const props = record as Partial<Record<string, unknown>>;
  const key = String(props.code ?? props.id);
  const title = typeof props.title === 'string' ? props.title : null;
  return {
    label: row.label as never,
    kind: KIND_OF.get(row.label)!,
    key,
    name: title ?? String(props.name ?? key),
    nameField: title !== null ? 'TITLE' : 'NAME',
    acronym: typeof props.acronym === 'string' ? props.acronym : null,
    regionLevel: row.label === 'Region' ? String(props.level) : null,
    isCity: typeof props.isCity === 'boolean' ? props.isCity : null,
    score: row.score,
    record: record as never,
    parent: row.parent ? { kind: KIND_OF.get(row.parent.label)!, key: row.parent.key, name: row.parent.name } : null,
  };
}

export interface CandidateRequest {
  /** A Lucene query for name_lookup, or null for the key look-up alone. */
  readonly query: string | null;
  readonly keys: readonly string[];
  readonly labels: readonly LookupLabel[];
  readonly limit: number;
}

/** The nodes the full-text query or the keys find, of the labels asked for, in one statement. */
export async function findCandidates(db: Executor, request: CandidateRequest): Promise<LookupCandidate[]> {
  const rows = await candidatesQuery.run(db, { ...request, keys: [...request.keys], labels: [...request.labels] });
  return rows.map(candidateOf);
}
