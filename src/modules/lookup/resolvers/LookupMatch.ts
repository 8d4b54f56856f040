import type { LookupMatchResolvers } from '../../../graphql/generated/resolvers.js';

/** A match's fields, read from its candidate. */
export const LookupMatch: LookupMatchResolvers = {
  kind: (hit) => hit.candidate.kind,
  key: (hit) => hit.candidate.key,
  name: (hit) => hit.candidate.name,
  acronym: (hit) => hit.candidate.acronym,
  score: (hit) => hit.candidate.score,
  detail: (hit) => hit.candidate,
  node: (hit) => hit.candidate.record,
};
