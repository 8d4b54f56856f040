import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { theme } from './resolvers/Query/theme.js';
import { themes } from './resolvers/Query/themes.js';
import { createTheme } from './resolvers/Mutation/createTheme.js';
import { updateTheme } from './resolvers/Mutation/updateTheme.js';
import { deleteTheme } from './resolvers/Mutation/deleteTheme.js';
import { Theme } from './resolvers/Theme.js';

/** The theme module: SDL in theme.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Theme.ts. */
export const resolvers = {
  Query: { theme, themes },
  Mutation: { createTheme, updateTheme, deleteTheme },
  Theme,
} satisfies Resolvers;
