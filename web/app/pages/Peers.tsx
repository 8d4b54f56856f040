import { useMemo } from 'react';
import { Link } from 'react-router';
import { useGraphQL } from '../api/useGraphQL.js';
import { PlotFigure, Plot } from '../charts/PlotFigure.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink, EntityLinks } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { ThemeSelect } from '../components/ThemeSelect.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import { PEERS, type Jurisdiction, type PeerMeasurement, type PeerRow, type PeersAnswer } from '../queries/peers.js';
import { useUrlState } from '../state/useUrlState.js';

/** The page's choices and their defaults (the README's example: Kota Manado on digitalisation). */
const DEFAULTS = { agency: 'pemkot-manado', theme: 'digitalisasi', first: '5' } as const;
const FIRST_OPTIONS = ['3', '5', '10', '20', '50'];
/** Okabe-Ito: vermillion for the agency chosen, blue for its peers (and the label says which is which). */
const SELF_COLOUR = '#d55e00';
const PEER_COLOUR = '#0072b2';

const EXAMPLES: Array<{ key: 'example.manado' | 'example.belu' | 'example.nunukan'; agency: string; theme: string }> = [
  { key: 'example.manado', agency: 'pemkot-manado', theme: 'digitalisasi' },
  { key: 'example.belu', agency: 'pemkab-belu', theme: 'pengurangan-kemiskinan' },
  { key: 'example.nunukan', agency: 'pemkab-nunukan', theme: 'digitalisasi' },
];

/** "Kota Manado" for "Pemerintah Kota Manado": the region it governs, in title case. */
function shortName(agency: { name: string; acronym: string | null; jurisdiction: Jurisdiction[] }): string {
  const [only] = agency.jurisdiction;
  return agency.jurisdiction.length === 1 && only ? titleCase(only.name) : agency.acronym ?? agency.name;
}

function regionText(jurisdiction: Jurisdiction[]): string {
  return jurisdiction.map((region) => titleCase(region.name)).join(', ');
}

function provinceText(jurisdiction: Jurisdiction[]): string {
  return jurisdiction.map((region) => titleCase(region.level === 'PROVINCE' ? region.name : region.parent?.name ?? '')).join(', ');
}

