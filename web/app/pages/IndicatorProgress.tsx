import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useGraphQL } from '../api/useGraphQL.js';
import { PlotFigure, Plot } from '../charts/PlotFigure.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { ThemeSelect } from '../components/ThemeSelect.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import { INDICATOR_PROGRESS, type IndicatorProgressAnswer, type ProgressPoint } from '../queries/indicators.js';
import { useUrlState } from '../state/useUrlState.js';

/**
 * The page's choices. `scope` says which of program / theme / region is asked (each keeps its own
 * value, so switching back restores it); `area` narrows the view to the national figures or one
 * region ('' = national when there are national figures, else every region); `indicator` to one
 * indicator; `off` to the off-track ones.
 */
const DEFAULTS = { scope: 'region', region: 'ID', theme: 'digitalisasi', program: '', tol: '0.05', area: '', indicator: '', off: '' } as const;
type Scope = 'program' | 'theme' | 'region';
const SCOPES: Scope[] = ['program', 'theme', 'region'];
const TOLERANCES = ['0', '0.02', '0.05', '0.1', '0.15', '0.2'];
const CHARTS_PER_PAGE = 12;
const NATIONAL = 'national';
const EXAMPLE_PROGRAM = 'integrasi-data-kependudukan-untuk-layanan-dasar-kota-manado-kota';
/** Okabe-Ito blue for targets, vermillion for actuals; dash and mark shape tell them apart too. */
const TARGET_COLOUR = '#0072b2';
const ACTUAL_COLOUR = '#d55e00';

const areaKey = (point: ProgressPoint) => point.region?.code ?? NATIONAL;

interface Series {
  readonly key: string;
  readonly indicator: ProgressPoint['indicator'];
  readonly area: string;
  readonly regionName: string | null;
  readonly points: ProgressPoint[];
  readonly offTrack: number;
}

function parseTolerance(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : Number(DEFAULTS.tol);
}

/** The legend, in the page's language: colour, dash and mark shape, so colour is never the only cue. */
function Legend() {
  const t = useT('indicators');
  return (
    <ul className="chart-legend progress-legend" aria-label={t('legend.label')} data-testid="progress-legend">
      <li>
        <svg width="34" height="14" aria-hidden="true"><line x1="1" y1="7" x2="33" y2="7" stroke={TARGET_COLOUR} strokeWidth="2" strokeDasharray="6 4" /><rect x="13" y="3" width="8" height="8" fill="#fff" stroke={TARGET_COLOUR} strokeWidth="1.5" /></svg>
        {t('legend.target')}
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true"><line x1="1" y1="7" x2="33" y2="7" stroke={ACTUAL_COLOUR} strokeWidth="2" /><circle cx="17" cy="7" r="4" fill={ACTUAL_COLOUR} /></svg>
        {t('legend.actual')}
      </li>
      <li>
        <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="9" fill="none" stroke="#000" strokeWidth="1.5" /><path d="M11 5.5 L16 14 L6 14 Z" fill={ACTUAL_COLOUR} /></svg>
        {t('legend.offTrack')}
      </li>
    </ul>
  );
}

