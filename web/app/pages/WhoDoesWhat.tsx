import { useEffect, useMemo, useRef } from 'react';
import { useGraphQL } from '../api/useGraphQL.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { useUrlState } from '../state/useUrlState.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../i18n/I18nProvider.js';
import { NODE_NAME, THEME_OPTIONS, type NodeNameAnswer, type ThemeOptionsAnswer } from '../queries/pickers.js';
import { orderThemes } from '../components/ThemeSelect.js';
import {
  RESPONSIBILITY_MATRIX,
  type ParticipationRole,
  type ResponsibilityMatrixAnswer,
  type ResponsibilityRow,
} from '../queries/whoDoesWhat.js';

/** The four thematic bureaucratic-reform themes (RB tematik), the columns an analyst starts from. */
const RB_THEMATIC = ['pengurangan-kemiskinan', 'digitalisasi', 'peningkatan-investasi', 'pengendalian-inflasi'];
/** `themes` in the URL: ids joined by commas, `all` for every theme, `-` for none chosen. */
const ALL = 'all';
const NONE = '-';
const DEFAULTS = { themes: RB_THEMATIC.join(','), within: '', level: '' } as const;
const LEVELS = ['NATIONAL', 'PROVINCIAL', 'LOCAL'] as const;

/** A mark per role, so a cell says the roles in text as well as in colour; the legend names them. */
const ROLE_MARKS: Record<ParticipationRole, string> = { LEAD: '★', IMPLEMENTER: '▲', FUNDER: '◆', SUPPORTER: '●' };
const ROLE_ORDER: ParticipationRole[] = ['LEAD', 'IMPLEMENTER', 'FUNDER', 'SUPPORTER'];

/** The same key the EntityPicker asks with, so the region's name costs no second request. */
const NO_KEY = '\u0000';

/**
 * Viridis (colour-blind safe, lightness rising with t) as its eleven stops at t = 0, 0.1, ... 1,
 * read between them: the page needs a colour per count, not the chart library (which would
 * add some 115 kB to this page).
 */