export default function Peers() {
  const t = useT('peers');
  const tc = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const [state, setState] = useUrlState(DEFAULTS);
  const first = FIRST_OPTIONS.includes(state.first) ? Number(state.first) : Number(DEFAULTS.first);
  const variables = { agency: state.agency, theme: state.theme, first };
  const ready = Boolean(state.agency && state.theme);
  const { data, error, isPending, refetch } = useGraphQL<PeersAnswer>(PEERS, variables, { enabled: ready });
  const report = data?.peers;

  const agencyName = report ? shortName(report.agency) : '';
  const themeName = report?.theme.name ?? '';
  const fileParams = { agency: state.agency, theme: state.theme };

  const pct = (value: number | null | undefined) => fmt.percent(value, 1);
  const score = (value: number) => fmt.number(value, 3);

  const measurementColumns = (withAgency: boolean): Column<PeerMeasurement & { agency?: PeerRow['agency'] }>[] => [
    ...(withAgency ? [{
      key: 'agency', header: t('col.agency'),
      value: (row: PeerMeasurement & { agency?: PeerRow['agency'] }) => row.agency?.name ?? '',
      render: (row: PeerMeasurement & { agency?: PeerRow['agency'] }) => (row.agency ? <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} /> : '–'),
    }] : []),
    { key: 'indicator', header: t('col.indicator'), value: (row) => row.indicator.name },
    { key: 'unit', header: t('col.unit'), value: (row) => row.indicator.unit },
    { key: 'direction', header: t('col.direction'), value: (row) => enumLabel('IndicatorDirection', row.indicator.direction) },
    { key: 'year', header: t('col.year'), value: (row) => row.year, render: (row) => fmt.year(row.year), numeric: true },
    { key: 'region', header: t('col.region'), value: (row) => titleCase(row.region.name), render: (row) => <EntityLink kind="REGION" id={row.region.code} name={row.region.name} /> },
    { key: 'target', header: t('col.target'), value: (row) => row.target, render: (row) => fmt.number(row.target), numeric: true },
    { key: 'actual', header: t('col.actual'), value: (row) => row.actual, render: (row) => fmt.number(row.actual), numeric: true },
    { key: 'achievement', header: t('col.achievement'), value: (row) => row.achievement, render: (row) => pct(row.achievement), numeric: true },
  ];

  const peerColumns: Column<PeerRow & { rank: number }>[] = [
    { key: 'rank', header: t('col.rank'), value: (row) => row.rank, numeric: true },
    { key: 'agency', header: t('col.agency'), value: (row) => row.agency.name, render: (row) => <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} acronym={row.agency.acronym} /> },
    { key: 'province', header: t('col.province'), value: (row) => provinceText(row.agency.jurisdiction) },
    { key: 'remote', header: t('col.remote'), value: (row) => (row.agency.jurisdiction.some((region) => region.hasOutermostIslands) ? tc('yes') : tc('no')) },
    {
      key: 'similarity', header: t('col.similarity'), value: (row) => row.similarity, numeric: true,
      render: (row) => (
        <span className="similarity">
          <span className="similarity-bar" aria-hidden="true"><span style={{ width: `${Math.round(row.similarity * 100)}%` }} /></span>
          <strong>{score(row.similarity)}</strong>
        </span>
      ),
    },
    { key: 'themeSimilarity', header: t('col.themeSimilarity'), value: (row) => row.themeSimilarity, render: (row) => score(row.themeSimilarity), numeric: true },
    { key: 'settingSimilarity', header: t('col.settingSimilarity'), value: (row) => row.settingSimilarity, render: (row) => score(row.settingSimilarity), numeric: true },
    { key: 'sizeSimilarity', header: t('col.sizeSimilarity'), value: (row) => row.sizeSimilarity, render: (row) => score(row.sizeSimilarity), numeric: true },
    { key: 'sharedThemes', header: t('col.sharedThemes'), value: (row) => row.sharedThemes.map((theme) => theme.name).join('; '), render: (row) => <EntityLinks kind="THEME" items={row.sharedThemes} /> },
    { key: 'performance', header: t('col.performance'), value: (row) => row.performance.achievement, render: (row) => pct(row.performance.achievement), numeric: true },
    {
      key: 'lead', header: t('col.lead'), value: (row) => (row.lead == null ? null : Math.round(row.lead * 1000) / 10), numeric: true,
      render: (row) => (row.lead == null ? t('lead.none') : t('lead.value', { value: fmt.number(row.lead * 100, 1) })),
    },
  ];

  const peerRows = useMemo(() => (report?.peers ?? []).map((peer, index) => ({ ...peer, rank: index + 1 })), [report]);
  const peerMeasurements = useMemo(
    () => (report?.peers ?? []).flatMap((peer) => peer.performance.measurements.map((m) => ({ ...m, agency: peer.agency }))),
    [report],
  );

  const chart = useMemo(() => {
    if (!report) return null;
    const bars = [
      ...(report.performance ? [{ name: t('chart.self', { name: shortName(report.agency) }), value: report.performance.achievement, self: true }] : []),
      ...report.peers.map((peer) => ({ name: shortName(peer.agency), value: peer.performance.achievement, self: false })),
    ];
    if (bars.length === 0) return null;
    const max = Math.max(1.1, ...bars.map((bar) => bar.value)) * 1.12;
    const longest = Math.max(...bars.map((bar) => bar.name.length));
    const options: Plot.PlotOptions = {
      width: 760,
      height: 70 + bars.length * 30,
      marginLeft: Math.min(300, 16 + longest * 7),
      marginRight: 24,
      marginTop: 28,
      marginBottom: 46,
      x: { domain: [0, max], label: t('chart.x'), labelArrow: 'none', labelAnchor: 'center', labelOffset: 40, tickFormat: (value: number) => fmt.percent(value, 0), grid: true },
      y: { domain: bars.map((bar) => bar.name), label: null },
      style: { fontSize: '12px' },
      marks: [
        Plot.barX(bars, { y: 'name', x: 'value', fill: (bar: { self: boolean }) => (bar.self ? SELF_COLOUR : PEER_COLOUR), title: (bar: { name: string; value: number }) => `${bar.name}: ${pct(bar.value)}` }),
        Plot.ruleX([1], { stroke: '#1d2730', strokeDasharray: '4 3', ariaHidden: 'true' }),
        Plot.text(bars, { y: 'name', x: 'value', text: (bar: { value: number }) => pct(bar.value), textAnchor: 'start', dx: 4, fill: '#1d2730', stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' }),
        Plot.text([1], { x: (value: number) => value, frameAnchor: 'top', dy: -12, text: () => t('chart.target'), textAnchor: 'middle', fill: '#1d2730' }),
        Plot.ruleX([0], { ariaHidden: 'true' }),
      ],
    };
    return options;
  }, [report, t, fmt]);

  return (
    <section className="peers-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={PEERS} variables={variables} />
      </PageHeader>

      <div className="controls">
        <EntityPicker label={t('control.agency')} kinds={['AGENCY']} value={state.agency} testId="peers-agency"
          onChange={(key) => setState({ agency: key })} />
        <ThemeSelect label={t('control.theme')} value={state.theme} onChange={(theme) => setState({ theme })} testId="peers-theme" />
        <label>
          {t('control.first')}
          <select value={String(first)} onChange={(event) => setState({ first: event.target.value })} data-testid="peers-first">
            {FIRST_OPTIONS.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </label>
        <p className="peers-examples">
          {t('examples')}{' '}
          {EXAMPLES.map((example, index) => (
            <span key={example.key}>
              {index > 0 && ' · '}
              <Link to={`?agency=${example.agency}&theme=${example.theme}`} data-testid={`peers-example-${example.agency}`}>{t(example.key)}</Link>
            </span>
          ))}
        </p>
      </div>

      <RuleBox>
        <p>{t('rule.performance')}</p>
        <p>{t('rule.peers')}</p>
        <p>{t('rule.similarity')}</p>
      </RuleBox>

      {!ready ? (
        <div className="state" data-state="empty">{t('choose')}</div>
      ) : (
        <QueryStatus isPending={isPending} error={error} onRetry={() => void refetch()}>
          {report && (
            <div data-testid="peers-answer" data-agency={report.agency.id} data-theme={report.theme.id}>
              <h2>{t('own.title', { agency: agencyName })}</h2>
              <p className="muted peers-agency-facts">
                {t('own.kind', { kind: enumLabel('AgencyKind', report.agency.kind) })}
                {' · '}
                {report.agency.jurisdiction.length > 0
                  ? t('own.jurisdiction', { region: regionText(report.agency.jurisdiction) })
                  : t('own.noJurisdiction')}
              </p>

              {report.performance ? (
                <>
                  <div className="summary-figures">
                    <div className="figure" data-testid="peers-own-achievement">
                      <strong>{pct(report.performance.achievement)}</strong>
                      <span>{t('own.figure', { theme: themeName })} {t('own.measurements', { count: String(report.performance.measurements.length) })}</span>
                    </div>
                    <div className="figure" data-testid="peers-count">
                      <strong>{fmt.number(report.peers.length)}</strong>
                      <span>{t('own.peers')}</span>
                    </div>
                  </div>
                  <p className="peers-explain">{t('own.explain')}</p>
                  <DataTable
                    testId="peers-own-table"
                    rows={report.performance.measurements}
                    columns={measurementColumns(false)}
                    rowKey={(row) => `${row.indicator.id}:${row.region.code}:${row.year}`}
                    caption={t('own.tableCaption', { agency: agencyName, theme: themeName })}
                    fileName={t('file.own', fileParams)}
                  />
                </>
              ) : (
                <div className="peers-nodata" role="note" data-testid="peers-nodata">
                  <p><strong>{t('noData.title', { agency: agencyName, theme: themeName })}</strong></p>
                  <p>{report.agency.jurisdiction.length > 0 ? t('noData.body') : t('noData.noJurisdiction')}</p>
                </div>
              )}

              <h2>{t('peers.title')}</h2>
              {report.peers.length === 0 ? (
                <div className="state" data-testid="peers-none">
                  {report.performance ? (
                    <>
                      <p><strong>{t('best.title')}</strong></p>
                      <p>{t('best.body', { agency: agencyName, theme: themeName })}</p>
                    </>
                  ) : <p>{t('none.title')}</p>}
                </div>
              ) : (
                <>
                  {!report.performance && (
                    <div className="summary-figures">
                      <div className="figure" data-testid="peers-count">
                        <strong>{fmt.number(report.peers.length)}</strong>
                        <span>{t('own.peersNoData')}</span>
                      </div>
                    </div>
                  )}
                  {chart && (
                    <div className="peers-chart">
                      <h3>{t('chart.title', { agency: agencyName })}</h3>
                      <ul className="chart-legend" aria-hidden="true">
                        {report.performance && <li><span className="swatch swatch-self" />{t('chart.legendSelf')}</li>}
                        <li><span className="swatch swatch-peer" />{t('chart.legendPeer')}</li>
                      </ul>
                      <PlotFigure options={chart} label={t('chart.label', { agency: agencyName, theme: themeName })} testId="peers-chart" />
                    </div>
                  )}
                  <div className="peers-similarity-help">
                    <p>{t('peers.intro', { agency: agencyName })}</p>
                    <ul>
                      <li>{t('peers.themePart')}</li>
                      <li>{t('peers.settingPart')}</li>
                      <li>{t('peers.sizePart')}</li>
                    </ul>
                  </div>
                  <DataTable
                    testId="peers-table"
                    rows={peerRows}
                    columns={peerColumns}
                    rowKey={(row) => row.agency.id}
                    caption={t('peers.tableCaption', { agency: agencyName, theme: themeName })}
                    fileName={t('file.peers', fileParams)}
                  />
                  <h2>{t('peerMeasurements.title')}</h2>
                  <p className="muted">{t('peerMeasurements.intro')}</p>
                  <DataTable
                    testId="peers-measurements-table"
                    rows={peerMeasurements}
                    columns={measurementColumns(true)}
                    rowKey={(row) => `${row.agency?.id}:${row.indicator.id}:${row.region.code}:${row.year}`}
                    caption={t('peerMeasurements.caption', { theme: themeName })}
                    fileName={t('file.peerMeasurements', fileParams)}
                    pageSize={20}
                  />
                </>
              )}
            </div>
          )}
        </QueryStatus>
      )}
    </section>
  );
}
