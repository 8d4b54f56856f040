import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useI18n, useT } from '../i18n/I18nProvider.js';
import type { Lang } from '../i18n/define.js';
import { QUESTION_PATHS, SEARCH_PATH } from '../paths.js';
import { useGraphQL } from '../api/useGraphQL.js';
import { GRAPH_SUMMARY, type GraphSummaryAnswer } from '../queries/summary.js';
import type { KeyOf } from '../i18n/catalogue.js';

const NAV: Array<[keyof typeof QUESTION_PATHS, KeyOf<'common'>]> = [
  ['gaps', 'nav.gaps'],
  ['overlaps', 'nav.overlaps'],
  ['whoDoesWhat', 'nav.whoDoesWhat'],
  ['helix', 'nav.helix'],
  ['conformance', 'nav.conformance'],
  ['peers', 'nav.peers'],
  ['indicators', 'nav.indicators'],
];

function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const t = useT('common');
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.switch')}>
      {(['id', 'en'] as Lang[]).map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={lang === option} data-testid={`lang-${option}`}
          onClick={() => setLang(option)} title={t(`lang.${option}`)}>
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/**
 * Says, on every page, that the demo graph's programs and indicators are made up, so that no
 * finding is taken for fact; nothing when the graph holds no synthetic program.
 */
function SyntheticNotice() {
  const t = useT('common');
  const { fmt } = useI18n();
  const { data } = useGraphQL<GraphSummaryAnswer>(GRAPH_SUMMARY);
  const programs = data?.graphSummary.counts.find((row) => row.label === 'Program');
  if (!programs || programs.synthetic === 0) return null;
  return (
    <p className="synthetic-notice" data-testid="synthetic-notice">
      {t('synthetic.notice', { programs: fmt.number(programs.synthetic), total: fmt.number(programs.total) })}{' '}
      <Link to="/">{t('synthetic.more')}</Link>
    </p>
  );
}

/** The frame of every page: skip link, top bar, question navigation, the page, the footer. */
export function Layout() {
  const t = useT('common');
  return (
    <div className="app">
      <a className="skip-link" href="#content">{t('nav.skip')}</a>
      <header className="topbar">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <span className="tagline">{t('app.tagline')}</span>
        <nav className="tools" aria-label="tools">
          <NavLink to={SEARCH_PATH}>{t('nav.search')}</NavLink>
          <a href="/explorer">{t('nav.explorer')}</a>
          <a href="/playground">{t('nav.playground')}</a>
          <a href="/docs/">{t('nav.docs')}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <nav className="questions" aria-label={t('nav.main')}>
        <NavLink to="/" end>{t('nav.home')}</NavLink>
        {NAV.map(([name, key]) => <NavLink key={name} to={QUESTION_PATHS[name]}>{t(key)}</NavLink>)}
      </nav>
      <SyntheticNotice />
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<div className="state state-loading" role="status">{t('state.loading')}</div>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('footer.geo')} <a href="/docs/geo-source">{t('footer.geoMore')}</a></p>
      </footer>
    </div>
  );
}

export function NotFound() {
  const t = useT('common');
  return (
    <section className="state" data-state="not-found">
      <h1>{t('state.notFound')}</h1>
      <p>{t('state.notFoundHint')} <Link to="/">{t('nav.home')}</Link></p>
    </section>
  );
}
