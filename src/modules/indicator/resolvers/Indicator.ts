import type { IndicatorResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** National figures have no region; `region: "ID"` asks for them. */
const NATIONAL = 'ID';

/** An indicator's fields beyond its own properties: the programs it measures, its measurements. */
export const Indicator: IndicatorResolvers = {
  sources: sourcesOf,
  programs: (indicator, _, ctx) => ctx.loaders.nodesLinked('MEASURED_BY', 'IN', indicator.id),
  measurements: async (indicator, { year, region }, ctx) =>
    (await ctx.loaders.measurements.load(indicator.id))
      .filter((m) => (year == null || m.year === year) && (region == null || (m.regionCode ?? NATIONAL) === region)),
};
