import { Link, useNavigate } from 'react-router';
import { useGraphQL } from '../api/useGraphQL.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import type { KeyOf } from '../i18n/catalogue.js';
import { isProfileKind, profilePath, QUESTION_PATHS } from '../paths.js';
import { GRAPH_SUMMARY, type GraphSummaryAnswer, type KindCount as KindRow } from '../queries/summary.js';

/** Each question with the page that answers it, opened on a telling example. */
const QUESTIONS: Array<{ key: KeyOf<'home'>; to: string; testId: string }> = [
  { key: 'q.gaps', to: `${QUESTION_PATHS.gaps}?theme=pengurangan-kemiskinan`, testId: 'gaps' },
  { key: 'q.overlaps', to: QUESTION_PATHS.overlaps, testId: 'overlaps' },
  { key: 'q.whoDoesWhat', to: QUESTION_PATHS.whoDoesWhat, testId: 'who-does-what' },
  { key: 'q.helix', to: `${QUESTION_PATHS.helix}?theme=digitalisasi`, testId: 'helix' },
  { key: 'q.conformance', to: `${QUESTION_PATHS.conformance}?agency=pemprov-gorontalo`, testId: 'conformance' },
  { key: 'q.peers', to: `${QUESTION_PATHS.peers}?agency=pemkot-manado&theme=digitalisasi`, testId: 'peers' },
  { key: 'q.indicators', to: `${QUESTION_PATHS.indicators}?region=53.04`, testId: 'indicators' },
];

export default function Home() {
  const t = useT('home');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const navigate = useNavigate();
  const summary = useGraphQL<GraphSummaryAnswer>(GRAPH_SUMMARY);
  const kinds = summary.data?.graphSummary.counts ?? [];
  const total = kinds.reduce((sum, row) => sum + row.total, 0);
    const columns: Column<KindRow>[] = [
    { key: 'kind', header: t('holds.kind'), value: (row) => enumLabel('NodeKind', row.kind ?? row.label.toUpperCase()) },
    { key: 'total', header: t('holds.total'), value: (row) => row.total, render: (row) => fmt.number(row.total), numeric: true },
    { key: 'fromSources', header: t('holds.fromSources'), value: (row) => row.fromSources, render: (row) => fmt.number(row.fromSources), numeric: true },
    { key: 'synthetic', header: t('holds.synthetic'), value: (row) => row.synthetic, render: (row) => fmt.number(row.synthetic), numeric: true },
    { key: 'unsourced', header: t('holds.unsourced'), value: (row) => row.unsourced, render: (row) => fmt.number(row.unsourced), numeric: true },
  ];
  return (
    <div className="home">
      <PageHeader title={common('app.name')} question={t('lead')}>
        <ShowAsGraphQL query={GRAPH_SUMMARY} />
      </PageHeader>

      <section className="home-search" aria-labelledby="home-search-title">
        <h2 id="home-search-title">{t('search.title')}</h2>
        <EntityPicker label={t('search.label')} kinds={['AGENCY', 'REGION', 'THEME', 'PROGRAM', 'PARTNER', 'FORUM']} value="" testId="home-search"
          onChange={(key, match) => { if (match && isProfileKind(match.kind)) navigate(profilePath(match.kind, key)); }} />
        <p className="muted">{t('search.example', { examples: 'kemiskinan, Kab. Nunukan, PANRB, Kota Tarakan, SPBE' })}</p>
      </section>

      <section aria-labelledby="home-questions-title">
        <h2 id="home-questions-title">{t('questions.title')}</h2>
        <ul className="question-cards">
          {QUESTIONS.map((question) => (
            <li key={question.key}>
              <Link to={question.to} data-testid={`question-${question.testId}`}>{t(question.key)}</Link>
            </li>
          ))}
          <li><a href="/explorer" data-testid="question-network">{t('q.network')}</a></li>
        </ul>
      </section>

      <div className="two-columns">
        <section aria-labelledby="home-holds-title">
          <h2 id="home-holds-title">{t('holds.title')}</h2>
          <QueryStatus isPending={summary.isPending} error={summary.error} onRetry={() => void summary.refetch()}>
            <p>{t('holds.lead', { total: fmt.number(total), relationships: fmt.number(summary.data?.graphSummary.relationships) })}</p>
            <DataTable testId="holds" caption={t('holds.title')} fileName="isi-graf" rows={kinds} columns={columns} rowKey={(row) => row.label} />
            <p className="muted">{t('holds.otherHint')}</p>
          </QueryStatus>
        </section>
        <section aria-labelledby="home-articles-title">
          <h2 id="home-articles-title">{t('articles.title')}</h2>
          <QueryStatus isPending={summary.isPending} error={summary.error}>
            <ol className="articles" data-testid="articles">
              {(summary.data?.graphSummary.articles ?? []).map((article) => (
                <li key={article.ref}>
                  <span className="article-title">{article.title}</span>{' '}
                  <span className="muted">({t('articles.cited', { count: fmt.number(article.nodes) })})</span>
                </li>
              ))}
            </ol>
          </QueryStatus>
          <h2>{t('tools.title')}</h2>
          <ul className="tools-list">
            <li><a href="/playground">{common('nav.playground')}</a>: {t('tools.playground')}</li>
            <li><a href="/explorer">{common('nav.explorer')}</a>: {t('tools.explorer')}</li>
            <li><a href="/docs/">{common('nav.docs')}</a>: {t('tools.docs')}</li>
          </ul>
        </section>
      </div>
    </div>
  );
}
