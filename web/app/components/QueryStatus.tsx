import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { useT } from '../i18n/I18nProvider.js';
import type { KeyOf } from '../i18n/catalogue.js';

/** An error in plain words, by the API's code. */
export function useErrorText() {
  const t = useT('common');
  return (error: Error): string => {
    if (error instanceof ApiError) {
      if (error.code === 'NETWORK') return t('error.network');
      if (error.code === 'HTTP') return t('error.http', { status: error.status ?? '?' });
      const key = `error.${error.code}` as KeyOf<'common'>;
      const text = t(key, { message: error.message });
      if (!text.startsWith('common.')) return text;
    }
    return t('error.other', { message: error.message });
  };
}

interface QueryStatusProps {
  readonly isPending: boolean;
  readonly error: Error | null;
  readonly isEmpty?: boolean;
  readonly emptyText?: string;
  readonly onRetry?: () => void;
  readonly children?: ReactNode;
}

/**
 * Loading, error and empty states in plain words, or the children. `data-state` on the wrapper
 * (loading, error, empty, ready) tells the browser tests when the answer is on the page.
 */
export function QueryStatus({ isPending, error, isEmpty = false, emptyText, onRetry, children }: QueryStatusProps) {
  const t = useT('common');
  const errorText = useErrorText();
  const ready = !error && !isPending;
  useEffect(() => {
    // The first answer on screen: the browser test reads it as the page's first render time.
    if (ready && performance.getEntriesByName('kg:ready').length === 0) performance.mark('kg:ready');
  }, [ready]);
  if (error) {
    return (
      <div className="state state-error" role="alert" data-state="error">
        <p>{t('state.error', { message: errorText(error) })}</p>
        {onRetry && <button type="button" onClick={onRetry}>{t('state.retry')}</button>}
      </div>
    );
  }
  if (isPending) return <div className="state state-loading" role="status" data-state="loading">{t('state.loading')}</div>;
  if (isEmpty) return <div className="state state-empty" role="status" data-state="empty">{emptyText ?? t('state.empty')}</div>;
  return <div data-state="ready">{children}</div>;
}
