import { BadUserInputError } from '../errors.js';

/**
 * Limits on the shape of an operation's variables, checked before graphql-js coerces them.
 * Coercion is recursive and each of its errors prints the whole value it failed on (graphql-js's
 * inspect): 46,656 unknown keys in one filter made 50 errors of 373 KB each, 18.7 MB after 3 s
 * of CPU; a value nested 10,000 deep overflows the stack of whatever recurses over it next.
 */
export const VARIABLE_LIMITS = {
  /** Deepest nesting of arrays and objects (a bundle's node properties sit at about 6). */
  maxDepth: 64,
  /** Most keys of any one object (the widest input type has a few dozen fields). */
  maxKeys: 1000,
  /** Most values in all the variables together (a 1 MB bundle holds some tens of thousands). */
  maxValues: 200_000,
} as const;

export type VariableLimits = { readonly [K in keyof typeof VARIABLE_LIMITS]: number };

/** `variables.f.nodes[3]`: where a value sits, for the message. */
function pathOf(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
}

/**
 * Refuses variables nested too deep, with too wide an object or too many values in all, with a
 * BAD_USER_INPUT naming where (`variables.f: 46656 keys; at most 1000`). An iterative walk, in
 * one pass, that stops at the first excess: its cost is bounded by maxValues, never by the input.
 */
export function checkVariables(variables: unknown, limits: VariableLimits = VARIABLE_LIMITS): void {
  if (variables === null || typeof variables !== 'object') return;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: variables, path: 'variables', depth: 0 }];
  // Counted as they are pushed, so a wide array is refused before it fills the stack.
  let values = 1;
  const count = (more: number) => {
    values += more;
    if (values > limits.maxValues) throw BadUserInputError.of('variables', `more than ${limits.maxValues} values in all; at most ${limits.maxValues}`);
  };
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) throw BadUserInputError.of(path, `nested more than ${limits.maxDepth} levels deep; at most ${limits.maxDepth}`);
    if (Array.isArray(value)) {
      count(value.length);
      // Pushed last to first, so the walk (and the path of an error) goes in the order written.
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: pathOf(path, index), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxKeys) throw BadUserInputError.of(path, `${keys.length} keys; at most ${limits.maxKeys}`);
    count(keys.length);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      stack.push({ value: (value as Record<string, unknown>)[key], path: pathOf(path, key), depth: depth + 1 });
    }
  }
}
