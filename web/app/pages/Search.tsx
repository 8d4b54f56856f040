import { useEffect, useState } from 'react';
import { useGraphQL } from '../api/useGraphQL.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink } from '../components/EntityLink.js';
import { matchLabel, useMatchDetail } from '../components/EntityPicker.js';
import { PageHeader } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { useEnumLabel, useT } from '../i18n/I18nProvider.js';
import { PROFILE_KINDS } from '../paths.js';
import { LOOKUP, type LookupAnswer, type LookupMatch } from '../queries/pickers.js';
import { useUrlState } from '../state/useUrlState.js';

const DEFAULTS = { q: '', kind: '' } as const;
const KINDS = Object.keys(PROFILE_KINDS);

export default function Search() {
  const t = useT('search');
  const enumLabel = useEnumLabel();
  const describe = useMatchDetail();
  const [state, setState] = useUrlState(DEFAULTS);
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);
  const variables = { text: state.q, kinds: state.kind ? [state.kind] : KINDS, first: 50 };
  const answer = useGraphQL<LookupAnswer>(LOOKUP, variables, { enabled: state.q.trim().length > 0 });
  const matches = answer.data?.lookup.matches ?? [];
  const suggestions = answer.data?.lookup.suggestions ?? [];
  const columns: Column<LookupMatch>[] = [
    { key: 'name', header: t('name'), value: matchLabel, render: (row) => <EntityLink kind={row.kind} id={row.key} name={row.name} acronym={row.acronym} /> },
    { key: 'kind', header: t('kind'), value: (row) => enumLabel('NodeKind', row.kind) },
    { key: 'detail', header: t('detail'), value: describe },
    { key: 'key', header: t('key'), value: (row) => row.key },
  ];
  return (
    <div className="search-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={LOOKUP} variables={variables} />
      </PageHeader>
      <form className="controls" role="search" onSubmit={(event) => { event.preventDefault(); setState({ q: text.trim() }); }}>
        <label>
          {t('label')}
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} data-testid="search-input" size={40} />
        </label>
        <label>
          {t('kind')}
          <select value={state.kind} onChange={(event) => setState({ kind: event.target.value })} data-testid="search-kind">
            <option value="">{t('allKinds')}</option>
            {KINDS.map((kind) => <option key={kind} value={kind}>{enumLabel('NodeKind', kind)}</option>)}
          </select>
        </label>
        <button type="submit" className="button">{t('submit')}</button>
      </form>
      {state.q.trim().length === 0 ? <p className="state">{t('prompt')}</p> : (
        <QueryStatus isPending={answer.isPending} error={answer.error} onRetry={() => void answer.refetch()}>
          {matches.length > 0 ? (
            <>
              <p data-testid="search-summary">{t('results', { count: String(matches.length), text: state.q })}</p>
              <DataTable testId="search-results" caption={t('title')} fileName="pencarian" rows={matches} columns={columns} rowKey={(row) => `${row.kind}:${row.key}`} />
            </>
          ) : (
            <div className="state" data-testid="search-none">
              <p>{t('none', { text: state.q })} {suggestions.length > 0 ? t('suggestions') : t('noSuggestion')}</p>
              {suggestions.length > 0 && (
                <ul data-testid="search-suggestions">
                  {suggestions.map((match) => (
                    <li key={`${match.kind}:${match.key}`}>
                      <EntityLink kind={match.kind} id={match.key} name={match.name} acronym={match.acronym} />{' '}
                      <span className="muted">({enumLabel('NodeKind', match.kind)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </QueryStatus>
      )}
    </div>
  );
}
