import { useEffect, useId, useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { cleanVariables, request } from '../api/client.js';
import { useGraphQL } from '../api/useGraphQL.js';
import { Plot, PlotFigure } from '../charts/PlotFigure.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { ThemeSelect } from '../components/ThemeSelect.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import type { KeyOf } from '../i18n/catalogue.js';
import {
  HELIX_BALANCE,
  PROGRAMS_MISSING_STRAND,
  type HelixBalanceAnswer,
  type MissingStrandProgram,
  type ProgramsMissingStrandAnswer,
  type Strand,
  type StrandCount,
} from '../queries/helix.js';
import { NODE_NAME, THEME_OPTIONS, type NodeNameAnswer, type ThemeOptionsAnswer } from '../queries/pickers.js';
import { useUrlState } from '../state/useUrlState.js';

type Scope = 'theme' | 'region' | 'program';
const SCOPES: Scope[] = ['theme', 'region', 'program'];
const STRANDS: Strand[] = ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'];
/** Okabe-Ito, one colour per strand (the axis names the strand too, so colour is never alone). */
const STRAND_COLOURS: Record<Strand, string> = { GOVERNMENT: '#0072b2', INDUSTRY: '#e69f00', ACADEMIA: '#009e73', CIVIL_SOCIETY: '#cc79a7', MEDIA: '#d55e00' };

/**
 * `scope` left out of a link means: the program, else the region, else the theme given (so
 * `/helix?region=32.73` measures Kota Bandung). `strand` left out: the strand in the fewest programs.
 */
const DEFAULTS = { scope: '', theme: 'digitalisasi', region: '', program: '', strand: '', listTheme: '', listRegion: '' } as const;
const PAGE = 100;
/** The list loads page after page up to this many programs, so the download holds them all. */
const LIST_LIMIT = 2000;
const NO_KEY = '\u0000';

/** A node's name, asked as the EntityPicker asks (same query, same variables: one request for both). */
function useNodeName(kind: 'REGION' | 'PROGRAM', key: string): string | null {
  const enumLabel = useEnumLabel();
  const { data } = useGraphQL<NodeNameAnswer>(NODE_NAME, {
    agency: NO_KEY, region: kind === 'REGION' && key ? key : NO_KEY, program: kind === 'PROGRAM' && key ? key : NO_KEY,
    partner: NO_KEY, forum: NO_KEY, theme: NO_KEY,
  }, { enabled: Boolean(key) });
  if (!key) return null;
  // A district or province name alone ("Sukasari") does not say what it is: its level follows.
  if (kind === 'REGION') {
    if (!data?.region) return key;
    const name = titleCase(data.region.name);
    return data.region.level === 'REGENCY' || data.region.level === 'COUNTRY' ? name : `${name} (${enumLabel('RegionLevel', data.region.level).toLowerCase()})`;
  }
  return data?.program?.name ?? key;
}

export default function HelixBalance() {
  const t = useT('helix');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const [state, setState] = useUrlState(DEFAULTS);
  const scopeGroup = useId();

  const scope: Scope = SCOPES.includes(state.scope as Scope) ? (state.scope as Scope)
    : state.program ? 'program' : state.region ? 'region' : 'theme';
  const key = state[scope];
  const variables = { program: null, theme: null, region: null, [scope]: key || null };
  const balance = useGraphQL<HelixBalanceAnswer>(HELIX_BALANCE, variables, { enabled: Boolean(key) });
  const answer = balance.data?.helixBalance;

  const themes = useGraphQL<ThemeOptionsAnswer>(THEME_OPTIONS);
  const themeName = (id: string) => themes.data?.themes.nodes.find((theme) => theme.id === id)?.name ?? id;
  const regionName = useNodeName('REGION', state.region);
  const programName = useNodeName('PROGRAM', state.program);
  const listRegionName = useNodeName('REGION', state.listRegion);
  const scopeName = scope === 'theme' ? themeName(state.theme) : scope === 'region' ? regionName : programName;

  const strandLabel = (strand: string) => enumLabel('Strand', strand);
  const totalActors = answer ? answer.strands.reduce((sum, row) => sum + row.actors, 0) : 0;
  const largest = answer ? [...answer.strands].sort((a, b) => b.actors - a.actors)[0] : undefined;

  // The list's strand: the one asked for, else the one in the fewest programs of the scope (a display choice).
  const rarest = answer ? [...answer.strands].sort((a, b) => a.programs - b.programs || STRANDS.indexOf(a.strand) - STRANDS.indexOf(b.strand))[0]?.strand : undefined;
  const strand: Strand | undefined = STRANDS.includes(state.strand as Strand) ? (state.strand as Strand) : rarest ?? (key ? undefined : 'ACADEMIA');
  const listTheme = scope === 'theme' ? state.theme : state.listTheme;
  const listRegion = scope === 'region' ? state.region : state.listRegion;
  const listVariables = { strand, theme: listTheme || null, region: listRegion || null };

  const chart = (field: 'actors' | 'programs', label: string) => (rows: StrandCount[]) => {
    const data = STRANDS.map((name) => rows.find((row) => row.strand === name) ?? { strand: name, actors: 0, programs: 0 })
      .map((row) => ({ label: strandLabel(row.strand), value: row[field], colour: STRAND_COLOURS[row.strand] }));
    const max = Math.max(1, ...data.map((row) => row.value));
    return {
      width: 520,
      height: 224,
      marginLeft: 130,
      marginRight: 48,
      marginBottom: 52,
      style: { fontSize: '13px', background: 'transparent' },
      x: { label, labelAnchor: 'center' as const, labelArrow: 'none' as const, labelOffset: 36, domain: [0, max * 1.08], grid: true, tickFormat: (value: number) => (Number.isInteger(value) ? fmt.number(value) : ''), ticks: Math.min(6, max) },
      y: { label: null, domain: data.map((row) => row.label), tickSize: 0 },
      // The marks are hidden from screen readers: the figure has a label, and the table below holds the figures.
      marks: [
        Plot.barX(data, { y: 'label', x: 'value', fill: 'colour', ariaHidden: 'true' }),
        Plot.text(data, { y: 'label', x: 'value', text: (row: { value: number }) => fmt.number(row.value), dx: 5, textAnchor: 'start', fill: '#1d2730', fontWeight: 600, ariaHidden: 'true' }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    };
  };
  const actorsChart = useMemo(() => (answer ? chart('actors', t('chart.actors.label'))(answer.strands) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answer, t, fmt, enumLabel]);
  const programsChart = useMemo(() => (answer ? chart('programs', t('chart.programs.label'))(answer.strands) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answer, t, fmt, enumLabel]);

  const strandColumns: Column<StrandCount>[] = [
    { key: 'strand', header: t('col.strand'), value: (row) => strandLabel(row.strand) },
    { key: 'actors', header: t('col.actors'), value: (row) => row.actors, render: (row) => fmt.number(row.actors), numeric: true },
    { key: 'programs', header: t('col.programs'), value: (row) => row.programs, render: (row) => fmt.number(row.programs), numeric: true },
    { key: 'present', header: t('col.present'), value: (row) => common(row.actors > 0 ? 'yes' : 'no'),
      render: (row) => <span className={`badge ${row.actors > 0 ? 'good' : 'bad'}`}>{common(row.actors > 0 ? 'yes' : 'no')}</span> },
  ];

  return (
    <div className="helix">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={HELIX_BALANCE} variables={variables} />
      </PageHeader>

      <section className="controls" aria-label={t('controls')}>
        <fieldset className="scope-switch" data-testid="helix-scope">
          <legend>{t('scope.label')}</legend>
          {SCOPES.map((option) => (
            <label key={option} className="check">
              <input type="radio" name={scopeGroup} value={option} checked={scope === option} data-testid={`helix-scope-${option}`}
                onChange={() => setState({ scope: option, strand: null })} />
              {t(`scope.${option}` as KeyOf<'helix'>)}
            </label>
          ))}
        </fieldset>
        {scope === 'theme' && (
          <ThemeSelect label={t('theme.label')} value={state.theme} testId="helix-theme" onChange={(id) => setState({ theme: id, scope: 'theme', strand: null })} />
        )}
        {scope === 'region' && (
          <EntityPicker label={t('region.label')} kinds={['REGION']} value={state.region} testId="helix-region"
            onChange={(value) => setState({ region: value, scope: 'region', strand: null })} />
        )}
        {scope === 'program' && (
          <EntityPicker label={t('program.label')} kinds={['PROGRAM']} value={state.program} testId="helix-program" placeholder={t('program.placeholder')}
            onChange={(value) => setState({ program: value, scope: 'program', strand: null })} />
        )}
      </section>

      {!key ? (
        <div className="state" data-state="empty">{t(`choose.${scope}` as KeyOf<'helix'>)}</div>
      ) : (
        <QueryStatus isPending={balance.isPending} error={balance.error} onRetry={() => void balance.refetch()}>
          {answer && (
            <>
              <p className="helix-scope" data-testid="helix-scope-text">{t(`scopeText.${scope}` as KeyOf<'helix'>, { name: scopeName ?? key })}</p>
              <div className="summary-figures">
                <div className="figure"><strong data-testid="helix-program-count">{fmt.number(answer.programCount)}</strong><span>{t('figure.programs', { count: fmt.number(answer.programCount) })}</span></div>
                <div className="figure"><strong data-testid="helix-actor-count">{fmt.number(totalActors)}</strong><span>{t('figure.actors', { count: fmt.number(totalActors) })}</span></div>
                <div className="figure"><strong data-testid="helix-present-count">{fmt.number(answer.present.length)}</strong><span>{t('figure.present')}</span></div>
                <div className="figure figure-balance"><strong data-testid="helix-balance">{fmt.number(answer.balance, 3)}</strong><span>{t('figure.balance')}</span></div>
              </div>

              <div className="balance-explained" data-testid="helix-balance-explained">
                <div className="balance-meter" role="img" aria-label={`${t('balance.meter')}: ${fmt.number(answer.balance, 3)} (${t('balance.scale')})`}>
                  <div className="balance-track"><div className="balance-fill" style={{ width: `${Math.max(0, Math.min(1, answer.balance)) * 100}%` }} /></div>
                  <div className="balance-ticks" aria-hidden="true"><span>{fmt.number(0)}</span><span>{fmt.number(0.5, 1)}</span><span>{fmt.number(1)}</span></div>
                </div>
                <div>
                  <p className="balance-scale"><strong>{t('balance.title', { value: fmt.number(answer.balance, 3) })}</strong> · {t('balance.scale')}</p>
                  <p className="balance-largest">
                    {largest && totalActors > 0
                      ? t('balance.largest', { strand: strandLabel(largest.strand), count: fmt.number(largest.actors), total: fmt.number(totalActors), share: fmt.percent(largest.actors / totalActors, 0) })
                      : t('balance.none')}
                  </p>
                </div>
              </div>

              {answer.missing.length > 0 ? (
                <div className="missing-strands" role="note" data-testid="helix-missing">
                  <p className="missing-title">
                    <span aria-hidden="true">⚠ </span>{t('missing.title')}
                    {answer.missing.map((name, index) => <span key={name} data-strand={name}>{index > 0 && ', '}{strandLabel(name)}</span>)}
                  </p>
                  <p className="missing-hint">{t('missing.hint')}</p>
                </div>
              ) : (
                <p className="all-present" data-testid="helix-all-present"><span aria-hidden="true">✓ </span>{t('missing.none')}</p>
              )}

              <div className="helix-charts">
                <section aria-labelledby="helix-actors-title">
                  <h2 id="helix-actors-title">{t('chart.actors.title')}</h2>
                  {actorsChart && <PlotFigure options={actorsChart} label={t('chart.actors.aria')} testId="helix-actors-chart" />}
                </section>
                <section aria-labelledby="helix-programs-title">
                  <h2 id="helix-programs-title">{t('chart.programs.title')}</h2>
                  {programsChart && <PlotFigure options={programsChart} label={t('chart.programs.aria')} testId="helix-programs-chart" />}
                </section>
              </div>
              <details className="helix-strand-table">
                <summary>{t('strands.caption')}</summary>
                <DataTable testId="helix-strands" caption={t('strands.caption')} fileName={t('strands.file')} rows={answer.strands} columns={strandColumns} rowKey={(row) => row.strand} />
              </details>
            </>
          )}
        </QueryStatus>
      )}

      <MissingStrandList
        strand={strand}
        onStrand={(value) => setState({ strand: value })}
        variables={listVariables}
        scope={scope}
        narrowTheme={scope === 'theme' ? null : state.listTheme}
        narrowRegion={scope === 'region' ? null : state.listRegion}
        onNarrowTheme={(value) => setState({ listTheme: value })}
        onNarrowRegion={(value) => setState({ listRegion: value })}
        scopeLabel={[
          listTheme ? t('list.scope.theme', { name: themeName(listTheme) }) : null,
          listRegion ? t('list.scope.region', { name: (scope === 'region' ? regionName : listRegionName) ?? listRegion }) : null,
        ].filter(Boolean).join(' ') || t('list.scope.all')}
        rarest={STRANDS.includes(state.strand as Strand) ? undefined : rarest}
      />

      <RuleBox>
        <p>{t('rule.p1')}</p>
        <p>{t('rule.p2')}</p>
        <p>{t('rule.p3')}</p>
        <p>{t('rule.p4')}</p>
      </RuleBox>
    </div>
  );
}

interface MissingStrandListProps {
  readonly strand: Strand | undefined;
  readonly onStrand: (strand: Strand) => void;
  readonly variables: { strand: Strand | undefined; theme: string | null; region: string | null };
  readonly scope: Scope;
  /** The narrowing the scope leaves free (null: the scope fixes it). */
  readonly narrowTheme: string | null;
  readonly narrowRegion: string | null;
  readonly onNarrowTheme: (id: string) => void;
  readonly onNarrowRegion: (code: string) => void;
  readonly scopeLabel: string;
  readonly rarest: Strand | undefined;
}

/** The programs in scope with no actor of the strand, every page of them (so the download is whole). */
function MissingStrandList({ strand, onStrand, variables, scope, narrowTheme, narrowRegion, onNarrowTheme, onNarrowRegion, scopeLabel, rarest }: MissingStrandListProps) {
  const t = useT('helix');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const vars = cleanVariables(variables);
  const list = useInfiniteQuery<ProgramsMissingStrandAnswer, Error>({
    queryKey: [PROGRAMS_MISSING_STRAND, vars],
    queryFn: ({ pageParam, signal }) => request<ProgramsMissingStrandAnswer>(PROGRAMS_MISSING_STRAND, { ...vars, first: PAGE, after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last, pages) => (last.programsMissingStrand.pageInfo.hasNextPage && pages.length * PAGE < LIST_LIMIT ? last.programsMissingStrand.pageInfo.endCursor : undefined),
    enabled: Boolean(strand),
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.programsMissingStrand.nodes) ?? [], [list.data]);
  const total = list.data?.pages[0]?.programsMissingStrand.totalCount ?? 0;
  const strandName = strand ? enumLabel('Strand', strand) : '';

  const partnersText = (program: MissingStrandProgram) => program.partners.map((p) => `${p.partner.name} (${enumLabel('Helix', p.partner.helix)})`).join('; ');
  const years = (program: MissingStrandProgram) => (program.startYear == null && program.endYear == null ? '–'
    : `${program.startYear == null ? common('years.open') : fmt.year(program.startYear)}–${program.endYear == null ? common('years.ongoing') : fmt.year(program.endYear)}`);
  const columns: Column<MissingStrandProgram>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.name, render: (row) => <EntityLink kind="PROGRAM" id={row.id} name={row.name} /> },
    { key: 'id', header: 'id', value: (row) => row.id, downloadOnly: true },
    { key: 'lead', header: t('col.lead'), value: (row) => row.agencies.map((a) => a.agency.acronym ?? a.agency.name).join('; '),
      render: (row) => (row.agencies.length === 0 ? <span className="muted">–</span> : row.agencies.map((a, index) => (
        <span key={a.agency.id}>{index > 0 && ', '}<EntityLink kind="AGENCY" id={a.agency.id} name={a.agency.acronym ?? a.agency.name} /></span>
      ))) },
    { key: 'partners', header: t('col.partners'), value: partnersText,
      render: (row) => (row.partners.length === 0 ? <span className="muted">{t('noPartner')}</span> : (
        <ul className="partner-list">
          {row.partners.map((p) => (
            <li key={`${p.partner.id}:${p.role}`}>
              <EntityLink kind="PARTNER" id={p.partner.id} name={p.partner.name} />{' '}
              <span className="strand-tag" data-strand={p.partner.helix}>
                <span className="strand-dot" style={{ background: STRAND_COLOURS[p.partner.helix] }} aria-hidden="true" />
                {enumLabel('Helix', p.partner.helix)}
              </span>
            </li>
          ))}
        </ul>
      )) },
    { key: 'partnerCount', header: t('col.partnerCount'), value: (row) => row.partners.length, render: (row) => fmt.number(row.partners.length), numeric: true },
    { key: 'years', header: t('col.years'), value: (row) => row.startYear ?? null, render: years, screenOnly: true },
    { key: 'startYear', header: t('col.startYear'), value: (row) => row.startYear, downloadOnly: true },
    { key: 'endYear', header: t('col.endYear'), value: (row) => row.endYear, downloadOnly: true },
  ];

  return (
    <section className="missing-list" aria-labelledby="helix-list-title" data-testid="helix-list">
      <h2 id="helix-list-title">{strand ? t('list.title', { strand: strandName }) : t('list.title', { strand: '…' })}</h2>
      <div className="controls">
        <label>
          {t('list.strand')}
          <select value={strand ?? ''} onChange={(event) => onStrand(event.target.value as Strand)} data-testid="helix-strand">
            {!strand && <option value="">–</option>}
            {STRANDS.map((name) => (
              <option key={name} value={name}>{enumLabel('Strand', name)}{name === rarest ? ` ${t('list.auto')}` : ''}</option>
            ))}
          </select>
        </label>
        {narrowTheme !== null && (
          <ThemeSelect label={t('list.narrowTheme')} value={narrowTheme} emptyLabel={t('list.anyTheme')} testId="helix-list-theme" onChange={onNarrowTheme} />
        )}
        {narrowRegion !== null && (
          <EntityPicker label={t('list.narrowRegion')} kinds={['REGION']} value={narrowRegion} testId="helix-list-region" placeholder={t('list.regionPlaceholder')} onChange={onNarrowRegion} />
        )}
      </div>
      {scope === 'program' && <p className="muted">{t('list.programHint')}</p>}
      {strand && (
        <QueryStatus isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
          <p className="list-count" data-testid="helix-list-count">
            {t('list.count', { count: fmt.number(total), strand: strandName })} {scopeLabel}.
            {list.hasNextPage && <span className="muted"> {t('list.loading', { loaded: fmt.number(rows.length), total: fmt.number(total) })}</span>}
          </p>
          {total === 0 ? (
            <div className="state state-empty" data-testid="helix-list-empty">{t('list.empty', { strand: strandName })}</div>
          ) : (
            <DataTable testId="helix-missing-table" caption={t('list.title', { strand: strandName })} fileName={t('list.file', { strand: strandName.toLowerCase().replace(/\s+/g, '-') })}
              rows={rows} columns={columns} rowKey={(row) => row.id} pageSize={25} />
          )}
        </QueryStatus>
      )}
    </section>
  );
}
