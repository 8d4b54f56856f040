import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { cleanVariables, request, type Variables } from '../api/client.js';
import { useGraphQL } from '../api/useGraphQL.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { ThemeSelect } from '../components/ThemeSelect.js';
import type { KeyOf } from '../i18n/catalogue.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import { ChoroplethMap, type RegionStyle } from '../map/ChoroplethMap.js';
import {
  countClasses, countFill, needClass, needFill, NEED_CLASSES, NO_DATA_FILL, OUTSIDE_FILL, ZERO_FILL, type CountClass,
} from '../map/colour.js';
import { projectRegions, useGeoLayer } from '../map/geo.js';
import { MapLegend, type LegendItem } from '../map/MapLegend.js';
import {
  COVERAGE_GAPS, COVERAGE_MAP, EVERY_REGION, GAPS_NAMES, GAPS_PAGE_SIZE,
  type GapNeed, type GapNode, type GapsConnection, type GapsNamesAnswer, type RegionLevelName,
} from '../queries/gaps.js';
import { useUrlState } from '../state/useUrlState.js';

const LEVELS: readonly RegionLevelName[] = ['PROVINCE', 'REGENCY', 'DISTRICT'];

/** The page's state in the URL; a copied link reproduces the view. */
const DEFAULTS = {
  theme: 'pengurangan-kemiskinan',
  level: 'REGENCY',
  /** A region code; '' is all of Indonesia. */
  within: '',
  min: '1',
  /** '1': remote regions only. */
  remote: '',
  /** 'count' or 'need'. */
  colour: 'count',
  /** The region chosen on the map (its programs are listed). */
  region: '',
} as const;

/** The level of a region code: 65 is a province, 65.03 a regency, 65.03.01 a district. */
function levelOfCode(code: string): RegionLevelName | 'COUNTRY' {
  if (code === '' || code === 'ID') return 'COUNTRY';
  return LEVELS[Math.min(code.split('.').length, 3) - 1]!;
}

const DEPTH: Record<RegionLevelName | 'COUNTRY', number> = { COUNTRY: 0, PROVINCE: 1, REGENCY: 2, DISTRICT: 3 };

/**
 * Every page of a coverageGaps answer, asked one after the other (coverageGaps pages up to 1,000
 * regions: the 514 regencies come in one request, all 7,277 districts in eight).
 */
function useEveryPage(query: string, variables: Variables, enabled = true) {
  const vars = cleanVariables(variables);
  return useQuery<GapsConnection & { rule?: string }, Error>({
    queryKey: [query, vars, 'every-page'],
    enabled,
    queryFn: async ({ signal }) => {
      const nodes: GapNode[] = [];
      let after: string | null = null;
      for (;;) {
        const answer: { coverageGaps: GapsConnection & { rule?: string } } = await request(query, { ...vars, after }, signal);
        const page = answer.coverageGaps;
        nodes.push(...page.nodes);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || vars.first === 0) return { ...page, nodes };
        after = page.pageInfo.endCursor;
      }
    },
  });
}

interface Settings {
  theme: string;
  level: RegionLevelName;
  within: string;
  min: number;
  remoteOnly: boolean;
  colour: 'count' | 'need';
  region: string;
}

function parseSettings(values: Record<keyof typeof DEFAULTS, string>): Settings {
  const min = Number.parseInt(values.min, 10);
  return {
    theme: values.theme || DEFAULTS.theme,
    level: (LEVELS as readonly string[]).includes(values.level) ? values.level as RegionLevelName : 'REGENCY',
    within: values.within === 'ID' ? '' : values.within,
    min: Number.isFinite(min) && min >= 1 ? Math.min(min, 999) : 1,
    remoteOnly: values.remote === '1',
    colour: values.colour === 'need' ? 'need' : 'count',
    region: values.region,
  };
}

/** The need in words: "tertinggal 23,4% dari target", "ada realisasi, tanpa target", "tidak ada data kebutuhan". */
function useNeedText() {
  const t = useT('gaps');
  const { fmt } = useI18n();
  return useCallback((need: GapNeed | null, withDetail = false) => {
    if (!need) return t('need.none');
    let text: string;
    if (need.shortfall === null) text = t('need.noTarget');
    else if (need.shortfall > 0) text = t('need.behind', { value: fmt.percent(need.shortfall) });
    else if (need.shortfall < 0) text = t('need.ahead', { value: fmt.percent(-need.shortfall) });
    else text = t('need.onTarget');
    return withDetail ? `${text} (${t('need.detail', { indicator: need.indicator.name, year: fmt.year(need.year) })})` : text;
  }, [t, fmt]);
}

