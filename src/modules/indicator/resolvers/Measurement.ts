import type { MeasurementResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A measurement's sources and its region (none for a national figure). */
export const Measurement: MeasurementResolvers = {
  sources: sourcesOf,
  region: (measurement, _, ctx) => (measurement.regionCode ? ctx.loaders.node('Region').load(measurement.regionCode) : null),
};
