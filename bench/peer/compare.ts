/**
 * Whether the peer gave the same answer as our API, after putting both in one shape: the two
 * schemas differ (connections with `nodes` against `edges { node }`, a role on a wrapper type
 * against one on the relationship's properties), the answers must not.
 */
export type AnswerShape = 'programList' | 'agenciesWithPrograms';

/** Which shape each compared case has (the entity cases of bench/cases and PEER_ANALYSES). */
export const ANSWER_SHAPES: Record<string, AnswerShape> = {
  programPage: 'programList',
  agenciesWithPrograms: 'agenciesWithPrograms',
  programsMissingStrandTheme: 'programList',
  programsMissingStrandRegion: 'programList',
};

type Json = Record<string, any>;

/** The single top-level field of an answer's data (each query asks for one). */
function only(data: Json): any {
  const values = Object.values(data ?? {});
  if (values.length !== 1) throw new Error(`expected one top-level field, got ${Object.keys(data ?? {}).join(', ') || 'none'}`);
  return values[0];
}

/** A page of programs: the total, and the programs in order with every field asked for. */
function programList(page: Json): Json {
  const nodes: Json[] = page.nodes ?? page.edges.map((edge: Json) => edge.node);
  return { totalCount: page.totalCount, programs: nodes };
}

/**
 * Agencies in order; per agency its (role, program) pairs as a sorted set and per program its
 * regions as a sorted set (lists inside an agency come in no set order on either side).
 */
function agenciesWithPrograms(agencies: Json): Json {
  const list: Json[] = agencies.nodes ?? agencies;
  return list.map((agency) => {
    const links: Json[] = agency.programs
      ?? agency.programsConnection.edges.map((edge: Json) => ({ role: edge.properties.role, program: edge.node }));
    const programs: Json = {};
    for (const { program } of links) {
      programs[program.id] = {
        name: program.name,
        regions: program.regions.map((r: Json) => `${r.code} ${r.name}`).sort(),
      };
    }
    return {
      id: agency.id,
      name: agency.name,
      participations: links.map((link) => `${link.role} ${link.program.id}`).sort(),
      programs: Object.fromEntries(Object.entries(programs).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
  });
}

export function normalise(shape: AnswerShape, data: Json): Json {
  const answer = only(data);
  return shape === 'programList' ? programList(answer) : agenciesWithPrograms(answer);
}

/** Paths at which two normalised answers differ, `limit` at most. */
function differences(ours: unknown, peer: unknown, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (ours === peer) return;
  const bothObjects = typeof ours === 'object' && typeof peer === 'object' && ours !== null && peer !== null;
  if (!bothObjects || Array.isArray(ours) !== Array.isArray(peer)) {
    out.push(`${path || '(root)'}: ours ${JSON.stringify(ours)}, peer ${JSON.stringify(peer)}`);
    return;
  }
  if (Array.isArray(ours) && Array.isArray(peer) && ours.length !== peer.length) {
    out.push(`${path}: ours has ${ours.length} items, peer ${peer.length}`);
  }
  const keys = new Set([...Object.keys(ours as object), ...Object.keys(peer as object)]);
  for (const key of keys) {
    differences((ours as Json)[key], (peer as Json)[key], `${path}${Array.isArray(ours) ? `[${key}]` : `.${key}`}`, out, limit);
  }
}

/** The differences between our answer and the peer's for a case (empty: the same answer). */
export function comparePeerAnswers(caseName: string, ours: Json, peer: Json, limit = 10): string[] {
  const shape = ANSWER_SHAPES[caseName];
  if (!shape) throw new Error(`no comparison is defined for ${caseName}`);
  const out: string[] = [];
  differences(normalise(shape, ours), normalise(shape, peer), '', out, limit);
  return out;
}
