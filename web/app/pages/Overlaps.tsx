import { useEffect, useId, useMemo } from 'react';
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { ApiError, cleanVariables, request, type Variables } from '../api/client.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink, EntityLinks } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { ThemeSelect } from '../components/ThemeSelect.js';
import { titleCase, useEnumLabel, useI18n, useT, useYearSpan } from '../i18n/I18nProvider.js';
import {
  MANDATE_OVERLAPS, PROGRAM_OVERLAPS,
  type AgencyRef, type MandateOverlap, type MandateOverlapsAnswer, type MandateRef, type OverlapSide, type PageInfo,
  type ProgramOverlap, type ProgramOverlapsAnswer, type RegionRef, type RegulationRef,
} from '../queries/overlaps.js';
import { useUrlState } from '../state/useUrlState.js';

/** The page's choices as they sit in the address; `pages`/`mpages`: how many pages are loaded. */
const DEFAULTS = { theme: '', region: '', agency: '', minScore: '0', same: '', view: 'cards', pages: '1', mpages: '1' };
const MIN_SCORES = ['0', '0.25', '0.5', '0.75', '1'] as const;
/** Pairs per request: cards are long, 20 at a time reads well (and stays under the API's cost limit). */
const PAGE_SIZE = 20;
const MANDATE_PAGE_SIZE = 50;
/** The tables show every row loaded: the API's "load more" is the one way to lengthen them. */
const ALL_LOADED = 100_000;

interface Connection<N> { totalCount: number; pageInfo: PageInfo; nodes: N[] }

/**
 * A connection read page after page through the API's cursor (first/after). `pages` comes from
 * the address, so a copied link loads as many pages as the analyst had loaded.
 */
