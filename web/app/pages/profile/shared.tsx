import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, type Variables } from '../../api/client.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink } from '../../components/EntityLink.js';
import { PageHeader, RuleBox } from '../../components/PageHeader.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ShowAsGraphQL } from '../../components/ShowAsGraphQL.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../../i18n/I18nProvider.js';
import type { KeyOf } from '../../i18n/catalogue.js';
import { QUESTION_PATHS, SEARCH_PATH, type ProfileKind } from '../../paths.js';
import type { ProgressPoint, Progress, RegulationRef, SourceRef } from '../../queries/profile.js';

/** What every profile gets from useGraphQL. */
export interface Answer<T> {
  readonly data: T | undefined;
  readonly isPending: boolean;
  readonly error: Error | null;
  refetch(): unknown;
}

interface ProfileFrameProps<T> {
  readonly kind: ProfileKind;
  readonly keyValue: string;
  readonly query: string;
  readonly variables: Variables;
  readonly answer: Answer<T>;
  /** The node itself from the answer (null: not in the graph). */
  readonly found: unknown;
  readonly title: string | undefined;
  /** Where the node lies (a breadcrumb), shown under the title. */
  readonly breadcrumb?: () => ReactNode;
  readonly children: () => ReactNode;
}

/**
 * The frame of every profile: the kind, the name as the title, "show as GraphQL" for the one
 * query the profile sends, loading and error states, and a plain "not found" with a search link
 * for a key the graph does not hold (never a blank page).
 */
export function ProfileFrame<T>({ kind, keyValue, query, variables, answer, found, title, breadcrumb, children }: ProfileFrameProps<T>) {
  const t = useT('profile');
  const notFound = (answer.error instanceof ApiError && answer.error.code === 'NOT_FOUND') || (answer.data !== undefined && !found);
  if (notFound) return <NotFoundState kind={kind} keyValue={keyValue} />;
  return (
    <article className="profile" data-kind={kind} data-key={keyValue}>
      <p className="profile-kind">{t(`kind.${kind}`)}</p>
      <PageHeader title={found && title ? title : t('loadingTitle')} question={t('question')}>
        <ShowAsGraphQL query={query} variables={variables} />
      </PageHeader>
      {found && breadcrumb ? breadcrumb() : null}
      <RuleBox><p>{t(`rule.${kind}`)}</p><p>{t('rule.sources')}</p></RuleBox>
      <QueryStatus isPending={answer.isPending} error={answer.error} onRetry={() => void answer.refetch()}>
        {found ? children() : null}
      </QueryStatus>
    </article>
  );
}

function NotFoundState({ kind, keyValue }: { kind: ProfileKind; keyValue: string }) {
  const t = useT('profile');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  return (
    <section className="state profile-not-found" data-state="not-found" data-testid="profile-not-found">
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.text', { kind: enumLabel('NodeKind', kind).toLowerCase(), key: keyValue })}</p>
      <p>
        <Link to={`${SEARCH_PATH}?q=${encodeURIComponent(keyValue)}`} data-testid="profile-search-link">{t('notFound.search', { key: keyValue })}</Link>{' '}
        {t('notFound.home')} <Link to="/">{common('nav.home').toLowerCase()}</Link>.
      </p>
    </section>
  );
}

/** A titled block of the profile; `count` beside the title when given. */
export function Section({ id, title, hint, count, children }: { id: string; title: string; hint?: string; count?: number; children: ReactNode }) {
  const { fmt } = useI18n();
  return (
    <section className="profile-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}{count !== undefined && <span className="profile-count"> ({fmt.number(count)})</span>}</h2>
      {hint && <p className="muted profile-hint">{hint}</p>}
      {children}
    </section>
  );
}

