import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';

interface PageHeaderProps {
  readonly title: string;
  /** The question the page answers, in the analyst's words. */
  readonly question?: string;
  readonly children?: ReactNode;
}

/** A page's title (also the document's), the question it answers, and actions beside them. */
export function PageHeader({ title, question, children }: PageHeaderProps) {
  const t = useT('common');
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {question && <p className="question">{question}</p>}
      </div>
      {children && <div className="page-actions">{children}</div>}
    </header>
  );
}

/**
 * The rule an analysis used, in the page's language from the catalogue (the API's own `rule`
 * field is English and stays for API users), folded under "the rule used".
 */
export function RuleBox({ children }: { children: ReactNode }) {
  const t = useT('common');
  return (
    <details className="rule" data-testid="rule">
      <summary>{t('rule.title')}</summary>
      <div className="rule-summary">{children}</div>
    </details>
  );
}
