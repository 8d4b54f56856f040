import type { LookupDetailResolvers } from '../../../graphql/generated/resolvers.js';

/** What tells two matches of the same name apart; null where the kind has no such field. */
export const LookupDetail: LookupDetailResolvers = {
  regionLevel: (c) => (c.label === 'Region' ? c.record.level : null),
  isCity: (c) => (c.label === 'Region' ? c.record.isCity : null),
  agencyKind: (c) => (c.label === 'Agency' ? c.record.kind : null),
  governmentLevel: (c) => (c.label === 'Agency' ? c.record.level : null),
  startYear: (c) => (c.label === 'Program' ? c.record.startYear : null),
  endYear: (c) => (c.label === 'Program' ? c.record.endYear : null),
  year: (c) => (c.label === 'Regulation' || c.label === 'Forum' ? c.record.year : null),
  parent: (c) => c.parent,
};