const VIRIDIS = ['#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'];
function viridis(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(x), VIRIDIS.length - 2);
  const f = x - i;
  const channel = (hex: string, k: number) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  const [r, g, b] = [0, 1, 2].map((k) => Math.round(channel(VIRIDIS[i]!, k) * (1 - f) + channel(VIRIDIS[i + 1]!, k) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A count's colour: light (few programs) to dark (many), on a square-root scale up to the largest cell. */
function heatColour(count: number, max: number): string {
  const share = max > 1 ? Math.sqrt((count - 1) / (max - 1)) : 0;
  return viridis(0.9 - 0.85 * share);
}

/** Black or white, whichever reads better on a `#rrggbb` or `rgb(r, g, b)` background (WCAG relative luminance). */
function inkOn(background: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  const channels = hex ? hex.slice(1).map((part) => parseInt(part, 16)) : (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
  const [r, g, b] = channels.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** Counts shown in the colour key: a few round values up to the largest cell. */
function legendValues(max: number): number[] {
  const values = [1, 2, 5, 10, 20, 50, 100, 200].filter((value) => value < max);
  return [...values, max].filter((value, index, all) => value >= 1 && all.indexOf(value) === index);
}

export default function WhoDoesWhat() {
  const t = useT('whoDoesWhat');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const [state, setState] = useUrlState(DEFAULTS);
  const themesBox = useRef<HTMLDetailsElement>(null);
  // The theme list closes on a click elsewhere or on Escape, as a select would.
  useEffect(() => {
    const close = (event: Event) => {
      const box = themesBox.current;
      if (!box?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        box.open = false;
        box.querySelector('summary')?.focus();
      } else if (!box.contains(event.target as Node)) box.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const themeOptions = useGraphQL<ThemeOptionsAnswer>(THEME_OPTIONS);
  const orderedThemes = useMemo(() => orderThemes(themeOptions.data?.themes.nodes ?? []), [themeOptions.data]);

  const chosen = state.themes === ALL ? null : state.themes === NONE ? [] : state.themes.split(',').filter(Boolean);
  const variables = { themes: chosen, within: state.within || null, level: state.level || null };
  const matrix = useGraphQL<ResponsibilityMatrixAnswer>(RESPONSIBILITY_MATRIX, variables, { enabled: chosen === null || chosen.length > 0 });
  const regionName = useGraphQL<NodeNameAnswer>(NODE_NAME, {
    agency: NO_KEY, region: state.within || NO_KEY, program: NO_KEY, partner: NO_KEY, forum: NO_KEY, theme: NO_KEY,
  }, { enabled: Boolean(state.within) });

  const answer = matrix.data?.responsibilityMatrix;
  const themes = answer?.themes ?? [];
  const rows = answer?.rows ?? [];
  const maxCount = useMemo(() => Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => cell.programCount))), [rows]);

  const rolesText = (roles: Array<{ role: ParticipationRole; count: number }>) =>
    [...roles].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
      .map((role) => `${enumLabel('ParticipationRole', role.role)} ${fmt.number(role.count)}`).join(', ');

  const columns = ((): Column<ResponsibilityRow>[] => {
    const cellOf = (row: ResponsibilityRow, themeId: string) => row.cells.find((cell) => cell.theme.id === themeId);
    const base: Column<ResponsibilityRow>[] = [
      {
        key: 'agency', header: t('col.agency'), value: (row) => row.agency.name,
        render: (row) => (
          <>
            <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} acronym={row.agency.acronym} />
            <span className="agency-level">{enumLabel('GovernmentLevel', row.agency.level)}</span>
          </>
        ),
      },
      { key: 'agencyId', header: 'id', value: (row) => row.agency.id, downloadOnly: true },
      { key: 'level', header: t('col.level'), value: (row) => enumLabel('GovernmentLevel', row.agency.level), downloadOnly: true },
      { key: 'total', header: t('col.total'), value: (row) => row.programCount, render: (row) => fmt.number(row.programCount), numeric: true },
    ];
    const perTheme = themes.flatMap((theme): Column<ResponsibilityRow>[] => [
      {
        key: `theme:${theme.id}`,
        header: theme.name,
        numeric: true,
        value: (row) => cellOf(row, theme.id)?.programCount ?? 0,
        render: (row) => {
          const cell = cellOf(row, theme.id);
          if (!cell) return null;
          const background = heatColour(cell.programCount, maxCount);
          const roles = [...cell.roles].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
          return (
            <span className="heat-cell" style={{ background, color: inkOn(background) }} data-theme={theme.id} data-count={cell.programCount}
              title={`${theme.name}: ${cell.programCount} · ${rolesText(cell.roles)}`}>
              <strong>{fmt.number(cell.programCount)}</strong>
              <span className="heat-roles" aria-hidden="true">
                {roles.map((role) => <span key={role.role} data-role={role.role}>{ROLE_MARKS[role.role]}{fmt.number(role.count)}</span>)}
              </span>
              <span className="visually-hidden">{t('cell.roles', { roles: rolesText(cell.roles) })}</span>
            </span>
          );
        },
      },
      {
        key: `roles:${theme.id}`,
        header: t('col.roles', { theme: theme.name }),
        downloadOnly: true,
        value: (row) => {
          const cell = cellOf(row, theme.id);
          return cell ? [...cell.roles].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
            .map((role) => `${enumLabel('ParticipationRole', role.role)} ${role.count}`).join('; ') : '';
        },
      },
    ]);
    return [...base, ...perTheme];
  })();

  const toggleTheme = (id: string) => {
    const current = chosen ?? orderedThemes.map((theme) => theme.id);
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    const all = orderedThemes.length > 0 && orderedThemes.every((theme) => next.includes(theme.id));
    setState({ themes: next.length === 0 ? NONE : all ? ALL : next.join(',') });
  };
  const chosenCount = chosen === null ? orderedThemes.length : chosen.length;
  const withinName = regionName.data?.region ? titleCase(regionName.data.region.name) : state.within;
  const scopeText = [
    state.within ? t('scope.within', { region: withinName }) : t('scope.all'),
    state.level ? t('scope.level', { level: enumLabel('GovernmentLevel', state.level) }) : null,
  ].filter(Boolean).join(' · ');
  const noLead = answer?.themesWithoutLead ?? [];

  return (
    <div className="who-does-what">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={RESPONSIBILITY_MATRIX} variables={variables} />
      </PageHeader>

      <section className="controls" aria-label={t('controls')}>
        <details className="theme-multi" data-testid="wdw-themes" ref={themesBox}>
          <summary>
            <span className="theme-multi-label">{t('themes.label')}</span>
            <span className="theme-multi-value" data-testid="wdw-themes-summary">
              {chosen === null ? t('themes.all') : t('themes.summary', { count: fmt.number(chosenCount), total: fmt.number(orderedThemes.length) })}
            </span>
          </summary>
          <div className="theme-multi-panel">
            <div className="theme-multi-actions">
              <button type="button" className="link-button" data-testid="wdw-themes-rb" onClick={() => setState({ themes: DEFAULTS.themes })}>{t('themes.rb')}</button>
              <button type="button" className="link-button" data-testid="wdw-themes-all" onClick={() => setState({ themes: ALL })}>{t('themes.selectAll')}</button>
              <button type="button" className="link-button" data-testid="wdw-themes-clear" onClick={() => setState({ themes: NONE })}>{t('themes.clear')}</button>
            </div>
            {themeOptions.isPending && <p className="muted">{t('themes.loading')}</p>}
            <fieldset>
              <legend className="visually-hidden">{t('themes.label')}</legend>
              {orderedThemes.map((theme) => (
                <label key={theme.id} className="check" style={{ paddingLeft: `${theme.depth * 1.2}rem` }}>
                  <input type="checkbox" checked={chosen === null || chosen.includes(theme.id)} onChange={() => toggleTheme(theme.id)} data-theme={theme.id} />
                  {theme.name}
                </label>
              ))}
            </fieldset>
            <p className="muted small">{t('themes.hint')}</p>
          </div>
        </details>
        <EntityPicker label={t('within.label')} kinds={['REGION']} value={state.within} testId="wdw-within" placeholder={t('within.placeholder')}
          onChange={(key) => setState({ within: key })} />
        <label>
          {t('level.label')}
          <select value={state.level} onChange={(event) => setState({ level: event.target.value })} data-testid="wdw-level">
            <option value="">{t('level.all')}</option>
            {LEVELS.map((level) => <option key={level} value={level}>{enumLabel('GovernmentLevel', level)}</option>)}
          </select>
        </label>
      </section>

      {chosen !== null && chosen.length === 0 ? (
        <div className="state" data-state="empty">{t('chooseTheme')}</div>
      ) : (
        <QueryStatus isPending={matrix.isPending} error={matrix.error} onRetry={() => void matrix.refetch()}>
          <p className="wdw-scope" data-testid="wdw-scope">
            <span className="wdw-scope-where">{scopeText}:</span>{' '}
            <strong data-testid="wdw-agency-count">{fmt.number(rows.length)}</strong> {t('figure.agencies')},{' '}
            <strong data-testid="wdw-theme-count">{fmt.number(themes.length)}</strong> {t('figure.themes')},{' '}
            <strong data-testid="wdw-nolead-count">{fmt.number(noLead.length)}</strong> {t('figure.noLead')}.
          </p>

          {noLead.length > 0 ? (
            <div className="no-lead" role="note" data-testid="wdw-no-lead">
              <p className="no-lead-title">
                <span aria-hidden="true">⚠ </span>{t('noLead.title')}
                {noLead.map((theme, index) => (
                  <span key={theme.id} data-theme={theme.id}>{index > 0 && ', '}<EntityLink kind="THEME" id={theme.id} name={theme.name} /></span>
                ))}
              </p>
              <p className="no-lead-hint">{t('noLead.hint')}</p>
            </div>
          ) : (
            <p className="all-led" data-testid="wdw-all-led"><span aria-hidden="true">✓ </span>{t('noLead.none')}</p>
          )}

          <h2 id="wdw-heatmap-title">{t('heatmap.title')}</h2>
          <p className="wdw-read">{t('heatmap.read')}</p>
          <div className="heat-legend" aria-label={t('legend.title')} role="group" data-testid="wdw-legend">
            <div className="heat-legend-part">
              <span className="heat-legend-label">{t('legend.count')}</span>
              <span className="heat-swatches">
                {legendValues(maxCount).map((value) => {
                  const background = heatColour(value, maxCount);
                  return <span key={value} className="heat-swatch" style={{ background, color: inkOn(background) }}>{fmt.number(value)}</span>;
                })}
              </span>
            </div>
            <div className="heat-legend-part">
              <span className="heat-legend-label">{t('legend.roles')}</span>
              <span className="heat-role-keys">
                {ROLE_ORDER.map((role) => (
                  <span key={role} className="heat-role-key"><span aria-hidden="true" className="heat-mark">{ROLE_MARKS[role]}</span> {enumLabel('ParticipationRole', role)}</span>
                ))}
              </span>
            </div>
          </div>
          {rows.length === 0 ? (
            <div className="state state-empty" data-testid="wdw-empty">{t('empty')}</div>
          ) : (
            <div className="heatmap" aria-labelledby="wdw-heatmap-title">
              <DataTable testId="wdw-matrix" caption={t('caption')} fileName={t('file')} rows={rows} columns={columns}
                rowKey={(row) => row.agency.id} pageSize={50} />
            </div>
          )}
        </QueryStatus>
      )}

      <RuleBox>
        <p>{t('rule.p1')}</p>
        <p>{t('rule.p2')}</p>
        <p>{t('rule.p3')}</p>
        <p>{t('rule.p4')}</p>
      </RuleBox>
    </div>
  );
}