/** One indicator in one place; `byRegion` when the view holds one indicator, so the place is the title. */
function SeriesChart({ series, years, byRegion }: { series: Series; years: number[]; byRegion: boolean }) {
  const t = useT('indicators');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const region = series.regionName ? titleCase(series.regionName) : t('national');
  const unit = series.indicator.unit;
  const options = useMemo<Plot.PlotOptions>(() => {
    const value = (v: number | null) => (v == null ? '–' : `${fmt.number(v)} ${unit}`);
    const tip = (p: ProgressPoint) => t('charts.tip', {
      year: fmt.year(p.year), target: value(p.target), actual: value(p.actual),
      achievement: fmt.percent(p.achievement, 1), status: enumLabel('ProgressStatus', p.status),
    });
    const targets = series.points.filter((p) => p.target != null);
    const actuals = series.points.filter((p) => p.actual != null);
    const offTrack = actuals.filter((p) => p.status === 'OFF_TRACK');
    const onTrack = actuals.filter((p) => p.status !== 'OFF_TRACK');
    return {
      width: 380,
      height: 210,
      marginLeft: 52,
      marginRight: 14,
      marginTop: 22,
      style: { fontSize: '11px' },
      x: { type: 'point', domain: years, label: null, tickFormat: (year: number) => fmt.year(year), padding: 0.4 },
      y: { label: unit, labelArrow: 'none', grid: true, nice: true, insetTop: 10, insetBottom: 10, tickFormat: (v: number) => fmt.number(v) },
      marks: [
        Plot.lineY(targets, { x: 'year', y: 'target', stroke: TARGET_COLOUR, strokeWidth: 2, strokeDasharray: '6 4', ariaHidden: 'true' }),
        Plot.lineY(actuals, { x: 'year', y: 'actual', stroke: ACTUAL_COLOUR, strokeWidth: 2, ariaHidden: 'true' }),
        Plot.dot(targets, { x: 'year', y: 'target', symbol: 'square', r: 4, fill: '#fff', stroke: TARGET_COLOUR, strokeWidth: 1.5, title: tip }),
        Plot.dot(onTrack, { x: 'year', y: 'actual', symbol: 'circle', r: 4, fill: ACTUAL_COLOUR, title: tip }),
        Plot.dot(offTrack, { x: 'year', y: 'actual', r: 9, fill: 'none', stroke: '#000', strokeWidth: 1.5, ariaHidden: 'true' }),
        Plot.dot(offTrack, { x: 'year', y: 'actual', symbol: 'triangle', r: 5, fill: ACTUAL_COLOUR, title: tip }),
      ],
    };
  }, [series, years, fmt, t, enumLabel, unit]);
  const direction = series.indicator.direction === 'LOWER_IS_BETTER' ? '↓' : '↑';
  return (
    <article className="progress-card" data-testid="progress-card" data-indicator={series.indicator.id} data-area={series.area} data-off={series.offTrack}>
      <h3>{byRegion ? region : series.indicator.name}</h3>
      <p className="progress-card-meta">
        {!byRegion && <>{series.regionName ? <EntityLink kind="REGION" id={series.area} name={series.regionName} /> : <span>{t('national')}</span>}{' · '}</>}
        {t('charts.unit', { unit })}
        {' · '}<span className="direction">{direction} {enumLabel('IndicatorDirection', series.indicator.direction)}</span>
        {series.offTrack > 0 && <>{' '}<span className="badge bad" data-testid="progress-card-off">{t('charts.offBadge', { count: fmt.number(series.offTrack) })}</span></>}
      </p>
      <PlotFigure options={options} label={t('charts.label', { indicator: series.indicator.name, region, unit })} />
    </article>
  );
}