export default function CoverageGaps() {
  const t = useT('gaps');
  const tc = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const needText = useNeedText();
  const [values, setValues] = useUrlState(DEFAULTS);
  const settings = parseSettings(values);
  const { theme, level, within, min, remoteOnly, colour, region } = settings;
  const hasMap = level !== 'DISTRICT';

  const gapsVariables = { theme, level, within, minPrograms: min, remoteOnly, first: GAPS_PAGE_SIZE };
  const gapsAnswer = useEveryPage(COVERAGE_GAPS, gapsVariables);
  // Every region in scope, for the map (at district level only the count: there is no map).
  const scopeAnswer = useEveryPage(COVERAGE_MAP, { theme, level, within, remoteOnly, every: EVERY_REGION, first: hasMap ? GAPS_PAGE_SIZE : 0 });
  const names = useGraphQL<GapsNamesAnswer>(GAPS_NAMES, { theme, within: within || 'ID' });
  const geo = useGeoLayer(level === 'PROVINCE' ? 'provinces' : 'regencies', hasMap);
  // Project the boundaries as soon as they are here, while the analysis is still being answered
  // (memoised: the map then finds its paths ready).
  useMemo(() => geo.data && projectRegions(geo.data, within), [geo.data, within]);

  const gapNodes = useMemo(() => gapsAnswer.data?.nodes ?? [], [gapsAnswer.data]);
  const scopeNodes = useMemo(() => new Map((scopeAnswer.data?.nodes ?? []).map((node) => [node.region.code, node])), [scopeAnswer.data]);
  const gapCodes = useMemo(() => new Set(gapNodes.map((node) => node.region.code)), [gapNodes]);

  const themeName = names.data?.theme?.name ?? theme;
  const placeName = within && names.data?.region ? titleCase(names.data.region.name) : '';
  const units = t(`${remoteOnly ? 'unitsRemote' : 'units'}.${level}` as KeyOf<'gaps'>);

  // The region chosen: from the map's answer, or (the province drilled into) asked on its own.
  const regionLevel = region ? levelOfCode(region) : 'COUNTRY';
  const chosenInScope = region ? scopeNodes.get(region) : undefined;
  const chosenAlone = useEveryPage(COVERAGE_MAP, {
    theme, level: regionLevel, within: region, every: EVERY_REGION, first: 1,
  }, Boolean(region) && hasMap && !chosenInScope && scopeAnswer.isSuccess && regionLevel !== 'COUNTRY' && regionLevel !== 'DISTRICT');
  const chosen = chosenInScope ?? chosenAlone.data?.nodes[0];

  const setWithin = (code: string) => {
    // A region at or below the level asked: show the level below it (a province: its regencies).
    const depth = DEPTH[levelOfCode(code)];
    const nextLevel = code && depth >= DEPTH[level] ? LEVELS[Math.min(depth, 2)]! : level;
    setValues({ within: code, level: nextLevel, region: null });
  };
  const drillInto = (code: string) => setValues({ level: 'REGENCY', within: code, region: code });
  const onMapSelect = (code: string) => {
    if (level === 'PROVINCE') drillInto(code);
    else setValues({ region: code === region ? null : code });
  };

  const remoteGaps = gapNodes.filter((node) => node.remote).length;
  const noDataGaps = gapNodes.filter((node) => !node.hasData).length;
  const total = scopeAnswer.data?.totalCount ?? 0;
  const gapCount = gapsAnswer.data?.totalCount ?? 0;

  const summary = (() => {
    if (!gapsAnswer.data || !scopeAnswer.data) return '';
    const params = { total: fmt.number(total), gaps: fmt.number(gapCount), units, place: placeName, theme: themeName, min: fmt.number(min), remote: fmt.number(remoteGaps) };
    if (total === 0) return t('summary.noScope', { units });
    if (gapCount === 0) return t('summary.all', params);
    return t('summary.gaps', params) + (remoteOnly ? t('summary.end') : t('summary.remote', params));
  })();

  // --- the map's colours -----------------------------------------------------------------------
  const classes = useMemo<CountClass[]>(() => countClasses(Math.max(0, ...[...scopeNodes.values()].map((node) => node.programCount))), [scopeNodes]);
  const styleOf = useMemo(() => {
    const programsText = (count: number) => t('tip.programs', { count: fmt.number(count) });
    return (code: string, geoName: string): RegionStyle => {
      const node = scopeNodes.get(code);
      const name = titleCase(node?.region.name ?? geoName);
      if (!node) {
        return remoteOnly
          ? { fill: OUTSIDE_FILL, label: `${name}: ${t('tip.outside')}` }
          : { fill: NO_DATA_FILL, label: `${name}: ${t('tip.noData')}` };
      }
      const gap = gapCodes.has(code);
      const parts = colour === 'need'
        ? [needText(node.need, true), programsText(node.programCount)]
        : [programsText(node.programCount), needText(node.need)];
      if (gap) parts.push(t('tip.gap'));
      if (node.remote) parts.push(t('tip.remote'));
      const label = `${name}: ${parts.join(' · ')}`;
      if (colour === 'need') {
        if (!node.need) return { fill: NO_DATA_FILL, gap, remote: node.remote, label };
        if (node.need.shortfall === null) return { fill: NO_DATA_FILL, dots: true, gap, remote: node.remote, label };
        return { fill: needFill(needClass(node.need.shortfall)), gap, remote: node.remote, label };
      }
      return { fill: countFill(classes, node.programCount), gap, remote: node.remote, label };
    };
  }, [scopeNodes, gapCodes, colour, classes, remoteOnly, t, fmt, needText]);

  const legend = useMemo((): { title: string; items: LegendItem[] } => {
    const nodes = [...scopeNodes.values()];
    const count = (test: (node: GapNode) => boolean) => fmt.number(nodes.filter(test).length);
    const drawn = geo.data ? geo.data.regions.filter((r) => within === '' || r.code === within || r.code.startsWith(`${within}.`)).length : nodes.length;
    const missing = Math.max(0, drawn - nodes.length);
    const items: LegendItem[] = [];
    if (colour === 'count') {
      items.push({ key: 'zero', label: t('legend.zero'), fill: ZERO_FILL, gap: true, count: count((node) => node.programCount === 0) });
      for (const c of classes) {
        const label = c.to === c.from ? t('legend.count', { from: fmt.number(c.from) })
          : c.to === null ? t('legend.countOpen', { from: fmt.number(c.from) }) : t('legend.countRange', { from: fmt.number(c.from), to: fmt.number(c.to) });
        items.push({ key: `count-${c.from}`, label, fill: c.fill, count: count((node) => node.programCount >= c.from && (c.to === null || node.programCount <= c.to)) });
      }
      if (min > 1) items.push({ key: 'gap', label: t('legend.gap', { min: fmt.number(min) }), fill: '#ffffff', gap: true, count: fmt.number(gapCodes.size) });
    } else {
      for (const kind of NEED_CLASSES) {
        items.push({ key: `need-${kind}`, label: t(`legend.need.${kind}` as KeyOf<'gaps'>), fill: needFill(kind), count: count((node) => node.need?.shortfall != null && needClass(node.need.shortfall) === kind) });
      }
      items.push({ key: 'need-noTarget', label: t('legend.need.noTarget'), fill: NO_DATA_FILL, dots: true, count: count((node) => node.need !== null && node.need.shortfall === null) });
      items.push({ key: 'need-noData', label: t('legend.need.noData'), fill: NO_DATA_FILL, count: count((node) => node.need === null) });
      items.push({ key: 'gap', label: t('legend.gap', { min: fmt.number(min) }), fill: '#ffffff', gap: true, count: fmt.number(gapCodes.size) });
    }
    if (missing > 0) items.push(remoteOnly
      ? { key: 'outside', label: t('legend.outside'), fill: OUTSIDE_FILL, count: fmt.number(missing) }
      : { key: 'noData', label: t('legend.noData'), fill: NO_DATA_FILL, count: fmt.number(missing) });
    items.push({ key: 'remote', label: t('legend.remote'), marker: true, count: count((node) => node.remote) });
    return { title: colour === 'count' ? t('legend.countTitle') : t('legend.needTitle'), items };
  }, [scopeNodes, gapCodes, colour, classes, min, remoteOnly, geo.data, within, t, fmt]);

  const regionOptions = useMemo(() => [...scopeNodes.values()]
    .map((node) => ({ code: node.region.code, name: titleCase(node.region.name), node }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id')), [scopeNodes]);

  // --- the table -------------------------------------------------------------------------------
  const columns = useMemo((): Column<GapNode>[] => {
    const regionHeader = enumLabel('RegionLevel', level);
    const province = (node: GapNode) => (level === 'DISTRICT' ? node.region.parent?.parent : node.region.parent) ?? null;
    const list: Array<Column<GapNode> | null> = [
      { key: 'region', header: regionHeader, value: (node) => titleCase(node.region.name), render: (node) => <EntityLink kind="REGION" id={node.region.code} name={node.region.name} /> },
      level === 'DISTRICT' ? {
        key: 'regency', header: t('col.regency'), value: (node) => (node.region.parent ? titleCase(node.region.parent.name) : null),
        render: (node) => (node.region.parent ? <EntityLink kind="REGION" id={node.region.parent.code} name={node.region.parent.name} /> : '–'),
      } : null,
      level !== 'PROVINCE' ? {
        key: 'province', header: t('col.province'), value: (node) => { const p = province(node); return p ? titleCase(p.name) : null; },
        render: (node) => { const p = province(node); return p ? <EntityLink kind="REGION" id={p.code} name={p.name} /> : '–'; },
      } : null,
      { key: 'count', header: t('col.count'), numeric: true, value: (node) => node.programCount, render: (node) => fmt.number(node.programCount) },
      { key: 'coverage', header: t('col.coverage'), value: (node) => enumLabel('CoverageKind', node.coverage) },
      min > 1 ? {
        key: 'programs', header: t('col.programs'),
        value: (node) => node.programs.map((p) => `${p.program.name} (${enumLabel('CoverageKind', p.coverage)})`).join('; ') || null,
        render: (node) => (node.programs.length === 0 ? '–' : (
          <ul className="gaps-programs">
            {node.programs.map((p) => <li key={p.program.id}><EntityLink kind="PROGRAM" id={p.program.id} name={p.program.name} /> <span className="muted">({enumLabel('CoverageKind', p.coverage)})</span></li>)}
          </ul>
        )),
      } : null,
      {
        key: 'indicator', header: t('col.indicator'), value: (node) => node.need?.indicator.name ?? t('table.noData'),
        render: (node) => (node.need ? node.need.indicator.name : <span className="no-data">{t('table.noData')}</span>),
      },
      { key: 'year', header: t('col.year'), numeric: true, value: (node) => node.need?.year ?? null, render: (node) => fmt.year(node.need?.year) },
      { key: 'target', header: t('col.target'), numeric: true, value: (node) => node.need?.target ?? null, render: (node) => fmt.number(node.need?.target) },
      { key: 'actual', header: t('col.actual'), numeric: true, value: (node) => node.need?.actual ?? null, render: (node) => fmt.number(node.need?.actual) },
      {
        key: 'shortfall', header: t('col.shortfall'), numeric: true,
        value: (node) => (node.need?.shortfall == null ? null : Math.round(node.need.shortfall * 1000) / 10),
        render: (node) => (node.need ? (node.need.shortfall === null ? <span className="muted">{t('table.noTarget')}</span> : fmt.percent(node.need.shortfall)) : '–'),
      },
      {
        key: 'remote', header: t('col.remote'),
        value: (node) => (node.remote ? t('table.remote', { count: node.region.outermostIslandCount }) : tc('no')),
        render: (node) => (node.remote
          ? <span className="badge warn" title={t('table.remote', { count: fmt.number(node.region.outermostIslandCount) })}>{tc('remote')} · {t('col.islandsShort', { count: fmt.number(node.region.outermostIslandCount) })}</span>
          : <span className="muted">{tc('no')}</span>),
      },
      hasMap ? {
        key: 'show', header: t('col.show'), screenOnly: true, value: () => null,
        render: (node) => (
          <button type="button" className="link-button" aria-label={t('table.showLabel', { name: titleCase(node.region.name) })}
            data-testid="show-on-map" onClick={() => { setValues({ region: node.region.code }); document.getElementById('gaps-map')?.scrollIntoView({ block: 'nearest' }); }}>
            {t('table.show')}
          </button>
        ),
      } : null,
    ];
    return list.filter((column): column is Column<GapNode> => column !== null);
  }, [level, min, hasMap, t, tc, fmt, enumLabel, setValues]);

  const figures = gapCount > 0 && (
    <div className="summary-figures gaps-figures" data-testid="gaps-figures">
      <div className="figure"><strong>{fmt.number(gapCount)}</strong><span>{t('figure.gaps')}</span></div>
      {!remoteOnly && <div className="figure"><strong>{fmt.number(remoteGaps)}</strong><span>{t('figure.remote')}</span></div>}
      <div className="figure"><strong>{fmt.number(noDataGaps)}</strong><span>{t('figure.noData')}</span></div>
      <div className="figure"><strong>{fmt.number(total)}</strong><span>{t('figure.total', { units })}</span></div>
    </div>
  );

  const mapLabel = t('map.label', { units, place: placeName || t('map.labelIndonesia'), colour: colour === 'count' ? t('colour.count') : t('colour.need') });

  return (
    <section className="gaps-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={COVERAGE_GAPS} variables={{ ...gapsVariables, within: within || undefined }} />
      </PageHeader>

      <div className="controls" data-testid="gaps-controls">
        <ThemeSelect label={t('control.theme')} value={theme} onChange={(id) => setValues({ theme: id, region: null })} testId="gaps-theme" />
        <label>
          {t('control.level')}
          <select value={level} data-testid="gaps-level" onChange={(event) => setValues({ level: event.target.value, region: null, within: DEPTH[levelOfCode(within)] >= DEPTH[event.target.value as RegionLevelName] ? null : within })}>
            {LEVELS.map((option) => <option key={option} value={option}>{enumLabel('RegionLevel', option)}</option>)}
          </select>
        </label>
        <EntityPicker label={t('control.within')} kinds={['REGION']} value={within} onChange={(key) => setWithin(key)}
          testId="gaps-within" placeholder={t('control.withinPlaceholder')} />
        <label>
          {t('control.minPrograms')}
          <input type="number" min={1} max={999} value={min} data-testid="gaps-min" className="gaps-min"
            onChange={(event) => setValues({ min: event.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={remoteOnly} data-testid="gaps-remote" onChange={(event) => setValues({ remote: event.target.checked ? '1' : null, region: null })} />
          {t('control.remoteOnly')}
        </label>
      </div>

      <QueryStatus isPending={gapsAnswer.isPending || scopeAnswer.isPending} error={gapsAnswer.error ?? scopeAnswer.error}
        onRetry={() => { void gapsAnswer.refetch(); void scopeAnswer.refetch(); }}>
        <p className="gaps-summary" data-testid="gaps-summary" data-gaps={gapCount} data-total={total} data-remote={remoteGaps}>{summary}</p>
        {!hasMap && figures}

        {hasMap ? (
          <div className="gaps-map-section" id="gaps-map">
            <div className="gaps-map-column">
              <div className="map-toolbar">
                <fieldset className="segmented" data-testid="gaps-colour">
                  <legend>{t('control.colour')}</legend>
                  {(['count', 'need'] as const).map((option) => (
                    <label key={option} className={colour === option ? 'on' : undefined}>
                      <input type="radio" name="gaps-colour" value={option} checked={colour === option} data-testid={`gaps-colour-${option}`}
                        onChange={() => setValues({ colour: option })} />
                      {t(`colour.${option}`)}
                    </label>
                  ))}
                </fieldset>
                {within && (
                  <span className="map-back">
                    <button type="button" className="button secondary" data-testid="map-back" onClick={() => setValues({ within: null, region: null })}>{t('map.back')}</button>
                    {level === 'REGENCY' && levelOfCode(within) === 'PROVINCE' && (
                      <button type="button" className="link-button" data-testid="map-back-provinces" onClick={() => setValues({ within: null, level: 'PROVINCE', region: null })}>{t('map.backProvinces')}</button>
                    )}
                  </span>
                )}
              </div>
              <p className="map-hint muted">{t('map.hint')} {level === 'PROVINCE' && t('map.hintProvince')}</p>
              {geo.error ? (
                <div className="state state-error" role="alert">{tc('state.error', { message: geo.error.message })}</div>
              ) : !geo.data ? (
                <div className="state state-loading map-placeholder" role="status">{t('map.loading')}</div>
              ) : (
                <ChoroplethMap geo={geo.data} scope={within} styleOf={styleOf} selected={region || null}
                  onSelect={onMapSelect} label={mapLabel} testId="gaps-map" />
              )}
              <p className="map-attribution" data-testid="map-attribution">
                {tc('footer.geo')} <a href="/docs/geo-source">{tc('footer.geoMore')}</a>
              </p>
            </div>
            <aside className="gaps-side">
              {figures}
              <MapLegend title={legend.title} items={legend.items} />
              <label className="map-pick">
                {t('map.pick')}
                <select value={scopeNodes.has(region) ? region : ''} data-testid="map-pick" onChange={(event) => setValues({ region: event.target.value || null })}>
                  <option value="">{t('map.pickNone')}</option>
                  {regionOptions.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
                </select>
              </label>
              <RegionPanel node={chosen ?? null} code={region} pending={chosenAlone.isFetching} isGap={gapCodes.has(region)}
                canDrill={level === 'PROVINCE'} onDrill={drillInto} onClose={() => setValues({ region: null })} />
            </aside>
          </div>
        ) : (
          <p className="state gaps-district-note" data-testid="district-note">{t('map.districtNote')}</p>
        )}
      </QueryStatus>

      <RuleBox>
        <ul>
          <li>{t('rule.1')}</li>
          <li>{t('rule.2')}</li>
          <li>{t('rule.3', { min: fmt.number(min) })}</li>
          <li>{t('rule.4')}</li>
          <li>{t('rule.5')}</li>
        </ul>
      </RuleBox>

      <h2>{t('table.title')}</h2>
      <QueryStatus isPending={gapsAnswer.isPending} error={gapsAnswer.error} isEmpty={gapNodes.length === 0} emptyText={t('table.empty')}
        onRetry={() => void gapsAnswer.refetch()}>
        <p className="muted table-hint">{t('table.hint')}</p>
        <DataTable rows={gapNodes} columns={columns} fileName={`${t('table.file')}-${theme}-${level.toLowerCase()}${within ? `-${within}` : ''}`}
          caption={t('table.caption', { min: fmt.number(min) })} rowKey={(node) => node.region.code} testId="gaps-table"
          rowClassName={(node) => (node.region.code === region ? 'chosen' : undefined)} />
      </QueryStatus>
    </section>
  );
}

interface RegionPanelProps {
  readonly node: GapNode | null;
  readonly code: string;
  readonly pending: boolean;
  readonly isGap: boolean;
  readonly canDrill: boolean;
  readonly onDrill: (code: string) => void;
  readonly onClose: () => void;
}

/** The chosen region: its figures and the programs that reach it, each with how (DIRECT, through its province...). */
function RegionPanel({ node, code, pending, isGap, canDrill, onDrill, onClose }: RegionPanelProps) {
  const t = useT('gaps');
  const tc = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const needText = useNeedText();
  if (!code) return <div className="region-panel muted" data-testid="region-panel" data-panel="none"><p>{t('panel.empty')}</p></div>;
  if (!node) {
    return (
      <div className="region-panel" data-testid="region-panel" data-panel={pending ? 'loading' : 'missing'}>
        <p>{pending ? tc('state.loading') : t('panel.notFound', { code })}</p>
      </div>
    );
  }
  const parent = node.region.parent;
  return (
    <div className="region-panel" data-testid="region-panel" data-panel="ready" data-code={node.region.code} aria-live="polite">
      <div className="region-panel-head">
        <h3><EntityLink kind="REGION" id={node.region.code} name={node.region.name} /></h3>
        <button type="button" className="link-button" onClick={onClose} data-testid="panel-close">{t('panel.close')}</button>
      </div>
      <p className="muted">
        {enumLabel('RegionLevel', node.region.level)}
        {parent && parent.code !== 'ID' && <> · {t('panel.in', { name: titleCase(parent.name) })}</>}
      </p>
      <ul className="region-facts">
        <li><strong>{t('tip.programs', { count: fmt.number(node.programCount) })}</strong> · {enumLabel('CoverageKind', node.coverage)}{isGap && <> · <span className="badge bad">{t('panel.isGap')}</span></>}</li>
        <li>{t('panel.need')}: {needText(node.need, true)}</li>
        {node.remote && <li><span className="badge warn">{t('panel.remote', { count: fmt.number(node.region.outermostIslandCount) })}</span></li>}
      </ul>
      <h4>{t('panel.programs', { count: fmt.number(node.programCount) })}</h4>
      {node.programs.length === 0 ? <p className="no-program">{t('panel.none')}</p> : (
        <ul className="region-programs" data-testid="panel-programs">
          {node.programs.map((reach) => (
            <li key={reach.program.id} data-program={reach.program.id} data-coverage={reach.coverage}>
              <EntityLink kind="PROGRAM" id={reach.program.id} name={reach.program.name} />
              <span className="reach">
                {enumLabel('CoverageKind', reach.coverage)}
                {reach.coverage !== 'DIRECT' && reach.coverage !== 'NATIONAL' && <> ({t('panel.via', { name: titleCase(reach.via.name) })})</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canDrill && node.region.level === 'PROVINCE' && (
        <button type="button" className="button" data-testid="panel-drill" onClick={() => onDrill(node.region.code)}>{t('panel.drill')}</button>
      )}
    </div>
  );
}
