import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { program } from './resolvers/Query/program.js';
import { programs } from './resolvers/Query/programs.js';
import { createProgram } from './resolvers/Mutation/createProgram.js';
import { updateProgram } from './resolvers/Mutation/updateProgram.js';
import { deleteProgram } from './resolvers/Mutation/deleteProgram.js';
import { Program } from './resolvers/Program.js';

/** The program module: SDL in program.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Program.ts. */
export const resolvers = {
  Query: { program, programs },
  Mutation: { createProgram, updateProgram, deleteProgram },
  Program,
} satisfies Resolvers;
