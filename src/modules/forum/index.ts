import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { forum } from './resolvers/Query/forum.js';
import { forums } from './resolvers/Query/forums.js';
import { createForum } from './resolvers/Mutation/createForum.js';
import { updateForum } from './resolvers/Mutation/updateForum.js';
import { deleteForum } from './resolvers/Mutation/deleteForum.js';
import { Forum } from './resolvers/Forum.js';

/** The forum module: SDL in forum.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Forum.ts. */
export const resolvers = {
  Query: { forum, forums },
  Mutation: { createForum, updateForum, deleteForum },
  Forum,
} satisfies Resolvers;
