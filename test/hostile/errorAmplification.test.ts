import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_ERROR_MESSAGE, MAX_ERRORS } from '../../src/graphql/server.js';
import { VARIABLE_LIMITS } from '../../src/graphql/variableLimits.js';
import { openHostileApi, type HostileApi } from './support.js';

/*
 * Finding 3 of issue 12, error amplification: 46,656 unknown keys in one variable (373 KB) were
 * answered with 18.7 MB after 3.2 s of CPU, each of graphql-js's errors quoting the whole object;
 * and 10,000-deep JSON in importBundle's variables overflowed the stack (INTERNAL_SERVER_ERROR).
 * Now the variables' shape is checked before they are coerced, and every error response is
 * bounded in count and length, whatever the input.
 */

let api: HostileApi;

beforeAll(async () => {
  api = await openHostileApi();
  await api.db.wipe();
});

afterAll(async () => {
  await api?.close();
});

/** 6^6 = 46,656 keys of six letters: the adversarial run's filter. */
function unknownKeys(): Record<string, boolean> {
  const letters = 'abcdef';
  const filter: Record<string, boolean> = {};
  for (let n = 0; n < 6 ** 6; n += 1) {
    let key = '';
    for (let digit = 0, rest = n; digit < 6; digit += 1, rest = Math.floor(rest / 6)) key += letters[rest % 6];
    filter[key] = true;
  }
  return filter;
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

describe('error amplification', () => {
  it('answers 46,656 unknown keys in a filter (373 KB) with one short 400, in well under a second', async () => {
    const body = JSON.stringify({ query: 'query ($f: AgencyFilter) { agencies(filter: $f) { totalCount } }', variables: { f: unknownKeys() } });
    expect(body.length).toBeGreaterThan(370_000);
    const answer = await api.post(body);
    expect(answer.status).toBe(400);
    expect(answer.text.length).toBeLessThan(64 * 1024);
    expect(answer.ms).toBeLessThan(1000);
    expect(answer.body?.errors).toHaveLength(1);
    expect(answer.body?.errors?.[0]).toMatchObject({
      message: `Invalid input: variables.f: 46656 keys; at most ${VARIABLE_LIMITS.maxKeys}`,
      extensions: { code: 'BAD_USER_INPUT', field: 'variables.f' },
    });
  });

  it('answers 10,000-deep JSON in importBundle\'s variables with 400 BAD_USER_INPUT, not a stack overflow', async () => {
    const query = 'mutation ($bundle: JSON!) { importBundle(bundle: $bundle, dryRun: true) { status } }';
    // Written by hand: JSON.stringify itself would overflow on some stacks.
    const deep = `{"query":${JSON.stringify(query)},"variables":{"bundle":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
    const answer = await api.post(deep);
    expect(answer.status).toBe(400);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(answer.body?.errors?.[0]?.message).toContain(`nested more than ${VARIABLE_LIMITS.maxDepth} levels deep`);
    // Within the limit, the same shape reaches the import (which refuses it for what it is).
    const shallow = await api.post({ query, variables: { bundle: nested(VARIABLE_LIMITS.maxDepth - 2) } });
    expect(shallow.status).not.toBe(500);
    expect(shallow.body?.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it(`bounds any error response: at most ${MAX_ERRORS} errors and one counting the rest, each at most ${MAX_ERROR_MESSAGE} characters`, async () => {
    // 60 foci with 300 unknown keys each: within the shape limits, yet graphql-js reports 50
    // errors, each quoting its whole object (about 5 KB).
    const focus = Array.from({ length: 60 }, (_, index) => Object.fromEntries(Array.from({ length: 300 }, (_, key) => [`k${index}_${key}`, 'xxxx'])));
    const logged = vi.spyOn(console, 'error');
    const answer = await api.post({ query: 'query ($focus: [NetworkFocus!]!) { network(focus: $focus) { truncated } }', variables: { focus } });
    const errorLines = logged.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('"level":"error"'));
    logged.mockRestore();
    // graphql-js's 51st error ("Too many errors processing variables") is the client's too.
    expect(errorLines).toEqual([]);
    expect(answer.status).toBe(400);
    const errors = answer.body!.errors!;
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)).toMatchObject({ message: expect.stringMatching(/^\d+ more errors left out$/), extensions: { code: 'BAD_USER_INPUT' } });
    for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE + 40);
    expect(answer.text.length).toBeLessThan(64 * 1024);
  });
});
