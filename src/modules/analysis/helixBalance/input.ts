import { z } from 'zod';
import { exactlyOneScope, SCOPE_ARGS, scopeOf } from '../scope.js';

/** helixBalance(program | theme | region): exactly one, parsed to a Scope. */
export const HelixBalanceArgs = z.object(SCOPE_ARGS).superRefine(exactlyOneScope).transform(scopeOf);
