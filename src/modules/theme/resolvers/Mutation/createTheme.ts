import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createTheme: NonNullable<MutationResolvers['createTheme']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Theme', input);
