import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { deleteMeasurement, setMeasurement } from './measurements/measurementMutations.js';
import { sourcesOf } from '../shared/sources.js';

/** National figures have no region; `region: "ID"` asks for them. */
const NATIONAL = 'ID';

export const indicatorResolvers = {
  Query: {
    indicator: (_, { id }, ctx) => ctx.loaders.node('Indicator').load(id),
    indicators: (_, args, ctx) => listConnection(ctx, 'Indicator', args, 'NAME'),
  },
  Mutation: {
    createIndicator: (_, { input }, ctx) => createNode(ctx, 'Indicator', input),
    updateIndicator: (_, { id, input }, ctx) => updateNode(ctx, 'Indicator', id, input),
    deleteIndicator: (_, { id }, ctx) => deleteNode(ctx, 'Indicator', id),
    setMeasurement: (_, { input }, ctx) => setMeasurement(ctx, input),
    deleteMeasurement: (_, { input }, ctx) => deleteMeasurement(ctx, input),
  },
  Indicator: {
    sources: sourcesOf,
    programs: (indicator, _, ctx) => ctx.loaders.nodesLinked('MEASURED_BY', 'IN', indicator.id),
    measurements: async (indicator, { year, region }, ctx) =>
      (await ctx.loaders.measurements.load(indicator.id))
        .filter((m) => (year == null || m.year === year) && (region == null || (m.regionCode ?? NATIONAL) === region)),
  },
  Measurement: {
    sources: sourcesOf,
    region: (measurement, _, ctx) => (measurement.regionCode ? ctx.loaders.node('Region').load(measurement.regionCode) : null),
  },
} satisfies Resolvers;
