import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { indicator } from './resolvers/Query/indicator.js';
import { indicators } from './resolvers/Query/indicators.js';
import { createIndicator } from './resolvers/Mutation/createIndicator.js';
import { updateIndicator } from './resolvers/Mutation/updateIndicator.js';
import { deleteIndicator } from './resolvers/Mutation/deleteIndicator.js';
import { setMeasurement } from './resolvers/Mutation/setMeasurement.js';
import { deleteMeasurement } from './resolvers/Mutation/deleteMeasurement.js';
import { Measurement } from './resolvers/Measurement.js';
import { Indicator } from './resolvers/Indicator.js';

/** The indicator module: SDL in indicator.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Indicator.ts. */
export const resolvers = {
  Query: { indicator, indicators },
  Mutation: { createIndicator, updateIndicator, deleteIndicator, setMeasurement, deleteMeasurement },
  Indicator, Measurement,
} satisfies Resolvers;
