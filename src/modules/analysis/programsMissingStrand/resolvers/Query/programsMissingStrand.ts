import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parsePageArgs, toConnection } from '../../../../../graphql/connection.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { ProgramsMissingStrandArgs } from '../../input.js';
import { programsMissingStrand as findProgramsMissingStrand } from '../../programsMissingStrand.js';

/** A ProgramConnection, which has no `rule` field: the rule reaches clients in the field's description. */
export const programsMissingStrand: NonNullable<QueryResolvers['programsMissingStrand']> = async (_, args, ctx) => {
  const page = parsePageArgs(args);
  const programs = await findProgramsMissingStrand(ctx.db, parseArgs(ProgramsMissingStrandArgs, args), page);
  return toConnection(programs, page.first, (program) => program.id);
};