/** What it is: label and value pairs. */
export function Facts({ items }: { items: ReadonlyArray<readonly [string, ReactNode] | null | false> }) {
  const t = useT('profile');
  return (
    <dl className="profile-facts" aria-label={t('facts')} data-testid="facts">
      {items.filter((item): item is readonly [string, ReactNode] => Boolean(item)).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The profile's counts at a glance. */
export function Figures({ items }: { items: ReadonlyArray<{ value: number; label: KeyOf<'profile'>; testId: string }> }) {
  const t = useT('profile');
  const { fmt } = useI18n();
  return (
    <ul className="summary-figures profile-figures" aria-label={t('figures')}>
      {items.map((item) => (
        <li key={item.testId} className="figure" data-testid={`figure-${item.testId}`}>
          <strong data-value={item.value}>{fmt.number(item.value)}</strong> <span>{t(item.label, { count: item.value })}</span>
        </li>
      ))}
    </ul>
  );
}

export interface AnalysisLink { readonly to: string; readonly label: string; readonly testId: string }

/** The analysis pages opened on this node; the explorer last (it takes no address parameters). */
export function AnalysisLinks({ name, links }: { name: string; links: readonly AnalysisLink[] }) {
  const t = useT('profile');
  return (
    <nav className="profile-analyses" aria-labelledby="profile-analyses-title" data-testid="analysis-links">
      <h2 id="profile-analyses-title">{t('analyses', { name })}</h2>
      <p className="muted profile-hint">{t('analyses.hint')}</p>
      <ul>
        {links.map((link) => <li key={link.testId}><Link to={link.to} data-testid={`link-${link.testId}`}>{link.label}</Link></li>)}
        <li><a href="/explorer" data-testid="link-explorer">{t('explorer')}</a></li>
      </ul>
    </nav>
  );
}

/** Sources as article titles; synthetic ones said plainly to be demo data, once. */
export function SourceList({ name, sources }: { name: string; sources: readonly SourceRef[] }) {
  const t = useT('profile');
  const real = sources.filter((source) => !source.synthetic);
  const synthetic = sources.some((source) => source.synthetic);
  return (
    <Section id="sources" title={t('sources')} hint={t('sources.hint', { name })}>
      {sources.length === 0 && <p className="muted">{t('sources.none')}</p>}
      <ul className="profile-sources" data-testid="sources">
        {real.map((source) => (
          <li key={source.ref} data-ref={source.ref} data-synthetic="false">
            <span className="badge">{/\.txt$/.test(source.ref) ? t('sources.article') : t('sources.dataset')}</span>{' '}
            <cite>{source.title}</cite>
          </li>
        ))}
        {synthetic && (
          <li data-synthetic="true">
            <span className="badge warn">{t('syntheticRow')}</span> {t('sources.synthetic')}
          </li>
        )}
      </ul>
    </Section>
  );
}

/** Above a profile whose every source is synthetic, so nobody quotes it as fact. */
export function SyntheticBanner({ sources }: { sources: readonly SourceRef[] }) {
  const t = useT('profile');
  if (sources.length === 0 || sources.some((source) => !source.synthetic)) return null;
  return <p className="profile-synthetic" role="note" data-testid="synthetic-banner">{t('syntheticBanner')}</p>;
}

/** Where a row's facts come from, as a table column: an article or document, or synthetic demo data. */
export function useSourceColumn<Row>(sources: (row: Row) => ReadonlyArray<{ synthetic: boolean }>): Column<Row> {
  const t = useT('profile');
  const synthetic = (row: Row) => { const list = sources(row); return list.length > 0 && list.every((source) => source.synthetic); };
  return {
    key: 'source', header: t('col.source'), value: (row) => (synthetic(row) ? t('syntheticRow') : t('source.real')),
    render: (row) => (synthetic(row) ? <span className="badge warn" title={t('syntheticRow.title')}>{t('syntheticRow')}</span> : t('source.real')),
  };
}

/** A span of years that does not break inside. */
export function YearsCell({ text }: { text: string }) {
  return /\d/.test(text) ? <span className="nowrap">{text}</span> : <>{text}</>;
}

/** "2021–2024", "2021–berlanjut", or "years not recorded". */
export function useYears() {
  const t = useT('profile');
  const common = useT('common');
  const { fmt } = useI18n();
  return (from: number | null | undefined, to: number | null | undefined): string => {
    if (from == null && to == null) return t('years.none');
    return t('years', { from: from == null ? common('years.open') : fmt.year(from), to: to == null ? common('years.ongoing') : fmt.year(to) });
  };
}

/** "Peraturan menteri, Nomor 12 Tahun 2023". */
export function useRegulationNumber() {
  const t = useT('profile');
  const { fmt } = useI18n();
  return (regulation: Pick<RegulationRef, 'number' | 'year'>): string => {
    if (regulation.number && regulation.year != null) return t('regulation.numberYear', { number: regulation.number, year: fmt.year(regulation.year) });
    if (regulation.number) return t('regulation.number', { number: regulation.number });
    if (regulation.year != null) return t('regulation.year', { year: fmt.year(regulation.year) });
    return '–';
  };
}

/** A regulation in words: its title, then kind, number and year. */
export function useRegulationText() {
  const enumLabel = useEnumLabel();
  const number = useRegulationNumber();
  return (regulation: RegulationRef): string => {
    const parts = [enumLabel('RegulationKind', regulation.kind), number(regulation)].filter((part) => part !== '–');
    return `${regulation.title} (${parts.join(', ')})`;
  };
}

/** A region's name as the pages show it. */
export function regionName(region: { name: string } | null | undefined, national: string): string {
  return region ? titleCase(region.name) : national;
}

/** Role of each row as a badge (text, so colour is never the only carrier). */
export function RoleBadge({ enumName, role }: { enumName: 'ParticipationRole' | 'PartnerRole'; role: string }) {
  const enumLabel = useEnumLabel();
  return <span className={`badge role role-${role}`}>{enumLabel(enumName, role)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const enumLabel = useEnumLabel();
  const tone = status === 'OFF_TRACK' ? 'bad' : status === 'ON_TRACK' ? 'good' : 'warn';
  return <span className={`badge ${tone}`} data-status={status}>{enumLabel('ProgressStatus', status)}</span>;
}

/** An indicator's name, with its unit and direction beneath in small print. */
export function IndicatorName({ indicator }: { indicator: { name: string; unit: string; direction: string } }) {
  const enumLabel = useEnumLabel();
  return (
    <>
      {indicator.name}
      <small className="indicator-meta">{indicator.unit} · {enumLabel('IndicatorDirection', indicator.direction)}</small>
    </>
  );
}

interface LatestRow { readonly key: string; readonly point: ProgressPoint; readonly points: number }

/**
 * The API's indicatorProgress shown at a glance: per indicator and region, the latest year with an
 * actual (else the latest year), with the achievement and status the API computed.
 */
export function IndicatorProgressTable({ progress, fileName, chartLink }: { progress: Progress; fileName: string; chartLink: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const rows = useMemo(() => {
    const latest = new Map<string, LatestRow>();
    for (const point of progress.points) {
      const key = `${point.indicator.id}|${point.region?.code ?? ''}`;
      const seen = latest.get(key);
      // A year with an actual beats one without; then the later year.
      const hasActual = point.actual != null;
      const better = !seen || (hasActual !== (seen.point.actual != null) ? hasActual : point.year > seen.point.year);
      latest.set(key, { key, point: better ? point : seen.point, points: (seen?.points ?? 0) + 1 });
    }
    return [...latest.values()];
  }, [progress]);
  const indicatorCount = new Set(progress.points.map((point) => point.indicator.id)).size;
  const national = t('national');
  const columns: Column<LatestRow>[] = [
    { key: 'indicator', header: t('col.indicator'), value: (row) => row.point.indicator.name, render: (row) => <IndicatorName indicator={row.point.indicator} /> },
    { key: 'unit', header: t('col.unit'), value: (row) => row.point.indicator.unit, downloadOnly: true },
    { key: 'region', header: t('col.region'), value: (row) => regionName(row.point.region, national),
      render: (row) => row.point.region ? <EntityLink kind="REGION" id={row.point.region.code} name={row.point.region.name} /> : national },
    { key: 'year', header: t('col.year'), value: (row) => row.point.year, render: (row) => fmt.year(row.point.year), numeric: true },
    { key: 'target', header: t('col.target'), value: (row) => row.point.target, render: (row) => fmt.number(row.point.target), numeric: true },
    { key: 'actual', header: t('col.actual'), value: (row) => row.point.actual, render: (row) => fmt.number(row.point.actual), numeric: true },
    { key: 'achievement', header: t('col.achievement'), value: (row) => row.point.achievement, render: (row) => fmt.percent(row.point.achievement), numeric: true },
    { key: 'status', header: t('col.progress'), value: (row) => enumLabel('ProgressStatus', row.point.status), render: (row) => <StatusBadge status={row.point.status} /> },
    { key: 'direction', header: t('col.direction'), value: (row) => enumLabel('IndicatorDirection', row.point.indicator.direction), downloadOnly: true },
  ];
  return (
    <Section id="indicators" title={t('indicators')} hint={t('indicators.hint')}>
      {rows.length > 0 && (
        <p data-testid="indicator-summary" data-off-track={progress.offTrackCount} data-points={progress.points.length}>
          {t('indicators.summary', { indicators: fmt.number(indicatorCount), points: fmt.number(progress.points.length), offTrack: fmt.number(progress.offTrackCount) })}{' '}
          <Link to={chartLink} data-testid="indicator-chart-link">{t('indicators.chart')}</Link>
        </p>
      )}
      {rows.length === 0 ? <p className="profile-empty" data-testid="indicator-summary" data-off-track={0} data-points={0}>{t('indicators.empty')}</p> : (
        <DataTable testId="table-indicators" caption={t('indicators')} fileName={`${fileName}-indikator`} rows={rows} columns={columns} rowKey={(row) => row.key} pageSize={25}
          rowClassName={(row) => (row.point.status === 'OFF_TRACK' ? 'row-off-track' : undefined)} />
      )}
    </Section>
  );
}

/** Distinct by key, first seen first. */
export function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** A plain-text list for the downloads: names joined with "; ". */
export function joinNames(items: ReadonlyArray<{ name: string }>, region = false): string {
  return items.map((item) => (region ? titleCase(item.name) : item.name)).join('; ');
}

/**
 * Coverage gaps within a region, at the level below it (the gaps page keeps its level in the
 * address: a regency's gaps are its districts). A district has nothing below: its regency's
 * districts, with it chosen.
 */
export function gapsWithinPath(region: { code: string; level: string }, parentCode?: string | null): string {
  const code = encodeURIComponent(region.code);
  switch (region.level) {
    case 'COUNTRY': return QUESTION_PATHS.gaps;
    case 'PROVINCE': return `${QUESTION_PATHS.gaps}?within=${code}&level=REGENCY`;
    case 'REGENCY': return `${QUESTION_PATHS.gaps}?within=${code}&level=DISTRICT`;
    default: return `${QUESTION_PATHS.gaps}?within=${encodeURIComponent(parentCode ?? '')}&level=DISTRICT&region=${code}`;
  }
}

/** The gaps page with this region chosen among its siblings: it lists the programs reaching it and how (direct, province, national). */
export function gapsReachPath(region: { code: string; level: string }, parentCode?: string | null): string | null {
  const code = encodeURIComponent(region.code);
  switch (region.level) {
    case 'PROVINCE': return `${QUESTION_PATHS.gaps}?level=PROVINCE&region=${code}`;
    case 'REGENCY': return `${QUESTION_PATHS.gaps}?within=${encodeURIComponent(parentCode ?? '')}&level=REGENCY&region=${code}`;
    case 'DISTRICT': return `${QUESTION_PATHS.gaps}?within=${encodeURIComponent(parentCode ?? '')}&level=DISTRICT&region=${code}`;
    default: return null;
  }
}
