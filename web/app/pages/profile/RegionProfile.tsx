import { Link } from 'react-router';
import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { titleCase, useEnumLabel, useI18n, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import {
  REGION_PROFILE, type RegionAgency, type RegionAncestor, type RegionChild, type RegionProfileAnswer, type RegionProgram, type RegionWithinProgram,
} from '../../queries/profile.js';
import {
  AnalysisLinks, Facts, Figures, IndicatorProgressTable, joinNames, ProfileFrame, Section, SourceList, SyntheticBanner, YearsCell, gapsReachPath, gapsWithinPath,
  useSourceColumn, useYears, type AnalysisLink,
} from './shared.js';

/** The root of the hierarchy: its profile leaves out the lists that would hold the whole graph. */
const COUNTRY = 'ID';

export function RegionProfile({ code }: { code: string }) {
  const t = useT('profile');
  const common = useT('common');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const years = useYears();
  const country = code === COUNTRY;
  const variables = { code, country };
  const answer = useGraphQL<RegionProfileAnswer>(REGION_PROFILE, variables);
  const region = answer.data?.region ?? null;
  // The chain above it, Indonesia first.
  const ancestors: RegionAncestor[] = [];
  for (let up: (RegionAncestor & { parent?: unknown }) | null = region?.parent ?? null; up; up = (up.parent ?? null) as typeof up) ancestors.unshift(up);
  const leads = (row: { agencies: Array<{ agency: { id: string; name: string; acronym: string | null } }> }) => row.agencies.map((a) => a.agency);

  const sourceColumn = useSourceColumn<RegionProgram>((row) => row.sources);
  const directColumns: Column<RegionProgram>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.name,
      render: (row) => <EntityLink kind="PROGRAM" id={row.id} name={row.name} /> },
    { key: 'lead', header: t('col.lead'), value: (row) => joinNames(leads(row)), render: (row) => <EntityLinks kind="AGENCY" items={leads(row)} /> },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.themes), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.status) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.startYear, row.endYear), render: (row) => <YearsCell text={years(row.startYear, row.endYear)} /> },
    sourceColumn,
  ];
  const withinColumns: Column<RegionWithinProgram>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.name, render: (row) => <EntityLink kind="PROGRAM" id={row.id} name={row.name} /> },
    { key: 'regions', header: t('col.regions'), value: (row) => joinNames(row.regions, true),
      render: (row) => (row.regions.some((r) => r.code === code) ? <span className="badge">{t('region.within.direct')}</span> : <EntityLinks kind="REGION" items={row.regions} />) },
    { key: 'lead', header: t('col.lead'), value: (row) => joinNames(leads(row)), render: (row) => <EntityLinks kind="AGENCY" items={leads(row)} /> },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.themes), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.status) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.startYear, row.endYear), render: (row) => <YearsCell text={years(row.startYear, row.endYear)} /> },
  ];
  const agencyColumns: Column<RegionAgency>[] = [
    { key: 'agency', header: t('col.agency'), value: (row) => row.name, render: (row) => <EntityLink kind="AGENCY" id={row.id} name={row.name} acronym={row.acronym} /> },
    { key: 'kind', header: t('col.agencyKind'), value: (row) => enumLabel('AgencyKind', row.kind) },
    { key: 'jurisdiction', header: t('col.jurisdiction'), value: (row) => joinNames(row.jurisdiction, true), render: (row) => <EntityLinks kind="REGION" items={row.jurisdiction} /> },
  ];
  const childColumns: Column<RegionChild>[] = [
    { key: 'name', header: t('col.name'), value: (row) => titleCase(row.name), render: (row) => <EntityLink kind="REGION" id={row.code} name={row.name} /> },
    { key: 'code', header: t('col.code'), value: (row) => row.code },
    { key: 'level', header: t('col.level'), value: (row) => enumLabel('RegionLevel', row.level) },
    { key: 'remote', header: t('col.remote'), value: (row) => row.outermostIslandCount, numeric: true,
      render: (row) => (row.outermostIslandCount > 0 ? <>{fmt.number(row.outermostIslandCount)} <span className="badge warn">{common('remote')}</span></> : '–') },
    { key: 'programs', header: t('col.directPrograms'), value: (row) => row.programs.length, render: (row) => fmt.number(row.programs.length), numeric: true },
  ];

  return (
    <ProfileFrame kind="REGION" keyValue={code} query={REGION_PROFILE} variables={variables} answer={answer} found={region} title={region ? titleCase(region.name) : undefined}
      breadcrumb={() => region && ancestors.length > 0 && (
        <nav className="breadcrumb" aria-label={t('region.breadcrumb')} data-testid="breadcrumb">
          <ol>
            {ancestors.map((above) => <li key={above.code}><EntityLink kind="REGION" id={above.code} name={above.name} /></li>)}
            <li aria-current="page">{titleCase(region.name)}</li>
          </ol>
        </nav>
      )}>
      {() => {
        if (!region || !answer.data) return null;
        const { within, agencies, indicatorProgress } = answer.data;
        const levelText = region.level === 'REGENCY' && region.isCity != null ? t(region.isCity ? 'region.city' : 'region.regency') : enumLabel('RegionLevel', region.level);
        const directIds = new Set(region.programs.map((program) => program.id));
        const beyondDirect = (within?.nodes ?? []).filter((program) => !directIds.has(program.id));
        const q = encodeURIComponent(code);
        const reachPath = gapsReachPath(region, region.parent?.code);
        const links: AnalysisLink[] = [
          { to: gapsWithinPath(region, region.parent?.code), label: t('region.link.gaps'), testId: 'gaps' },
          { to: `${QUESTION_PATHS.indicators}?region=${q}`, label: t('region.link.indicators'), testId: 'indicators' },
          { to: `${QUESTION_PATHS.helix}?region=${q}`, label: t('region.link.helix'), testId: 'helix' },
          { to: `${QUESTION_PATHS.overlaps}?region=${q}`, label: t('region.link.overlaps'), testId: 'overlaps' },
          { to: `${QUESTION_PATHS.whoDoesWhat}?within=${q}`, label: t('region.link.whoDoesWhat'), testId: 'who-does-what' },
        ];
        return (
          <>
            <SyntheticBanner sources={region.sources} />
            <div className="profile-top">
              <div>
                <Facts items={[
                  [t('region.level'), levelText],
                  [t('region.code'), <code>{region.code}</code>],
                  [t('region.islands'), region.outermostIslandCount === 0 ? t('region.islandsNone')
                    : t(region.level === 'REGENCY' || region.level === 'DISTRICT' ? 'region.islandsCount' : 'region.islandsWithin', { count: fmt.number(region.outermostIslandCount) })],
                ]} />
                <Figures items={[
                  { value: region.programs.length, label: 'region.fig.direct', testId: 'direct' },
                  ...(within ? [{ value: within.totalCount, label: 'region.fig.within' as const, testId: 'within' }] : []),
                  { value: agencies.totalCount, label: 'region.fig.agencies', testId: 'agencies' },
                  { value: region.children.length, label: 'region.fig.children', testId: 'children' },
                  ...(indicatorProgress ? [{ value: indicatorProgress.offTrackCount, label: 'region.fig.offTrack' as const, testId: 'off-track' }] : []),
                ]} />
              </div>
              <AnalysisLinks name={titleCase(region.name)} links={links} />
            </div>

            <Section id="direct" title={t('region.direct')} count={region.programs.length}>
              {region.programs.length === 0 ? <p className="profile-empty">{t('region.direct.empty')}</p> : (
                <DataTable testId="table-direct" caption={t('region.direct')} fileName={`wilayah-${code}-program-langsung`} rows={region.programs} columns={directColumns} rowKey={(row) => row.id} />
              )}
              {ancestors.length > 0 && (
                <div className="profile-note" data-testid="direct-note">
                  <p>{t('region.direct.note')}</p>
                  <ul>
                    {ancestors.map((above) => (
                      <li key={above.code} data-code={above.code} data-count={above.programs.length}>
                        <EntityLink kind="REGION" id={above.code} name={above.name} /> ({enumLabel('RegionLevel', above.level).toLowerCase()}):{' '}
                        {t('region.direct.ancestor', { count: fmt.number(above.programs.length) })}
                      </li>
                    ))}
                  </ul>
                  {reachPath && <p><Link to={reachPath} data-testid="link-reach">{t('region.direct.gapsHint')}</Link></p>}
                </div>
              )}
            </Section>

            {within && beyondDirect.length > 0 && (
              <Section id="within" title={t('region.within')} hint={t('region.within.hint')} count={within.totalCount}>
                {within.totalCount > within.nodes.length && <p className="muted">{t('region.within.more', { shown: fmt.number(within.nodes.length), total: fmt.number(within.totalCount) })}</p>}
                <DataTable testId="table-within" caption={t('region.within')} fileName={`wilayah-${code}-program-di-dalamnya`} rows={within.nodes} columns={withinColumns} rowKey={(row) => row.id} />
              </Section>
            )}

            <Section id="agencies" title={t('region.agencies')} hint={t('region.agencies.hint')} count={agencies.totalCount}>
              {!country && agencies.totalCount > agencies.nodes.length && <p className="muted">{t('region.agencies.more', { shown: fmt.number(agencies.nodes.length), total: fmt.number(agencies.totalCount) })}</p>}
              {country ? <p className="profile-empty">{t('region.agencies.country')}</p> : agencies.nodes.length === 0 ? <p className="profile-empty">{t('region.agencies.empty')}</p> : (
                <DataTable testId="table-agencies" caption={t('region.agencies')} fileName={`wilayah-${code}-pemerintah`} rows={agencies.nodes} columns={agencyColumns} rowKey={(row) => row.id} pageSize={20} />
              )}
            </Section>

            <Section id="children" title={t('region.children')} count={region.children.length}>
              {region.children.length === 0 ? <p className="profile-empty">{t('region.children.empty')}</p> : (
                <DataTable testId="table-children" caption={t('region.children')} fileName={`wilayah-${code}-sub-wilayah`} rows={region.children} columns={childColumns} rowKey={(row) => row.code} pageSize={40} />
              )}
            </Section>

            {indicatorProgress ? (
              <IndicatorProgressTable progress={indicatorProgress} fileName={`wilayah-${code}`} chartLink={`${QUESTION_PATHS.indicators}?region=${q}`} />
            ) : (
              <Section id="indicators" title={t('indicators')}>
                <p className="profile-empty">{t('region.countryIndicators')}</p>
              </Section>
            )}

            <SourceList name={titleCase(region.name)} sources={region.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}

