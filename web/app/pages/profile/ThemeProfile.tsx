import { useMemo } from 'react';
import { Link } from 'react-router';
import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { useEnumLabel, useI18n, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import { THEME_PROFILE, type Named, type ThemeIndicator, type ThemeMatrixRow, type ThemeProfileAnswer, type ThemeProgram } from '../../queries/profile.js';
import {
  AnalysisLinks, Facts, Figures, IndicatorName, joinNames, ProfileFrame, Section, SourceList, SyntheticBanner, YearsCell, useRegulationText, useYears, type AnalysisLink,
} from './shared.js';

type Theme = NonNullable<ThemeProfileAnswer['theme']>;
type MandateRow = Theme['mandates'][number];

/** The latest national figure of an indicator: the last year with an actual, else the last year. */
function latestNational(indicator: ThemeIndicator) {
  let best: ThemeIndicator['measurements'][number] | null = null;
  for (const m of indicator.measurements) {
    if (!best) best = m;
    else if ((m.actual != null) !== (best.actual != null)) { if (m.actual != null) best = m; }
    else if (m.year > best.year) best = m;
  }
  return best;
}

export function ThemeProfile({ id }: { id: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const years = useYears();
  const regulationText = useRegulationText();
  const variables = { id };
  const answer = useGraphQL<ThemeProfileAnswer>(THEME_PROFILE, variables);
  const theme = answer.data?.theme ?? null;
  // The themes above it, the root first.
  const ancestors: Named[] = [];
  for (let up: (Named & { parent?: unknown }) | null = theme?.parent ?? null; up; up = (up.parent ?? null) as typeof up) ancestors.unshift(up);
  const matrixRows = useMemo(() => [...(answer.data?.responsibilityMatrix.rows ?? [])].sort((a, b) => b.programCount - a.programCount), [answer.data]);

  const rolesText = (row: ThemeMatrixRow) => row.cells.flatMap((cell) => cell.roles).map((r) => `${enumLabel('ParticipationRole', r.role)}: ${fmt.number(r.count)}`).join(' · ');
  const leads = (row: ThemeProgram) => row.agencies.filter((a) => a.role === 'LEAD').map((a) => a.agency);
  const matrixColumns: Column<ThemeMatrixRow>[] = [
    { key: 'agency', header: t('col.agency'), value: (row) => row.agency.name, render: (row) => <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} acronym={row.agency.acronym} /> },
    { key: 'kind', header: t('col.agencyKind'), value: (row) => enumLabel('AgencyKind', row.agency.kind) },
    { key: 'programs', header: t('col.programCount'), value: (row) => row.programCount, render: (row) => fmt.number(row.programCount), numeric: true },
    { key: 'roles', header: t('col.roles'), value: rolesText },
  ];
  const mandateColumns: Column<MandateRow>[] = [
    { key: 'mandate', header: t('col.mandate'), value: (row) => row.title },
    { key: 'holders', header: t('col.holders'), value: (row) => joinNames(row.holders), render: (row) => <EntityLinks kind="AGENCY" items={row.holders} /> },
    { key: 'legalBasis', header: t('col.legalBasis'), value: (row) => row.legalBasis ?? '', render: (row) => row.legalBasis ?? '–' },
    { key: 'grantedBy', header: t('col.grantedBy'), value: (row) => row.grantedBy.map(regulationText).join('; '),
      render: (row) => (row.grantedBy.length === 0 ? '–' : <ul className="cell-list">{row.grantedBy.map((r) => <li key={r.id}>{regulationText(r)}</li>)}</ul>) },
    { key: 'programs', header: t('col.fulfilledBy'), value: (row) => row.programs.length, render: (row) => fmt.number(row.programs.length), numeric: true },
  ];
  const programColumns: Column<ThemeProgram>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.name, render: (row) => <EntityLink kind="PROGRAM" id={row.id} name={row.name} /> },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.themes), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'lead', header: t('col.lead'), value: (row) => joinNames(leads(row)), render: (row) => <EntityLinks kind="AGENCY" items={leads(row)} /> },
    { key: 'regions', header: t('col.regions'), value: (row) => joinNames(row.regions, true), render: (row) => <EntityLinks kind="REGION" items={row.regions} /> },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.status) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.startYear, row.endYear), render: (row) => <YearsCell text={years(row.startYear, row.endYear)} /> },
  ];
  const nationalText = (row: ThemeIndicator) => {
    const m = latestNational(row);
    if (!m) return '';
    return t('theme.nationalFigure', { year: fmt.year(m.year), actual: fmt.number(m.actual), target: fmt.number(m.target) });
  };
  const indicatorColumns: Column<ThemeIndicator>[] = [
    { key: 'indicator', header: t('col.indicator'), value: (row) => row.name, render: (row) => <IndicatorName indicator={row} /> },
    { key: 'unit', header: t('col.unit'), value: (row) => row.unit, downloadOnly: true },
    { key: 'direction', header: t('col.direction'), value: (row) => enumLabel('IndicatorDirection', row.direction), downloadOnly: true },
    { key: 'programs', header: t('col.measuredBy'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
    { key: 'national', header: t('theme.national'), value: nationalText, render: (row) => nationalText(row) || <span className="muted">–</span> },
    { key: 'year', header: `${t('national')}: ${t('col.year')}`, value: (row) => latestNational(row)?.year ?? null, downloadOnly: true },
    { key: 'target', header: `${t('national')}: ${t('col.target')}`, value: (row) => latestNational(row)?.target ?? null, downloadOnly: true },
    { key: 'actual', header: `${t('national')}: ${t('col.actual')}`, value: (row) => latestNational(row)?.actual ?? null, downloadOnly: true },
  ];

  return (
    <ProfileFrame kind="THEME" keyValue={id} query={THEME_PROFILE} variables={variables} answer={answer} found={theme} title={theme?.name}
      breadcrumb={() => theme && ancestors.length > 0 && (
        <nav className="breadcrumb" aria-label={t('theme.breadcrumb')} data-testid="breadcrumb">
          <ol>
            {ancestors.map((above) => <li key={above.id}><EntityLink kind="THEME" id={above.id} name={above.name} /></li>)}
            <li aria-current="page">{theme.name}</li>
          </ol>
        </nav>
      )}>
      {() => {
        if (!theme || !answer.data) return null;
        const { programs, responsibilityMatrix, indicators, indicatorProgress } = answer.data;
        const noLead = responsibilityMatrix.themesWithoutLead.some((row) => row.id === theme.id);
        const q = encodeURIComponent(id);
        const links: AnalysisLink[] = [
          { to: `${QUESTION_PATHS.gaps}?theme=${q}`, label: t('theme.link.gaps'), testId: 'gaps' },
          { to: `${QUESTION_PATHS.overlaps}?theme=${q}`, label: t('theme.link.overlaps'), testId: 'overlaps' },
          { to: `${QUESTION_PATHS.helix}?theme=${q}`, label: t('theme.link.helix'), testId: 'helix' },
          { to: `${QUESTION_PATHS.whoDoesWhat}?themes=${q}`, label: t('theme.link.whoDoesWhat'), testId: 'who-does-what' },
          { to: `${QUESTION_PATHS.indicators}?scope=theme&theme=${q}`, label: t('theme.link.indicators'), testId: 'indicators' },
        ];
        return (
          <>
            <SyntheticBanner sources={theme.sources} />
            {noLead && <p className="profile-warning" role="note" data-testid="no-lead">{t('theme.noLead')}</p>}
            <div className="profile-top">
              <div>
                <Facts items={[
                  theme.description ? [t('theme.description'), <span className="profile-description">{theme.description}</span>] : false,
                  [t('theme.parent'), theme.parent ? <EntityLink kind="THEME" id={theme.parent.id} name={theme.parent.name} /> : '–'],
                  [t('theme.children'), theme.children.length === 0 ? '–' : (
                    <ul className="cell-list">{theme.children.map((child) => (
                      <li key={child.id}><EntityLink kind="THEME" id={child.id} name={child.name} /> <span className="muted">({t('theme.childPrograms', { count: fmt.number(child.programs.length) })})</span></li>
                    ))}</ul>
                  )],
                ]} />
                <Figures items={[
                  { value: programs.totalCount, label: 'theme.fig.programs', testId: 'programs' },
                  { value: theme.programs.length, label: 'theme.fig.direct', testId: 'direct' },
                  { value: responsibilityMatrix.rows.length, label: 'theme.fig.agencies', testId: 'agencies' },
                  { value: theme.mandates.length, label: 'theme.fig.mandates', testId: 'mandates' },
                  { value: indicatorProgress.offTrackCount, label: 'theme.fig.offTrack', testId: 'off-track' },
                ]} />
              </div>
              <AnalysisLinks name={theme.name} links={links} />
            </div>

            <Section id="who-does-what" title={t('theme.whoDoesWhat')} hint={t('theme.whoDoesWhat.hint')} count={matrixRows.length}>
              {matrixRows.length === 0 ? <p className="profile-empty">{t('theme.whoDoesWhat.empty')}</p> : (
                <DataTable testId="table-agencies" caption={t('theme.whoDoesWhat')} fileName={`tema-${id}-instansi`} rows={matrixRows} columns={matrixColumns} rowKey={(row) => row.agency.id} pageSize={20} />
              )}
            </Section>

            <Section id="mandates" title={t('theme.mandates')} count={theme.mandates.length}>
              {theme.mandates.length === 0 ? <p className="profile-empty">{t('theme.mandates.empty')}</p> : (
                <DataTable testId="table-mandates" caption={t('theme.mandates')} fileName={`tema-${id}-mandat`} rows={theme.mandates} columns={mandateColumns} rowKey={(row) => row.id} />
              )}
            </Section>

            <Section id="programs" title={t('theme.programs')} hint={t('theme.programs.hint')} count={programs.totalCount}>
              {programs.totalCount > programs.nodes.length && (
                <p className="muted">{t('theme.programs.more', { shown: fmt.number(programs.nodes.length), total: fmt.number(programs.totalCount) })}{' '}
                  <Link to={`${QUESTION_PATHS.whoDoesWhat}?themes=${q}`}>{t('theme.link.whoDoesWhat')}</Link></p>
              )}
              {programs.nodes.length === 0 ? <p className="profile-empty">{t('theme.programs.empty')}</p> : (
                <DataTable testId="table-programs" caption={t('theme.programs')} fileName={`tema-${id}-program`} rows={programs.nodes} columns={programColumns} rowKey={(row) => row.id} pageSize={20} />
              )}
            </Section>

            <Section id="indicators" title={t('theme.indicators')} hint={t('theme.indicators.hint')} count={indicators.totalCount}>
              <p data-testid="indicator-summary" data-off-track={indicatorProgress.offTrackCount}>
                {t('theme.indicators.summary', { offTrack: fmt.number(indicatorProgress.offTrackCount) })}{' '}
                <Link to={`${QUESTION_PATHS.indicators}?scope=theme&theme=${q}`} data-testid="indicator-chart-link">{t('indicators.chart')}</Link>
              </p>
              {indicators.totalCount > indicators.nodes.length && <p className="muted">{t('theme.indicators.more', { shown: fmt.number(indicators.nodes.length), total: fmt.number(indicators.totalCount) })}</p>}
              {indicators.nodes.length === 0 ? <p className="profile-empty">{t('theme.indicators.empty')}</p> : (
                <DataTable testId="table-indicators" caption={t('theme.indicators')} fileName={`tema-${id}-indikator`} rows={indicators.nodes} columns={indicatorColumns} rowKey={(row) => row.id} pageSize={20} />
              )}
            </Section>

            <SourceList name={theme.name} sources={theme.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}
