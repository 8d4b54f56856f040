import type { GraphqlRequest } from '../cases/entities.js';

/**
 * Sends one GraphQL request over HTTP and returns its data; any error in the answer throws,
 * naming the operation, so a benchmark never times a failure.
 */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.json() as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    const name = /query\s+(\w+)/.exec(request.query)?.[1] ?? 'query';
    throw new Error(`${name} at ${url} failed (HTTP ${response.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}
