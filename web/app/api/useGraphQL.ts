import { useQuery } from '@tanstack/react-query';
import { cleanVariables, request, type Variables } from './client.js';

/**
 * Runs a query and caches its answer by query and variables (TanStack Query): going back to a
 * view is instant, and two parts of a page asking the same thing send one request. With
 * `enabled: false` (a choice still missing) nothing is sent.
 */
export function useGraphQL<T>(query: string, variables: Variables = {}, options: { enabled?: boolean } = {}) {
  const vars = cleanVariables(variables);
  return useQuery<T, Error>({
    queryKey: [query, vars],
    queryFn: ({ signal }) => request<T>(query, vars, signal),
    enabled: options.enabled ?? true,
  });
}