export default function IndicatorProgress() {
  const t = useT('indicators');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const [state, setState] = useUrlState(DEFAULTS);
  const scope: Scope = SCOPES.includes(state.scope as Scope) ? (state.scope as Scope) : 'region';
  const tolerance = parseTolerance(state.tol);
  const chosen = state[scope];
  const variables = { [scope]: chosen, tolerance };
  const { data, error, isPending, refetch } = useGraphQL<IndicatorProgressAnswer>(INDICATOR_PROGRESS, variables, { enabled: Boolean(chosen) });
  const report = data?.indicatorProgress;
  const points = useMemo(() => report?.points ?? [], [report]);
  const [shown, setShown] = useState(CHARTS_PER_PAGE);

  // What the answer holds, for the summary and the view's choices (counting for display only).
  const facts = useMemo(() => {
    const status = { ON_TRACK: 0, OFF_TRACK: 0, NO_TARGET: 0, NO_ACTUAL: 0 };
    const indicators = new Map<string, { indicator: ProgressPoint['indicator']; count: number; off: number }>();
    const areas = new Map<string, { name: string | null; count: number; off: number }>();
    const years = new Set<number>();
    for (const point of points) {
      status[point.status] += 1;
      years.add(point.year);
      const off = point.status === 'OFF_TRACK' ? 1 : 0;
      const ind = indicators.get(point.indicator.id) ?? { indicator: point.indicator, count: 0, off: 0 };
      indicators.set(point.indicator.id, { ...ind, count: ind.count + 1, off: ind.off + off });
      const key = areaKey(point);
      const area = areas.get(key) ?? { name: point.region?.name ?? null, count: 0, off: 0 };
      areas.set(key, { ...area, count: area.count + 1, off: area.off + off });
    }
    const regions = [...areas.entries()].filter(([key]) => key !== NATIONAL)
      .map(([code, area]) => ({ code, name: titleCase(area.name ?? code), count: area.count, off: area.off }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id'));
    return { status, indicators: [...indicators.values()], national: areas.get(NATIONAL) ?? null, regions, years: [...years].sort((a, b) => a - b) };
  }, [points]);

  const area = state.area || (facts.national ? NATIONAL : 'all');
  const offOnly = state.off === '1';
  const viewKey = `${scope}|${chosen}|${tolerance}|${area}|${state.indicator}|${state.off}`;
  const [pagedView, setPagedView] = useState(viewKey);
  if (pagedView !== viewKey) { setPagedView(viewKey); setShown(CHARTS_PER_PAGE); }

  const inView = useMemo(() => {
    const indicator = state.indicator;
    return (point: ProgressPoint) => (area === 'all' || areaKey(point) === area) && (!indicator || point.indicator.id === indicator);
  }, [area, state.indicator]);
  const series = useMemo(() => {
    const bySeries = new Map<string, Series>();
    for (const point of points) {
      if (!inView(point)) continue;
      const key = `${point.indicator.id}|${areaKey(point)}`;
      const found = bySeries.get(key) ?? { key, indicator: point.indicator, area: areaKey(point), regionName: point.region?.name ?? null, points: [], offTrack: 0 };
      bySeries.set(key, { ...found, points: [...found.points, point], offTrack: found.offTrack + (point.status === 'OFF_TRACK' ? 1 : 0) });
    }
    return [...bySeries.values()].filter((s) => !offOnly || s.offTrack > 0);
  }, [points, inView, offOnly]);
  const tableRows = useMemo(() => points.filter((point) => inView(point) && (!offOnly || point.status === 'OFF_TRACK')),
    [points, inView, offOnly]);

  const columns: Column<ProgressPoint>[] = [
    { key: 'indicator', header: t('col.indicator'), value: (p) => p.indicator.name },
    { key: 'unit', header: t('col.unit'), value: (p) => p.indicator.unit },
    { key: 'direction', header: t('col.direction'), value: (p) => enumLabel('IndicatorDirection', p.indicator.direction) },
    { key: 'year', header: t('col.year'), value: (p) => p.year, render: (p) => fmt.year(p.year), numeric: true },
    { key: 'region', header: t('col.region'), value: (p) => (p.region ? titleCase(p.region.name) : t('national')), render: (p) => (p.region ? <EntityLink kind="REGION" id={p.region.code} name={p.region.name} /> : t('national')) },
    { key: 'regionCode', header: t('col.regionCode'), value: (p) => p.region?.code ?? 'ID' },
    { key: 'target', header: t('col.target'), value: (p) => p.target, render: (p) => fmt.number(p.target), numeric: true },
    { key: 'actual', header: t('col.actual'), value: (p) => p.actual, render: (p) => fmt.number(p.actual), numeric: true },
    { key: 'achievement', header: t('col.achievement'), value: (p) => (p.achievement == null ? null : Math.round(p.achievement * 1000) / 10), render: (p) => fmt.percent(p.achievement, 1), numeric: true },
    {
      key: 'status', header: t('col.status'), value: (p) => enumLabel('ProgressStatus', p.status),
      render: (p) => <span className={`badge status-${p.status}`} data-status={p.status}>{p.status === 'OFF_TRACK' ? '▼ ' : ''}{enumLabel('ProgressStatus', p.status)}</span>,
    },
  ];

  const toleranceOptions = TOLERANCES.includes(state.tol) ? TOLERANCES : [...TOLERANCES, String(tolerance)].sort((a, b) => Number(a) - Number(b));
  const measured = facts.status.ON_TRACK + facts.status.OFF_TRACK;
  const pickerTestId = `progress-${scope}`;

  return (
    <section className="indicators-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={INDICATOR_PROGRESS} variables={variables} />
      </PageHeader>

      <div className="controls">
        <fieldset className="scope-switch" data-testid="progress-scope">
          <legend>{t('scope.legend')}</legend>
          {SCOPES.map((option) => (
            <label key={option} className="check">
              <input type="radio" name="progress-scope" value={option} checked={scope === option} data-testid={`progress-scope-${option}`}
                onChange={() => setState({ scope: option, area: null, indicator: null })} />
              {t(`scope.${option}`)}
            </label>
          ))}
        </fieldset>
        {scope === 'program' && (
          <EntityPicker label={t('control.program')} kinds={['PROGRAM']} value={state.program} testId={pickerTestId}
            onChange={(key) => setState({ program: key, area: null, indicator: null })} />
        )}
        {scope === 'theme' && (
          <ThemeSelect label={t('control.theme')} value={state.theme} testId={pickerTestId}
            onChange={(theme) => setState({ theme, area: null, indicator: null })} />
        )}
        {scope === 'region' && (
          <EntityPicker label={t('control.region')} kinds={['REGION']} value={state.region} testId={pickerTestId}
            onChange={(key) => setState({ region: key, area: null, indicator: null })} />
        )}
        <label>
          {t('control.tolerance')}
          <select value={String(tolerance)} onChange={(event) => setState({ tol: event.target.value })} data-testid="progress-tolerance"
            aria-describedby="progress-tolerance-hint">
            {toleranceOptions.map((option) => <option key={option} value={option}>{fmt.percent(Number(option), 1)}</option>)}
          </select>
        </label>
        <p id="progress-tolerance-hint" className="controls-hint">
          {t('control.toleranceHint', { threshold: fmt.percent(1 - tolerance, 1) })} {t('scope.hint')}
        </p>
      </div>

      <RuleBox>
        <p>{t('rule.scope')}</p>
        <p>{t('rule.achievement')}</p>
        <p>{t('rule.status')}</p>
      </RuleBox>

      {!chosen ? (
        <div className="state" data-state="empty">
          {scope === 'theme' ? t('choose.theme') : (
            <>
              {t(scope === 'program' ? 'choose.program' : 'choose.region')}{' '}
              {scope === 'program'
                ? <Link to={`?scope=program&program=${EXAMPLE_PROGRAM}`}>{t('example.program')}</Link>
                : <><Link to="?scope=region&region=53.04">{t('example.belu')}</Link> · <Link to="?scope=region">{t('example.indonesia')}</Link></>}
            </>
          )}
        </div>
      ) : (
        <QueryStatus isPending={isPending} error={error} onRetry={() => void refetch()} isEmpty={points.length === 0} emptyText={t('empty')}>
          {report && (
            <div data-testid="progress-answer">
              <div className="summary-figures">
                <div className="figure" data-testid="progress-points"><strong>{fmt.number(points.length)}</strong><span>{t('summary.points')}</span></div>
                <div className="figure figure-off" data-testid="progress-offtrack"><strong>{fmt.number(report.offTrackCount)}</strong><span>▼ {t('summary.offTrack')}</span></div>
                <div className="figure" data-testid="progress-ontrack"><strong>{fmt.number(facts.status.ON_TRACK)}</strong><span>{t('summary.onTrack')}</span></div>
                <div className="figure" data-testid="progress-noactual"><strong>{fmt.number(facts.status.NO_ACTUAL)}</strong><span>{t('summary.noActual')}</span></div>
                <div className="figure" data-testid="progress-notarget"><strong>{fmt.number(facts.status.NO_TARGET)}</strong><span>{t('summary.noTarget')}</span></div>
              </div>
              <p className="progress-sentence" data-testid="progress-sentence">
                {t('summary.sentence', { offTrack: fmt.number(report.offTrackCount), measured: fmt.number(measured), tolerance: fmt.percent(tolerance, 1) })}{' '}
                <span data-testid="progress-extent">
                  {t(facts.national ? 'summary.extentNational' : 'summary.extent', { indicators: fmt.number(facts.indicators.length), regions: fmt.number(facts.regions.length) })}
                </span>
              </p>

              <h2>{t('charts.title')}</h2>
              <div className="controls view-controls" role="group" aria-label={t('view.title')}>
                <label>
                  {t('view.area')}
                  <select value={area} onChange={(event) => setState({ area: event.target.value })} data-testid="progress-area" className="area-select">
                    <option value="all">{t('view.areaAll', { count: fmt.number(points.length) })}</option>
                    {facts.national && <option value={NATIONAL}>{t('view.areaNational', { count: fmt.number(facts.national.count) })}</option>}
                    {facts.regions.map((region) => (
                      <option key={region.code} value={region.code}>
                        {region.off > 0
                          ? t('view.areaRegionOff', { name: region.name, count: fmt.number(region.count), off: fmt.number(region.off) })
                          : t('view.areaRegion', { name: region.name, count: fmt.number(region.count) })}
                      </option>
                    ))}
                    {area !== 'all' && area !== NATIONAL && !facts.regions.some((region) => region.code === area) && <option value={area}>{area}</option>}
                  </select>
                </label>
                <label>
                  {t('view.indicator')}
                  <select value={state.indicator} onChange={(event) => setState({ indicator: event.target.value })} data-testid="progress-indicator" className="indicator-select">
                    <option value="">{t('view.indicatorAll', { count: fmt.number(facts.indicators.length) })}</option>
                    {facts.indicators.map(({ indicator }) => <option key={indicator.id} value={indicator.id}>{indicator.name}</option>)}
                  </select>
                </label>
                <label className="check">
                  <input type="checkbox" checked={offOnly} onChange={(event) => setState({ off: event.target.checked ? '1' : null })} data-testid="progress-offonly" />
                  {t('view.offOnly')}
                </label>
                <p className="controls-hint" data-testid="progress-showing">
                  {t('view.showing', { points: fmt.number(tableRows.length), total: fmt.number(points.length), charts: fmt.number(series.length) })}{' '}
                  {(area !== 'all' || state.indicator || offOnly) && (
                    <button type="button" className="link-button" data-testid="progress-reset" onClick={() => setState({ area: 'all', indicator: null, off: null })}>{t('view.reset')}</button>
                  )}
                </p>
              </div>

              {series.length === 0 ? (
                <div className="state" data-testid="progress-nothing">{t('view.nothing')}</div>
              ) : (
                <>
                  <Legend />
                  <div className="progress-grid" data-testid="progress-charts">
                    {series.slice(0, shown).map((s) => <SeriesChart key={s.key} series={s} years={facts.years} byRegion={Boolean(state.indicator)} />)}
                  </div>
                  {series.length > shown && (
                    <button type="button" className="more" data-testid="progress-more" onClick={() => setShown(shown + CHARTS_PER_PAGE)}>
                      {t('charts.more', { count: fmt.number(Math.min(CHARTS_PER_PAGE, series.length - shown)), rest: fmt.number(series.length - shown) })}
                    </button>
                  )}
                </>
              )}

              <h2>{t('table.title')}</h2>
              <p className="muted" data-testid="progress-table-note">
                {t('table.note', { points: fmt.number(tableRows.length), total: fmt.number(points.length) })}{' '}
                {tableRows.length < points.length && (
                  <button type="button" className="link-button" onClick={() => setState({ area: 'all', indicator: null, off: null })}>{t('view.reset')}</button>
                )}
              </p>
              <DataTable
                testId="progress-table"
                rows={tableRows}
                columns={columns}
                rowKey={(p) => `${p.indicator.id}|${areaKey(p)}|${p.year}`}
                caption={t('table.caption')}
                fileName={t('table.file', { scope: chosen })}
                rowClassName={(p) => (p.status === 'OFF_TRACK' ? 'row-off-track' : undefined)}
              />
            </div>
          )}
        </QueryStatus>
      )}
    </section>
  );
}
