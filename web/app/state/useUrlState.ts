import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's choices live in the address (?theme=...&level=...), so a copied link reproduces the
 * view. Values are strings; a page turns them into numbers or flags itself. Setting a value to
 * null or '' removes it; each change replaces the history entry, so Back leaves the page.
 */
export function useUrlState<K extends string>(defaults: Readonly<Record<K, string>>) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    (Object.keys(defaults) as K[]).map((key) => [key, params.get(key) ?? defaults[key]]),
  ) as Record<K, string>;
  const set = useCallback((patch: Partial<Record<K, string | null>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch) as Array<[string, string | null | undefined]>) {
        if (value === null || value === undefined || value === '' || value === defaults[key as K]) next.delete(key);
        else next.set(key, value);
      }
      return next;
    }, { replace: true });
  }, [setParams, defaults]);
  return [values, set] as const;
}
