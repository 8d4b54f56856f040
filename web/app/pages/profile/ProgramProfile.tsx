import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { titleCase, useEnumLabel, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import { PROGRAM_PROFILE, type ProgramMandate, type ProgramProfileAnswer, type RegulationRef } from '../../queries/profile.js';
import {
  AnalysisLinks, Facts, Figures, IndicatorProgressTable, joinNames, ProfileFrame, RoleBadge, Section, SourceList, SyntheticBanner,
  useRegulationNumber, useRegulationText, useYears, type AnalysisLink,
} from './shared.js';

type Program = NonNullable<ProgramProfileAnswer['program']>;
type AgencyRow = Program['agencies'][number];
type PartnerRow = Program['partners'][number];
type RegionRow = Program['regions'][number];

export function ProgramProfile({ id }: { id: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const years = useYears();
  const regulationText = useRegulationText();
  const regulationNumber = useRegulationNumber();
  const variables = { id };
  const answer = useGraphQL<ProgramProfileAnswer>(PROGRAM_PROFILE, variables);
  const program = answer.data?.program ?? null;

  const agencyColumns: Column<AgencyRow>[] = [
    { key: 'agency', header: t('col.agency'), value: (row) => row.agency.name,
      render: (row) => <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} acronym={row.agency.acronym} /> },
    { key: 'role', header: t('col.role'), value: (row) => enumLabel('ParticipationRole', row.role), render: (row) => <RoleBadge enumName="ParticipationRole" role={row.role} /> },
    { key: 'kind', header: t('col.agencyKind'), value: (row) => enumLabel('AgencyKind', row.agency.kind) },
    { key: 'level', header: t('col.govLevel'), value: (row) => enumLabel('GovernmentLevel', row.agency.level) },
  ];
  const partnerColumns: Column<PartnerRow>[] = [
    { key: 'partner', header: t('col.partner'), value: (row) => row.partner.name, render: (row) => <EntityLink kind="PARTNER" id={row.partner.id} name={row.partner.name} /> },
    { key: 'role', header: t('col.role'), value: (row) => enumLabel('PartnerRole', row.role), render: (row) => <RoleBadge enumName="PartnerRole" role={row.role} /> },
    { key: 'helix', header: t('col.helix'), value: (row) => enumLabel('Helix', row.partner.helix) },
  ];
  const regionColumns: Column<RegionRow>[] = [
    { key: 'region', header: t('col.region'), value: (row) => titleCase(row.name), render: (row) => <EntityLink kind="REGION" id={row.code} name={row.name} /> },
    { key: 'code', header: t('col.code'), value: (row) => row.code },
    { key: 'level', header: t('col.level'), value: (row) => enumLabel('RegionLevel', row.level) },
    { key: 'parent', header: t('region.breadcrumb'), value: (row) => (row.parent ? titleCase(row.parent.name) : ''),
      render: (row) => (row.parent ? <EntityLink kind="REGION" id={row.parent.code} name={row.parent.name} /> : '–') },
  ];
  const mandateColumns: Column<ProgramMandate>[] = [
    { key: 'mandate', header: t('col.mandate'), value: (row) => row.title },
    { key: 'holders', header: t('col.holders'), value: (row) => joinNames(row.holders), render: (row) => <EntityLinks kind="AGENCY" items={row.holders} /> },
    { key: 'legalBasis', header: t('col.legalBasis'), value: (row) => row.legalBasis ?? '', render: (row) => row.legalBasis ?? '–' },
    { key: 'grantedBy', header: t('col.grantedBy'), value: (row) => row.grantedBy.map(regulationText).join('; '),
      render: (row) => (row.grantedBy.length === 0 ? '–' : <ul className="cell-list">{row.grantedBy.map((r) => <li key={r.id}>{regulationText(r)}</li>)}</ul>) },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.themes), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
  ];
  const regulationColumns: Column<RegulationRef>[] = [
    { key: 'regulation', header: t('col.regulation'), value: (row) => row.title },
    { key: 'kind', header: t('col.regulationKind'), value: (row) => enumLabel('RegulationKind', row.kind) },
    { key: 'number', header: t('col.numberYear'), value: (row) => regulationNumber(row) },
  ];

  return (
    <ProfileFrame kind="PROGRAM" keyValue={id} query={PROGRAM_PROFILE} variables={variables} answer={answer} found={program} title={program?.name}>
      {() => {
        if (!program || !answer.data) return null;
        const progress = answer.data.indicatorProgress;
        const lead = program.agencies.find((row) => row.role === 'LEAD')?.agency ?? program.agencies[0]?.agency;
        const firstTheme = program.themes[0];
        const links: AnalysisLink[] = [
          { to: `${QUESTION_PATHS.indicators}?scope=program&program=${encodeURIComponent(id)}`, label: t('program.link.indicators'), testId: 'indicators' },
          { to: `${QUESTION_PATHS.helix}?program=${encodeURIComponent(id)}`, label: t('program.link.helix'), testId: 'helix' },
          ...(firstTheme ? [{ to: `${QUESTION_PATHS.overlaps}?theme=${encodeURIComponent(firstTheme.id)}`, label: t('program.link.overlaps', { theme: firstTheme.name }), testId: 'overlaps' }] : []),
          ...(lead ? [{ to: `${QUESTION_PATHS.conformance}?agency=${encodeURIComponent(lead.id)}`, label: t('program.link.conformance', { agency: lead.acronym ?? lead.name }), testId: 'conformance' }] : []),
        ];
        return (
          <>
            <SyntheticBanner sources={program.sources} />
            <div className="profile-top">
              <div>
                <Facts items={[
                  program.description ? [t('program.description'), <span className="profile-description">{program.description}</span>] : false,
                  [t('program.track'), enumLabel('ProgramTrack', program.track)],
                  [t('program.status'), enumLabel('ProgramStatus', program.status)],
                  [t('program.years'), years(program.startYear, program.endYear)],
                  [t('program.themes'), program.themes.length === 0 ? '–' : (
                    <ul className="cell-list">{program.themes.map((theme) => (
                      <li key={theme.id}>
                        {theme.parent && <><EntityLink kind="THEME" id={theme.parent.id} name={theme.parent.name} /> › </>}
                        <EntityLink kind="THEME" id={theme.id} name={theme.name} />
                      </li>
                    ))}</ul>
                  )],
                ]} />
                <Figures items={[
                  { value: program.agencies.length, label: 'program.fig.agencies', testId: 'agencies' },
                  { value: program.partners.length, label: 'program.fig.partners', testId: 'partners' },
                  { value: program.regions.length, label: 'program.fig.regions', testId: 'regions' },
                  { value: program.mandates.length, label: 'program.fig.mandates', testId: 'mandates' },
                  { value: progress.offTrackCount, label: 'program.fig.offTrack', testId: 'off-track' },
                ]} />
              </div>
              <AnalysisLinks name={program.name} links={links} />
            </div>

            <div className="two-columns">
              <Section id="agencies" title={t('program.agencies')} count={program.agencies.length}>
                {program.agencies.length === 0 ? <p className="profile-empty">{t('program.agencies.empty')}</p> : (
                  <DataTable testId="table-agencies" caption={t('program.agencies')} fileName={`${id}-instansi`} rows={program.agencies} columns={agencyColumns} rowKey={(row) => `${row.agency.id}|${row.role}`} />
                )}
              </Section>
              <Section id="partners" title={t('program.partners')} count={program.partners.length}>
                {program.partners.length === 0 ? <p className="profile-empty">{t('program.partners.empty')}</p> : (
                  <DataTable testId="table-partners" caption={t('program.partners')} fileName={`${id}-mitra`} rows={program.partners} columns={partnerColumns} rowKey={(row) => `${row.partner.id}|${row.role}`} />
                )}
              </Section>
            </div>

            <Section id="regions" title={t('program.regions')} hint={t('program.regions.hint')} count={program.regions.length}>
              {program.regions.length === 0 ? <p className="profile-empty">{t('program.regions.empty')}</p> : (
                <DataTable testId="table-regions" caption={t('program.regions')} fileName={`${id}-wilayah`} rows={program.regions} columns={regionColumns} rowKey={(row) => row.code} />
              )}
            </Section>

            <Section id="mandates" title={t('program.mandates')} count={program.mandates.length}>
              {program.mandates.length === 0 ? <p className="profile-empty">{t('program.mandates.empty')}</p> : (
                <DataTable testId="table-mandates" caption={t('program.mandates')} fileName={`${id}-mandat`} rows={program.mandates} columns={mandateColumns} rowKey={(row) => row.id} />
              )}
            </Section>

            <Section id="regulations" title={t('program.regulations')} count={program.regulations.length}>
              {program.regulations.length === 0 ? <p className="profile-empty">{t('program.regulations.empty')}</p> : (
                <DataTable testId="table-regulations" caption={t('program.regulations')} fileName={`${id}-regulasi`} rows={program.regulations} columns={regulationColumns} rowKey={(row) => row.id} />
              )}
            </Section>

            <IndicatorProgressTable progress={progress} fileName={id} chartLink={`${QUESTION_PATHS.indicators}?scope=program&program=${encodeURIComponent(id)}`} />

            <SourceList name={program.name} sources={program.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}
