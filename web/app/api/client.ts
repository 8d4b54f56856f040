/**
 * The one way the workbench talks to the server: a POST of a named operation to this server's
 * /graphql. Every analysis a page shows comes from the API; no page computes one itself.
 */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** A failed request, with what the page needs to say why in plain words. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** The API's `extensions.code` (NOT_FOUND, BAD_USER_INPUT, ...), `NETWORK` or `HTTP`. */
    readonly code: string,
    readonly status?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type Variables = Record<string, unknown>;

/** Drops null, undefined and empty-string variables, so the API's defaults apply. */
export function cleanVariables(variables: Variables): Variables {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

export async function request<T>(query: string, variables: Variables = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: cleanVariables(variables) }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError((error as Error).message, 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'HTTP', response.status);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status, first.extensions?.field);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'HTTP', response.status);
  return body.data;
}

/** The playground with this query and these variables filled in ("show as GraphQL"). */
export function playgroundUrl(query: string, variables: Variables = {}): string {
  const params = new URLSearchParams({ query: query.trim() + '\n' });
  const vars = cleanVariables(variables);
  if (Object.keys(vars).length > 0) params.set('variables', JSON.stringify(vars, null, 2));
  return `/playground?${params.toString()}`;
}
