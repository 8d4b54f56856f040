import { useMemo } from 'react';
import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { useEnumLabel, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import { PARTNER_PROFILE, type AgencyRef, type Named, type PartnerProfileAnswer, type PartnerProgram, type PartnerRef } from '../../queries/profile.js';
import { useUrlState } from '../../state/useUrlState.js';
import {
  AnalysisLinks, distinct, Facts, Figures, joinNames, ProfileFrame, RoleBadge, Section, SourceList, SyntheticBanner, YearsCell, useYears, type AnalysisLink,
} from './shared.js';

/** The partner profile's choice in the address: the role its programs are narrowed to ('' = all). */
const DEFAULTS = { role: '' } as const;
const ROLES = ['IMPLEMENTER', 'FUNDER', 'TECHNOLOGY', 'RESEARCH', 'TRAINING', 'OUTREACH'] as const;

type ProgramRow = { role: string; program: PartnerProgram };
interface AgencyRow { agency: AgencyRef; roles: string[]; programs: Named[] }
interface CoPartnerRow { partner: PartnerRef; programs: Named[] }

export function PartnerProfile({ id }: { id: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const years = useYears();
  const [state, setState] = useUrlState(DEFAULTS);
  const variables = { id };
  const answer = useGraphQL<PartnerProfileAnswer>(PARTNER_PROFILE, variables);
  const partner = answer.data?.partner ?? null;

  const derived = useMemo(() => {
    if (!partner) return null;
    const agencies = new Map<string, AgencyRow>();
    const others = new Map<string, CoPartnerRow>();
    for (const { program } of partner.programs) {
      const named = { id: program.id, name: program.name };
      for (const { role, agency } of program.agencies) {
        let row = agencies.get(agency.id);
        if (!row) agencies.set(agency.id, (row = { agency, roles: [], programs: [] }));
        if (!row.roles.includes(role)) row.roles.push(role);
        if (!row.programs.some((p) => p.id === program.id)) row.programs.push(named);
      }
      for (const { partner: other } of program.partners) {
        if (other.id === partner.id) continue;
        let row = others.get(other.id);
        if (!row) others.set(other.id, (row = { partner: other, programs: [] }));
        if (!row.programs.some((p) => p.id === program.id)) row.programs.push(named);
      }
    }
    const themes = distinct(partner.programs.flatMap(({ program }) => program.themes), (theme) => theme.id);
    return { agencies: [...agencies.values()], others: [...others.values()], themes };
  }, [partner]);
  const programRows = useMemo(() => (partner?.programs ?? []).filter((row) => !state.role || row.role === state.role), [partner, state.role]);

  const leads = (row: ProgramRow) => row.program.agencies.filter((a) => a.role === 'LEAD').map((a) => a.agency);
  const programColumns: Column<ProgramRow>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.program.name, render: (row) => <EntityLink kind="PROGRAM" id={row.program.id} name={row.program.name} /> },
    { key: 'role', header: t('col.role'), value: (row) => enumLabel('PartnerRole', row.role), render: (row) => <RoleBadge enumName="PartnerRole" role={row.role} /> },
    { key: 'lead', header: t('col.lead'), value: (row) => joinNames(leads(row)), render: (row) => <EntityLinks kind="AGENCY" items={leads(row)} /> },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.program.themes), render: (row) => <EntityLinks kind="THEME" items={row.program.themes} /> },
    { key: 'regions', header: t('col.regions'), value: (row) => joinNames(row.program.regions, true), render: (row) => <EntityLinks kind="REGION" items={row.program.regions} /> },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.program.status) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.program.startYear, row.program.endYear), render: (row) => <YearsCell text={years(row.program.startYear, row.program.endYear)} /> },
  ];
  const agencyColumns: Column<AgencyRow>[] = [
    { key: 'agency', header: t('col.agency'), value: (row) => row.agency.name, render: (row) => <EntityLink kind="AGENCY" id={row.agency.id} name={row.agency.name} acronym={row.agency.acronym} /> },
    { key: 'roles', header: t('col.role'), value: (row) => row.roles.map((role) => enumLabel('ParticipationRole', role)).join('; ') },
    { key: 'programs', header: t('col.sharedPrograms'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
  ];
  const otherColumns: Column<CoPartnerRow>[] = [
    { key: 'partner', header: t('col.partner'), value: (row) => row.partner.name, render: (row) => <EntityLink kind="PARTNER" id={row.partner.id} name={row.partner.name} /> },
    { key: 'helix', header: t('col.helix'), value: (row) => enumLabel('Helix', row.partner.helix) },
    { key: 'programs', header: t('col.sharedPrograms'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
  ];

  return (
    <ProfileFrame kind="PARTNER" keyValue={id} query={PARTNER_PROFILE} variables={variables} answer={answer} found={partner} title={partner?.name}>
      {() => {
        if (!partner || !derived) return null;
        const links: AnalysisLink[] = derived.themes.slice(0, 3).map((theme) => ({
          to: `${QUESTION_PATHS.helix}?theme=${encodeURIComponent(theme.id)}`, label: t('partner.link.helix', { theme: theme.name }), testId: `helix-${theme.id}`,
        }));
        return (
          <>
            <SyntheticBanner sources={partner.sources} />
            <div className="profile-top">
              <div>
                <Facts items={[
                  [t('partner.helix'), enumLabel('Helix', partner.helix)],
                  [t('col.themes'), derived.themes.length === 0 ? '–' : <EntityLinks kind="THEME" items={derived.themes} />],
                ]} />
                <Figures items={[
                  { value: partner.programs.length, label: 'partner.fig.programs', testId: 'programs' },
                  { value: derived.agencies.length, label: 'partner.fig.agencies', testId: 'agencies' },
                  { value: derived.others.length, label: 'partner.fig.partners', testId: 'partners' },
                ]} />
              </div>
              <AnalysisLinks name={partner.name} links={links} />
            </div>

            <Section id="programs" title={t('partner.programs')} count={partner.programs.length}>
              {partner.programs.length === 0 ? <p className="profile-empty">{t('partner.programs.none')}</p> : (
                <>
                  <div className="controls profile-controls">
                    <label>
                      {t('role.filter')}
                      <select value={state.role} onChange={(event) => setState({ role: event.target.value })} data-testid="role-filter">
                        <option value="">{t('role.all')}</option>
                        {ROLES.map((role) => <option key={role} value={role}>{enumLabel('PartnerRole', role)}</option>)}
                      </select>
                    </label>
                  </div>
                  {programRows.length === 0 ? <p className="profile-empty">{t('partner.programs.empty')}</p> : (
                    <DataTable testId="table-programs" caption={t('partner.programs')} fileName={`mitra-${id}-program`} rows={programRows} columns={programColumns} rowKey={(row) => `${row.program.id}|${row.role}`} />
                  )}
                </>
              )}
            </Section>

            <Section id="agencies" title={t('partner.agencies')} hint={t('partner.agencies.hint')} count={derived.agencies.length}>
              {derived.agencies.length === 0 ? <p className="profile-empty">{t('partner.agencies.empty')}</p> : (
                <DataTable testId="table-agencies" caption={t('partner.agencies')} fileName={`mitra-${id}-instansi`} rows={derived.agencies} columns={agencyColumns} rowKey={(row) => row.agency.id} pageSize={20} />
              )}
            </Section>

            <Section id="partners" title={t('partner.partners')} count={derived.others.length}>
              {derived.others.length === 0 ? <p className="profile-empty">{t('partner.partners.empty')}</p> : (
                <DataTable testId="table-partners" caption={t('partner.partners')} fileName={`mitra-${id}-mitra-lain`} rows={derived.others} columns={otherColumns} rowKey={(row) => row.partner.id} pageSize={20} />
              )}
            </Section>

            <SourceList name={partner.name} sources={partner.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}
