import { useMemo } from 'react';
import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { useEnumLabel, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import { AGENCY_PROFILE, type AgencyMandate, type AgencyProfileAnswer, type AgencyProgram, type ForumRef, type IndicatorRef, type PartnerRef, type RegulationRef } from '../../queries/profile.js';
import { useUrlState } from '../../state/useUrlState.js';
import {
  AnalysisLinks, Facts, Figures, IndicatorName, joinNames, ProfileFrame, RoleBadge, Section, SourceList, SyntheticBanner, YearsCell,
  gapsWithinPath, useRegulationNumber, useRegulationText, useSourceColumn, useYears, type AnalysisLink,
} from './shared.js';

/** The agency profile's choice in the address: the role its programs are narrowed to ('' = all). */
const DEFAULTS = { role: '' } as const;
const ROLES = ['LEAD', 'IMPLEMENTER', 'FUNDER', 'SUPPORTER'] as const;

type ProgramRow = { role: string; program: AgencyProgram };
interface RegulationRow { regulation: RegulationRef; grants: string[]; governs: Array<{ id: string; name: string }> }
interface PartnerRow { partner: PartnerRef; roles: string[]; programs: Array<{ id: string; name: string }> }
interface IndicatorRow { indicator: IndicatorRef; programs: Array<{ id: string; name: string }> }

export function AgencyProfile({ id }: { id: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const years = useYears();
  const regulationText = useRegulationText();
  const regulationNumber = useRegulationNumber();
  const [state, setState] = useUrlState(DEFAULTS);
  const variables = { id };
  const answer = useGraphQL<AgencyProfileAnswer>(AGENCY_PROFILE, variables);
  const agency = answer.data?.agency ?? null;

  const derived = useMemo(() => {
    if (!agency) return null;
    const regulations = new Map<string, RegulationRow>();
    const regulationRow = (regulation: RegulationRef) => {
      let row = regulations.get(regulation.id);
      if (!row) regulations.set(regulation.id, (row = { regulation, grants: [], governs: [] }));
      return row;
    };
    for (const mandate of agency.mandates) for (const regulation of mandate.grantedBy) regulationRow(regulation).grants.push(mandate.title);
    for (const { program } of agency.programs) for (const regulation of program.regulations) {
      const row = regulationRow(regulation);
      if (!row.governs.some((p) => p.id === program.id)) row.governs.push({ id: program.id, name: program.name });
    }
    const partners = new Map<string, PartnerRow>();
    const indicators = new Map<string, IndicatorRow>();
    for (const { program } of agency.programs) {
      for (const { role, partner } of program.partners) {
        let row = partners.get(partner.id);
        if (!row) partners.set(partner.id, (row = { partner, roles: [], programs: [] }));
        if (!row.roles.includes(role)) row.roles.push(role);
        if (!row.programs.some((p) => p.id === program.id)) row.programs.push({ id: program.id, name: program.name });
      }
      for (const indicator of program.indicators) {
        let row = indicators.get(indicator.id);
        if (!row) indicators.set(indicator.id, (row = { indicator, programs: [] }));
        row.programs.push({ id: program.id, name: program.name });
      }
    }
    return { regulations: [...regulations.values()], partners: [...partners.values()], indicators: [...indicators.values()] };
  }, [agency]);

  const programRows = useMemo(() => (agency?.programs ?? []).filter((row) => !state.role || row.role === state.role), [agency, state.role]);

  const sourceColumn = useSourceColumn<ProgramRow>((row) => row.program.sources);
  const programColumns: Column<ProgramRow>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.program.name,
      render: (row) => <EntityLink kind="PROGRAM" id={row.program.id} name={row.program.name} /> },
    { key: 'role', header: t('col.role'), value: (row) => enumLabel('ParticipationRole', row.role), render: (row) => <RoleBadge enumName="ParticipationRole" role={row.role} /> },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.program.status) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.program.startYear, row.program.endYear), render: (row) => <YearsCell text={years(row.program.startYear, row.program.endYear)} /> },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.program.themes), render: (row) => <EntityLinks kind="THEME" items={row.program.themes} /> },
    { key: 'regions', header: t('col.regions'), value: (row) => joinNames(row.program.regions, true), render: (row) => <EntityLinks kind="REGION" items={row.program.regions} /> },
    sourceColumn,
  ];
  const mandateColumns: Column<AgencyMandate>[] = [
    { key: 'mandate', header: t('col.mandate'), value: (row) => row.title },
    { key: 'legalBasis', header: t('col.legalBasis'), value: (row) => row.legalBasis ?? '' , render: (row) => row.legalBasis ?? '–' },
    { key: 'grantedBy', header: t('col.grantedBy'), value: (row) => row.grantedBy.map(regulationText).join('; '),
      render: (row) => (row.grantedBy.length === 0 ? '–' : <ul className="cell-list">{row.grantedBy.map((r) => <li key={r.id}>{regulationText(r)}</li>)}</ul>) },
    { key: 'themes', header: t('col.themes'), value: (row) => joinNames(row.themes), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'programs', header: t('col.fulfilledBy'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
  ];
  const forumColumns: Column<ForumRef>[] = [
    { key: 'forum', header: t('col.forum'), value: (row) => row.name, render: (row) => <EntityLink kind="FORUM" id={row.id} name={row.name} /> },
    { key: 'kind', header: t('col.forumKind'), value: (row) => enumLabel('ForumKind', row.kind) },
    { key: 'year', header: t('col.year'), value: (row) => row.year, render: (row) => (row.year == null ? '–' : String(row.year)), numeric: true },
    { key: 'place', header: t('col.place'), value: (row) => row.place ?? '', render: (row) => row.place ?? '–' },
  ];
  const regulationColumns: Column<RegulationRow>[] = [
    { key: 'regulation', header: t('col.regulation'), value: (row) => row.regulation.title },
    { key: 'kind', header: t('col.regulationKind'), value: (row) => enumLabel('RegulationKind', row.regulation.kind) },
    { key: 'number', header: t('col.numberYear'), value: (row) => regulationNumber(row.regulation) },
    { key: 'relation', header: t('col.relation'), value: (row) => relationText(row),
      render: (row) => (
        <ul className="cell-list">
          {row.grants.length > 0 && <li>{t('agency.relation.grants')} {row.grants.join('; ')}</li>}
          {row.governs.length > 0 && <li>{t('agency.relation.governs')} <EntityLinks kind="PROGRAM" items={row.governs} /></li>}
        </ul>
      ) },
  ];
  function relationText(row: RegulationRow): string {
    return [
      ...(row.grants.length > 0 ? [`${t('agency.relation.grants')} ${row.grants.join('; ')}`] : []),
      ...(row.governs.length > 0 ? [`${t('agency.relation.governs')} ${joinNames(row.governs)}`] : []),
    ].join(' | ');
  }
  const partnerColumns: Column<PartnerRow>[] = [
    { key: 'partner', header: t('col.partner'), value: (row) => row.partner.name, render: (row) => <EntityLink kind="PARTNER" id={row.partner.id} name={row.partner.name} /> },
    { key: 'helix', header: t('col.helix'), value: (row) => enumLabel('Helix', row.partner.helix) },
    { key: 'roles', header: t('col.role'), value: (row) => row.roles.map((role) => enumLabel('PartnerRole', role)).join('; ') },
    { key: 'programs', header: t('col.program'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
  ];
  const indicatorColumns: Column<IndicatorRow>[] = [
    { key: 'indicator', header: t('col.indicator'), value: (row) => row.indicator.name, render: (row) => <IndicatorName indicator={row.indicator} /> },
    { key: 'unit', header: t('col.unit'), value: (row) => row.indicator.unit, downloadOnly: true },
    { key: 'direction', header: t('col.direction'), value: (row) => enumLabel('IndicatorDirection', row.indicator.direction), downloadOnly: true },
    { key: 'programs', header: t('col.measuredBy'), value: (row) => joinNames(row.programs), render: (row) => <EntityLinks kind="PROGRAM" items={row.programs} /> },
  ];

  return (
    <ProfileFrame kind="AGENCY" keyValue={id} query={AGENCY_PROFILE} variables={variables} answer={answer} found={agency}
      title={agency ? (agency.acronym && agency.acronym !== agency.name ? `${agency.name} (${agency.acronym})` : agency.name) : undefined}>
      {() => {
        if (!agency || !derived) return null;
        const home = agency.jurisdiction[0];
        const links: AnalysisLink[] = [
          { to: `${QUESTION_PATHS.conformance}?agency=${encodeURIComponent(id)}`, label: t('agency.link.conformance'), testId: 'conformance' },
          { to: `${QUESTION_PATHS.peers}?agency=${encodeURIComponent(id)}`, label: t('agency.link.peers'), testId: 'peers' },
          { to: `${QUESTION_PATHS.overlaps}?agency=${encodeURIComponent(id)}`, label: t('agency.link.overlaps'), testId: 'overlaps' },
          ...(home ? [
            { to: gapsWithinPath(home), label: t('agency.link.gaps'), testId: 'gaps' },
            { to: `${QUESTION_PATHS.indicators}?region=${encodeURIComponent(home.code)}`, label: t('agency.link.indicators'), testId: 'indicators' },
          ] : []),
        ];
        const leadCount = agency.programs.filter((row) => row.role === 'LEAD').length;
        return (
          <>
            <SyntheticBanner sources={agency.sources} />
            <div className="profile-top">
              <div>
                <Facts items={[
                  [t('agency.kind'), enumLabel('AgencyKind', agency.kind)],
                  [t('agency.level'), enumLabel('GovernmentLevel', agency.level)],
                  [t('agency.jurisdiction'), agency.jurisdiction.length > 0 ? <EntityLinks kind="REGION" items={agency.jurisdiction} />
                    : (agency.level === 'NATIONAL' ? t('agency.jurisdiction.none') : '–')],
                  agency.reportsTo.length > 0 && [t('agency.reportsTo'), <EntityLinks kind="AGENCY" items={agency.reportsTo} />],
                  agency.subordinates.length > 0 && [t('agency.subordinates'), <EntityLinks kind="AGENCY" items={agency.subordinates} />],
                ]} />
                <Figures items={[
                  { value: agency.programs.length, label: 'agency.fig.programs', testId: 'programs' },
                  { value: leadCount, label: 'agency.fig.lead', testId: 'lead' },
                  { value: agency.mandates.length, label: 'agency.fig.mandates', testId: 'mandates' },
                  { value: agency.forums.length, label: 'agency.fig.forums', testId: 'forums' },
                  { value: derived.partners.length, label: 'agency.fig.partners', testId: 'partners' },
                ]} />
              </div>
              <AnalysisLinks name={agency.acronym ?? agency.name} links={links} />
            </div>

            <Section id="mandates" title={t('agency.mandates')} hint={t('agency.mandates.hint')} count={agency.mandates.length}>
              {agency.mandates.length === 0 ? <p className="profile-empty" data-testid="mandates-empty">{t('agency.mandates.empty')}</p> : (
                <DataTable testId="table-mandates" caption={t('agency.mandates')} fileName={`${id}-mandat`} rows={agency.mandates} columns={mandateColumns} rowKey={(row) => row.id} />
              )}
            </Section>

            <Section id="programs" title={t('agency.programs')} hint={t('agency.programs.hint')} count={agency.programs.length}>
              <div className="controls profile-controls">
                <label>
                  {t('role.filter')}
                  <select value={state.role} onChange={(event) => setState({ role: event.target.value })} data-testid="role-filter">
                    <option value="">{t('role.all')}</option>
                    {ROLES.map((role) => <option key={role} value={role}>{enumLabel('ParticipationRole', role)}</option>)}
                  </select>
                </label>
              </div>
              {programRows.length === 0 ? <p className="profile-empty">{t('agency.programs.empty')}</p> : (
                <DataTable testId="table-programs" caption={t('agency.programs')} fileName={`${id}-program`} rows={programRows} columns={programColumns} rowKey={(row) => `${row.program.id}|${row.role}`} />
              )}
            </Section>

            <Section id="forums" title={t('agency.forums')} hint={t('agency.forums.hint')}>
              <h3>{t('agency.forumsTable')}</h3>
              {agency.forums.length === 0 ? <p className="profile-empty">{t('agency.forums.empty')}</p> : (
                <DataTable testId="table-forums" caption={t('col.forum')} fileName={`${id}-forum`} rows={agency.forums} columns={forumColumns} rowKey={(row) => row.id} />
              )}
              <h3>{t('agency.regulationsTable')}</h3>
              {derived.regulations.length === 0 ? <p className="profile-empty">{t('agency.regulations.empty')}</p> : (
                <DataTable testId="table-regulations" caption={t('col.regulation')} fileName={`${id}-regulasi`} rows={derived.regulations} columns={regulationColumns} rowKey={(row) => row.regulation.id} />
              )}
            </Section>

            <Section id="partners" title={t('agency.partners')} hint={t('agency.partners.hint')} count={derived.partners.length}>
              {derived.partners.length === 0 ? <p className="profile-empty">{t('agency.partners.empty')}</p> : (
                <DataTable testId="table-partners" caption={t('agency.partners')} fileName={`${id}-mitra`} rows={derived.partners} columns={partnerColumns} rowKey={(row) => row.partner.id} pageSize={20} />
              )}
            </Section>

            <Section id="indicators" title={t('agency.indicators')} hint={t('agency.indicators.hint')} count={derived.indicators.length}>
              {derived.indicators.length === 0 ? <p className="profile-empty">{t('agency.indicators.empty')}</p> : (
                <DataTable testId="table-indicators" caption={t('agency.indicators')} fileName={`${id}-indikator`} rows={derived.indicators} columns={indicatorColumns} rowKey={(row) => row.indicator.id} pageSize={20} />
              )}
            </Section>

            <SourceList name={agency.acronym ?? agency.name} sources={agency.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}