function useCursorPages<T, N>(query: string, variables: Variables, pages: number, connection: (answer: T) => Connection<N>, enabled = true) {
  const vars = cleanVariables(variables);
  const result = useInfiniteQuery<T, Error, InfiniteData<T, string | null>, unknown[], string | null>({
    queryKey: [query, vars, 'pages'],
    queryFn: ({ pageParam, signal }) => request<T>(query, { ...vars, after: pageParam }, signal),
    initialPageParam: null,
    enabled,
    getNextPageParam: (last) => {
      const info = connection(last).pageInfo;
      return info.hasNextPage && info.endCursor ? info.endCursor : undefined;
    },
  });
  const { data, hasNextPage, isFetchingNextPage, isError, fetchNextPage } = result;
  const loadedPages = data?.pages.length ?? 0;
  useEffect(() => {
    if (loadedPages > 0 && loadedPages < pages && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [loadedPages, pages, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const nodes = useMemo(() => (data?.pages ?? []).flatMap((page) => connection(page).nodes), [data, connection]);
  const first = data?.pages[0];
  return { ...result, nodes, totalCount: first ? connection(first).totalCount : 0, loadedPages };
}

const programConnection = (answer: ProgramOverlapsAnswer) => answer.programOverlaps;
const mandateConnection = (answer: MandateOverlapsAnswer) => answer.mandateOverlaps;

function pageCount(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 1;
}


function regulationText(regulation: RegulationRef, kindLabel: string): string {
  const details = [kindLabel, regulation.number, regulation.year == null ? null : String(regulation.year)].filter(Boolean).join(', ');
  return `${regulation.title} (${details})`;
}

function agencyText(agency: { name: string; acronym: string | null }): string {
  return agency.acronym && agency.acronym !== agency.name ? `${agency.name} (${agency.acronym})` : agency.name;
}

/** In a table cell, an agency by its acronym when it has one (the download keeps the full name). */
const shortAgency = (agency: AgencyRef) => ({ id: agency.id, name: agency.acronym ?? agency.name });

function MandateList({ mandates }: { mandates: readonly MandateRef[] }) {
  const t = useT('overlaps');
  const enumLabel = useEnumLabel();
  return (
    <ul className="mandate-list">
      {mandates.map((mandate) => (
        <li key={mandate.id}>
          <span className="mandate-title">{mandate.title}</span>
          {mandate.grantedBy.length > 0 && (
            <span className="legal-basis">
              {t('pair.legalBasis')}: {mandate.grantedBy.map((regulation) => regulationText(regulation, enumLabel('RegulationKind', regulation.kind))).join('; ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Side({ side, label }: { side: OverlapSide; label: string }) {
  const t = useT('overlaps');
  const years = useYearSpan();
  return (
    <section className="overlap-side" aria-label={label}>
      <h4>{label}</h4>
      <p className="overlap-program"><EntityLink kind="PROGRAM" id={side.program.id} name={side.program.name} /></p>
      <dl>
        <dt>{t('pair.years')}</dt>
        <dd>{years(side.program.startYear, side.program.endYear)}</dd>
        <dt>{t('pair.runBy')}</dt>
        <dd><EntityLinks kind="AGENCY" items={side.agencies} /></dd>
        <dt>{t('pair.mandate')}</dt>
        <dd data-testid="side-mandated" data-mandated={String(side.mandated)}>
          {side.mandated ? (
            <>
              <span className="mandate-flag yes"><span aria-hidden="true">✔ </span>{t('pair.mandated')}</span>
              <MandateList mandates={side.mandates} />
            </>
          ) : (
            <span className="mandate-flag no"><span aria-hidden="true">✘ </span>{t('pair.notMandated')}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The score in plain words, from the three factors the API gives (display arithmetic only). */
function useScoreText() {
  const t = useT('overlaps');
  const { fmt } = useI18n();
  return (pair: ProgramOverlap) => t('score.explain', {
    score: fmt.number(pair.score),
    theme: t(pair.themeMatch >= 1 ? 'score.themeSame' : 'score.themeSub', { value: fmt.number(pair.themeMatch) }),
    region: t('score.region', { pct: fmt.percent(pair.regionShare, 0) }),
    years: t('score.years', { pct: fmt.percent(pair.yearShare, 0) }),
  });
}

/** Levels whose names do not say what they are ("BENGKULU" is the province; "KOTA BENGKULU" says it). */
const NAMELESS_LEVELS = new Set(['PROVINCE', 'DISTRICT']);

/** Shared regions as links in title case, each with its level ("Bengkulu (provinsi)" is not Kota Bengkulu). */
function SharedRegions({ regions }: { regions: readonly RegionRef[] }) {
  const enumLabel = useEnumLabel();
  return (
    <>
      {regions.map((region, index) => (
        <span key={region.code} data-code={region.code}>
          {index > 0 && ', '}
          <EntityLink kind="REGION" id={region.code} name={region.name} />
          {NAMELESS_LEVELS.has(region.level) && <>{' '}<span className="region-level">({enumLabel('RegionLevel', region.level).toLowerCase()})</span></>}
        </span>
      ))}
    </>
  );
}

function KindBadge({ kind }: { kind: ProgramOverlap['kind'] }) {
  const enumLabel = useEnumLabel();
  const t = useT('overlaps');
  return <span className={`badge overlap-kind kind-${kind}`} title={t(`kind.hint.${kind}`)} data-kind={kind}>{enumLabel('OverlapKind', kind)}</span>;
}

function PairCard({ pair, n }: { pair: ProgramOverlap; n: number }) {
  const t = useT('overlaps');
  const { fmt } = useI18n();
  const years = useYearSpan();
  const scoreText = useScoreText();
  const headingId = useId();
  return (
    <article className="overlap-card" aria-labelledby={headingId} data-testid="overlap-card"
      data-first={pair.first.program.id} data-second={pair.second.program.id} data-score={pair.score} data-kind={pair.kind}>
      <header className="overlap-card-head">
        <h3 id={headingId}>{t('pair.label', { n: fmt.number(n) })}</h3>
        <span className="overlap-score" data-testid="overlap-score">{t('pair.score', { score: fmt.number(pair.score) })}</span>
        <KindBadge kind={pair.kind} />
        <span className="muted overlap-kind-hint">{t(`kind.hint.${pair.kind}`)}</span>
      </header>
      <div className="overlap-sides">
        <Side side={pair.first} label={t('pair.programA')} />
        <span className="overlap-vs" aria-hidden="true">⇄</span>
        <Side side={pair.second} label={t('pair.programB')} />
      </div>
      <div className="overlap-evidence">
        <h4 className="visually-hidden">{t('pair.evidence')}</h4>
        <dl>
          <div><dt>{t('pair.sharedThemes')}</dt><dd><EntityLinks kind="THEME" items={pair.sharedThemes} /></dd></div>
          <div><dt>{t('pair.sharedRegions')}</dt><dd data-testid="shared-regions"><SharedRegions regions={pair.sharedRegions} /></dd></div>
          <div><dt>{t('pair.sharedYears')}</dt><dd data-testid="shared-years">{years(pair.years.from, pair.years.to)}</dd></div>
          <div><dt>{t('pair.sharedIndicators')}</dt><dd>{pair.sharedIndicators.length === 0 ? <span className="muted">{t('pair.noIndicator')}</span> : pair.sharedIndicators.map((indicator) => indicator.name).join('; ')}</dd></div>
        </dl>
        <p className="overlap-why" data-testid="score-explained"><strong>{t('pair.why')}:</strong> {scoreText(pair)}</p>
      </div>
    </article>
  );
}

function usePairColumns(): Column<ProgramOverlap>[] {
  const t = useT('overlaps');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const mandates = (side: OverlapSide) => side.mandates.map((mandate) => mandate.title).join('; ');
  const agencies = (side: OverlapSide) => side.agencies.map(agencyText).join('; ');
  return useMemo(() => [
    { key: 'score', header: t('col.score'), value: (row) => row.score, render: (row) => fmt.number(row.score), numeric: true },
    { key: 'kind', header: t('col.kind'), value: (row) => enumLabel('OverlapKind', row.kind) },
    { key: 'programA', header: t('col.programA'), value: (row) => row.first.program.name, render: (row) => <EntityLink kind="PROGRAM" id={row.first.program.id} name={row.first.program.name} /> },
    { key: 'agenciesA', header: t('col.agenciesA'), value: (row) => agencies(row.first), render: (row) => <EntityLinks kind="AGENCY" items={row.first.agencies.map(shortAgency)} /> },
    { key: 'mandatedA', header: t('col.mandatedA'), value: (row) => common(row.first.mandated ? 'yes' : 'no') },
    { key: 'mandatesA', header: t('col.mandatesA'), value: (row) => mandates(row.first), render: (row) => mandates(row.first) || <span className="muted">–</span> },
    { key: 'programB', header: t('col.programB'), value: (row) => row.second.program.name, render: (row) => <EntityLink kind="PROGRAM" id={row.second.program.id} name={row.second.program.name} /> },
    { key: 'agenciesB', header: t('col.agenciesB'), value: (row) => agencies(row.second), render: (row) => <EntityLinks kind="AGENCY" items={row.second.agencies.map(shortAgency)} /> },
    { key: 'mandatedB', header: t('col.mandatedB'), value: (row) => common(row.second.mandated ? 'yes' : 'no') },
    { key: 'mandatesB', header: t('col.mandatesB'), value: (row) => mandates(row.second), render: (row) => mandates(row.second) || <span className="muted">–</span> },
    { key: 'themes', header: t('col.themes'), value: (row) => row.sharedThemes.map((theme) => theme.name).join('; '), render: (row) => <EntityLinks kind="THEME" items={row.sharedThemes} /> },
    { key: 'regions', header: t('col.regions'), value: (row) => row.sharedRegions.map((region) => titleCase(region.name)).join('; '), render: (row) => <EntityLinks kind="REGION" items={row.sharedRegions} /> },
    { key: 'regionCodes', header: t('col.regionCodes'), value: (row) => row.sharedRegions.map((region) => region.code).join('; ') },
    { key: 'from', header: t('col.from'), value: (row) => row.years.from, render: (row) => fmt.year(row.years.from), numeric: true },
    { key: 'to', header: t('col.to'), value: (row) => row.years.to, render: (row) => (row.years.to == null ? common('years.ongoing') : fmt.year(row.years.to)), numeric: true },
    { key: 'indicators', header: t('col.indicators'), value: (row) => row.sharedIndicators.map((indicator) => indicator.name).join('; '),
      render: (row) => row.sharedIndicators.map((indicator) => indicator.name).join('; ') || <span className="muted">–</span> },
    { key: 'themeMatch', header: t('col.themeMatch'), value: (row) => row.themeMatch, render: (row) => fmt.number(row.themeMatch), numeric: true },
    { key: 'regionShare', header: t('col.regionShare'), value: (row) => row.regionShare, render: (row) => fmt.percent(row.regionShare), numeric: true },
    { key: 'yearShare', header: t('col.yearShare'), value: (row) => row.yearShare, render: (row) => fmt.percent(row.yearShare), numeric: true },
  ], [t, common, enumLabel, fmt]);
}

function useMandateColumns(): Column<MandateOverlap>[] {
  const t = useT('overlaps');
  const enumLabel = useEnumLabel();
  const regulations = (holding: MandateOverlap['first']) => holding.regulations.map((regulation) => regulationText(regulation, enumLabel('RegulationKind', regulation.kind))).join('; ');
  return useMemo(() => [
    { key: 'themeA', header: t('mcol.themeA'), value: (row) => row.first.theme.name, render: (row) => <EntityLink kind="THEME" id={row.first.theme.id} name={row.first.theme.name} /> },
    { key: 'agencyA', header: t('mcol.agencyA'), value: (row) => agencyText(row.first.agency), render: (row) => <EntityLink kind="AGENCY" id={row.first.agency.id} name={row.first.agency.name} acronym={row.first.agency.acronym} /> },
    { key: 'mandateA', header: t('mcol.mandateA'), value: (row) => row.first.mandate.title },
    { key: 'regulationsA', header: t('mcol.regulationsA'), value: (row) => regulations(row.first) },
    { key: 'themeB', header: t('mcol.themeB'), value: (row) => row.second.theme.name, render: (row) => <EntityLink kind="THEME" id={row.second.theme.id} name={row.second.theme.name} /> },
    { key: 'agencyB', header: t('mcol.agencyB'), value: (row) => agencyText(row.second.agency), render: (row) => <EntityLink kind="AGENCY" id={row.second.agency.id} name={row.second.agency.name} acronym={row.second.agency.acronym} /> },
    { key: 'mandateB', header: t('mcol.mandateB'), value: (row) => row.second.mandate.title },
    { key: 'regulationsB', header: t('mcol.regulationsB'), value: (row) => regulations(row.second) },
    { key: 'sameTheme', header: t('mcol.sameTheme'), value: (row) => t(row.sameTheme ? 'mcol.sameThemeYes' : 'mcol.sameThemeNo') },
  ], [t, enumLabel]);
}

function LoadMore({ shown, total, hasNext, loading, pageSize, onMore, shownKey, moreKey, testId }: {
  shown: number; total: number; hasNext: boolean; loading: boolean; pageSize: number; onMore: () => void;
  shownKey: 'shownOf' | 'mandates.shownOf'; moreKey: 'more' | 'mandates.more'; testId: string;
}) {
  const t = useT('overlaps');
  const { fmt } = useI18n();
  return (
    <div className="load-more" data-testid={testId}>
      <span role="status">{hasNext || shown < total ? t(shownKey, { shown: fmt.number(shown), total: fmt.number(total) }) : t('allShown', { total: fmt.number(total) })}</span>
      {hasNext && (
        <button type="button" className="button" onClick={onMore} disabled={loading} data-testid={`${testId}-button`}>
          {loading ? t('moreLoading') : t(moreKey, { count: fmt.number(Math.min(pageSize, total - shown)) })}
        </button>
      )}
    </div>
  );
}

export default function Overlaps() {
  const t = useT('overlaps');
  const { fmt } = useI18n();
  const [state, set] = useUrlState(DEFAULTS);
  const minScore = (MIN_SCORES as readonly string[]).includes(state.minScore) ? state.minScore : '0';
  const filter = useMemo(() => cleanVariables({
    theme: state.theme, region: state.region, agency: state.agency,
    minScore: minScore === '0' ? null : Number(minScore),
    includeSameAgency: state.same === '1' ? true : null,
  }), [state.theme, state.region, state.agency, minScore, state.same]);
  const variables = { filter, first: PAGE_SIZE };
  const pairs = useCursorPages(PROGRAM_OVERLAPS, variables, pageCount(state.pages), programConnection);

  const mandateFilter = useMemo(() => cleanVariables({ theme: state.theme, agency: state.agency }), [state.theme, state.agency]);
  // The mandates below are asked for once the pairs are in: the page's answer comes first.
  const mandates = useCursorPages(MANDATE_OVERLAPS, { filter: mandateFilter, first: MANDATE_PAGE_SIZE }, pageCount(state.mpages), mandateConnection, !pairs.isPending);

  /** A theme, region or agency the graph does not hold (a mistyped link). */
  const unknown = pairs.error instanceof ApiError && pairs.error.code === 'NOT_FOUND';
  const pairColumns = usePairColumns();
  const mandateColumns = useMandateColumns();
  const kindCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const pair of pairs.nodes) counts.set(pair.kind, (counts.get(pair.kind) ?? 0) + 1);
    return (['MANDATED', 'PARTLY_MANDATED', 'DUPLICATE'] as const).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  }, [pairs.nodes]);

  /** A new choice starts again from the first page. */
  const choose = (patch: Partial<Record<keyof typeof DEFAULTS, string | null>>) => set({ ...patch, pages: null, mpages: null });
  const pairKey = (pair: ProgramOverlap) => `${pair.first.program.id}|${pair.second.program.id}`;
  const mandateKey = (row: MandateOverlap) => `${row.first.agency.id}|${row.second.agency.id}|${row.first.theme.id}|${row.second.theme.id}`;

  return (
    <div className="overlaps-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={PROGRAM_OVERLAPS} variables={variables} />
      </PageHeader>

      <form className="controls" onSubmit={(event) => event.preventDefault()} data-testid="overlap-controls">
        <ThemeSelect label={t('filter.theme')} value={state.theme} emptyLabel={t('filter.themeAll')} onChange={(theme) => choose({ theme })} />
        <EntityPicker label={t('filter.region')} kinds={['REGION']} value={state.region} placeholder={t('filter.regionPlaceholder')}
          onChange={(region) => choose({ region })} testId="region-picker" />
        <EntityPicker label={t('filter.agency')} kinds={['AGENCY']} value={state.agency} placeholder={t('filter.agencyPlaceholder')}
          onChange={(agency) => choose({ agency })} testId="agency-picker" />
        <label>
          {t('filter.minScore')}
          <select value={minScore} onChange={(event) => choose({ minScore: event.target.value })} data-testid="min-score">
            {MIN_SCORES.map((score) => (
              <option key={score} value={score}>{score === '0' ? t('filter.minScoreAny') : `≥ ${fmt.number(Number(score))}`}</option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={state.same === '1'} onChange={(event) => choose({ same: event.target.checked ? '1' : null })} data-testid="same-agency" />
          {t('filter.sameAgency')}
        </label>
        <label>
          {t('filter.view')}
          <select value={state.view === 'table' ? 'table' : 'cards'} onChange={(event) => set({ view: event.target.value })} data-testid="view">
            <option value="cards">{t('filter.viewCards')}</option>
            <option value="table">{t('filter.viewTable')}</option>
          </select>
        </label>
      </form>

      <RuleBox>
        <p>{t('rule.p1')}</p>
        <p>{t('rule.p2')}</p>
        <ul>
          <li>{t('rule.theme')}</li>
          <li>{t('rule.region')}</li>
          <li>{t('rule.years')}</li>
        </ul>
        <p>{t('rule.runners')}</p>
        <p>{t('rule.kind')}</p>
        <p>{t('rule.mandates')}</p>
      </RuleBox>

      {unknown ? (
        <div className="state state-error" role="alert" data-state="error" data-testid="overlap-unknown">
          <p>{t('unknown')}</p>
          <p className="muted">{pairs.error?.message}</p>
        </div>
      ) : (
      <QueryStatus isPending={pairs.isPending} error={pairs.error && pairs.nodes.length === 0 ? pairs.error : null}
        isEmpty={pairs.totalCount === 0} emptyText={t('empty')} onRetry={() => void pairs.refetch()}>
        <div className="summary-figures" data-testid="overlap-summary">
          <div className="figure"><strong data-testid="overlap-total">{fmt.number(pairs.totalCount)}</strong><span>{t('summary.total')}</span></div>
          <div className="figure"><strong data-testid="overlap-loaded">{fmt.number(pairs.nodes.length)}</strong><span>{t('summary.loaded')}</span></div>
          <div className="figure overlap-kinds">
            <span>{t('summary.kinds', { count: fmt.number(pairs.nodes.length) })}</span>
            <ul>
              {kindCounts.map(({ kind, count }) => (
                <li key={kind} data-testid={`kind-count-${kind}`} data-count={count}>
                  <KindBadge kind={kind} /> <strong>{fmt.number(count)}</strong>
                </li>
              ))}
            </ul>
          </div>
        </div>

        {state.view !== 'table' && (
          <div className="overlap-cards">
            {pairs.nodes.map((pair, index) => <PairCard key={pairKey(pair)} pair={pair} n={index + 1} />)}
          </div>
        )}
        <LoadMore shown={pairs.nodes.length} total={pairs.totalCount} hasNext={Boolean(pairs.hasNextPage)} loading={pairs.isFetchingNextPage}
          pageSize={PAGE_SIZE} onMore={() => set({ pages: String(pairs.loadedPages + 1) })} shownKey="shownOf" moreKey="more" testId="load-more" />
        {pairs.error && pairs.nodes.length > 0 && <p role="alert" className="state state-error">{pairs.error.message}</p>}

        <h2>{t('table.title')}</h2>
        <p className="muted">{t('table.hint')}</p>
        <DataTable rows={pairs.nodes} columns={pairColumns} rowKey={pairKey} caption={t('table.caption')}
          fileName="tumpang-tindih-program" testId="overlap-table" pageSize={ALL_LOADED} />
      </QueryStatus>
      )}

      <section className="mandate-overlaps" aria-labelledby="mandate-overlaps-title">
        <h2 id="mandate-overlaps-title">{t('mandates.title')}</h2>
        <p className="muted">{t('mandates.intro')}</p>
        <QueryStatus isPending={mandates.isPending} error={mandates.error && mandates.nodes.length === 0 ? mandates.error : null}
          isEmpty={mandates.totalCount === 0} emptyText={t('mandates.empty')} onRetry={() => void mandates.refetch()}>
          <div className="summary-figures">
            <div className="figure"><strong data-testid="mandate-total">{fmt.number(mandates.totalCount)}</strong><span>{t('mandates.total')}</span></div>
          </div>
          <DataTable rows={mandates.nodes} columns={mandateColumns} rowKey={mandateKey} caption={t('mandates.caption')}
            fileName="tumpang-tindih-mandat" testId="mandate-table" pageSize={ALL_LOADED} />
          <LoadMore shown={mandates.nodes.length} total={mandates.totalCount} hasNext={Boolean(mandates.hasNextPage)} loading={mandates.isFetchingNextPage}
            pageSize={MANDATE_PAGE_SIZE} onMore={() => set({ mpages: String(mandates.loadedPages + 1) })} shownKey="mandates.shownOf" moreKey="mandates.more" testId="mandate-more" />
        </QueryStatus>
      </section>
    </div>
  );
}
