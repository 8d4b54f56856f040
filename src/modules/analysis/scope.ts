import { z } from 'zod';

/** What the analyses' arguments share: an id or code, and "exactly one of program, theme or region". */

/** An id or a code, as an analysis argument. */
export const Key = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** An optional id in a filter: null when not given. */
export const OptionalId = z.string().min(1, 'must not be empty').nullish().transform((v) => v ?? null);

export const SCOPE_KINDS = ['program', 'theme', 'region'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** One program, one theme or one region: what helixBalance and indicatorProgress look at. */
export interface Scope {
  readonly kind: ScopeKind;
  readonly key: string;
}

/** The three scope arguments, to spread into an analysis's arguments object. */
export const SCOPE_ARGS = { program: Key.nullish(), theme: Key.nullish(), region: Key.nullish() };

type ScopeArgs = Partial<Record<ScopeKind, string | null>>;

/**
 * A refinement: exactly one of program, theme or region is given. The issue names the arguments
 * at fault: all three when none is given, the ones given when several are.
 */
export function exactlyOneScope(args: ScopeArgs, ctx: z.RefinementCtx): void {
  const given = SCOPE_KINDS.filter((name) => args[name] != null);
  if (given.length === 1) return;
  for (const name of given.length === 0 ? SCOPE_KINDS : given) {
    ctx.addIssue({ code: 'custom', path: [name], message: `give exactly one of program, theme or region (got ${given.length})` });
  }
}

/** The scope of arguments that passed exactlyOneScope. */
export function scopeOf(args: ScopeArgs): Scope {
  const kind = SCOPE_KINDS.find((name) => args[name] != null)!;
  return { kind, key: args[kind]! };
}

/** The node label of each scope kind, for NOT_FOUND. */
export const SCOPE_LABELS = { program: 'Program', theme: 'Theme', region: 'Region' } as const;
