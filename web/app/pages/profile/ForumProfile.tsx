import { useMemo } from 'react';
import { useGraphQL } from '../../api/useGraphQL.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { EntityLink, EntityLinks } from '../../components/EntityLink.js';
import { useEnumLabel, useI18n, useT } from '../../i18n/I18nProvider.js';
import { QUESTION_PATHS } from '../../paths.js';
import { FORUM_PROFILE, type ForumMember, type ForumProfileAnswer } from '../../queries/profile.js';
import { AnalysisLinks, Facts, Figures, joinNames, ProfileFrame, RoleBadge, Section, SourceList, SyntheticBanner, type AnalysisLink } from './shared.js';

interface SharedRow {
  program: { id: string; name: string; status: string };
  members: Array<{ id: string; name: string; acronym: string | null; role: string }>;
}

export function ForumProfile({ id }: { id: string }) {
  const t = useT('profile');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const variables = { id };
  const answer = useGraphQL<ForumProfileAnswer>(FORUM_PROFILE, variables);
  const forum = answer.data?.forum ?? null;

  const derived = useMemo(() => {
    if (!forum) return null;
    const byProgram = new Map<string, SharedRow>();
    for (const member of forum.members) {
      for (const { role, program } of member.programs) {
        let row = byProgram.get(program.id);
        if (!row) byProgram.set(program.id, (row = { program, members: [] }));
        row.members.push({ id: member.id, name: member.name, acronym: member.acronym, role });
      }
    }
    const all = [...byProgram.values()];
    return { programCount: all.length, shared: all.filter((row) => row.members.length > 1).sort((a, b) => b.members.length - a.members.length) };
  }, [forum]);

  const memberText = (row: SharedRow) => row.members.map((m) => `${m.acronym ?? m.name}: ${enumLabel('ParticipationRole', m.role)}`).join('; ');
  const memberColumns: Column<ForumMember>[] = [
    { key: 'agency', header: t('col.agency'), value: (row) => row.name, render: (row) => <EntityLink kind="AGENCY" id={row.id} name={row.name} acronym={row.acronym} /> },
    { key: 'kind', header: t('col.agencyKind'), value: (row) => enumLabel('AgencyKind', row.kind) },
    { key: 'level', header: t('col.govLevel'), value: (row) => enumLabel('GovernmentLevel', row.level) },
    { key: 'jurisdiction', header: t('col.jurisdiction'), value: (row) => joinNames(row.jurisdiction, true), render: (row) => <EntityLinks kind="REGION" items={row.jurisdiction} /> },
    { key: 'programs', header: t('col.programCount'), value: (row) => row.programs.length, render: (row) => fmt.number(row.programs.length), numeric: true },
    { key: 'lead', header: t('col.leadCount'), value: (row) => row.programs.filter((p) => p.role === 'LEAD').length,
      render: (row) => fmt.number(row.programs.filter((p) => p.role === 'LEAD').length), numeric: true },
    { key: 'mandates', header: t('col.mandateCount'), value: (row) => row.mandates.length, render: (row) => fmt.number(row.mandates.length), numeric: true },
  ];
  const sharedColumns: Column<SharedRow>[] = [
    { key: 'program', header: t('col.program'), value: (row) => row.program.name, render: (row) => <EntityLink kind="PROGRAM" id={row.program.id} name={row.program.name} /> },
    { key: 'members', header: t('col.members'), value: memberText,
      render: (row) => (
        <ul className="cell-list">{row.members.map((m) => (
          <li key={`${m.id}|${m.role}`}><EntityLink kind="AGENCY" id={m.id} name={m.acronym ?? m.name} /> <RoleBadge enumName="ParticipationRole" role={m.role} /></li>
        ))}</ul>
      ) },
    { key: 'count', header: t('col.agencies'), value: (row) => row.members.length, render: (row) => fmt.number(row.members.length), numeric: true },
    { key: 'status', header: t('col.status'), value: (row) => enumLabel('ProgramStatus', row.program.status) },
  ];

  return (
    <ProfileFrame kind="FORUM" keyValue={id} query={FORUM_PROFILE} variables={variables} answer={answer} found={forum} title={forum?.name}>
      {() => {
        if (!forum || !derived) return null;
        const links: AnalysisLink[] = [
          { to: QUESTION_PATHS.peers, label: t('forum.link.peers'), testId: 'peers' },
          { to: QUESTION_PATHS.whoDoesWhat, label: t('forum.link.whoDoesWhat'), testId: 'who-does-what' },
        ];
        return (
          <>
            <SyntheticBanner sources={forum.sources} />
            <div className="profile-top">
              <div>
                <Facts items={[
                  [t('forum.kind'), enumLabel('ForumKind', forum.kind)],
                  [t('forum.year'), forum.year == null ? t('forum.unknown') : fmt.year(forum.year)],
                  [t('forum.place'), forum.place ?? t('forum.unknown')],
                ]} />
                <Figures items={[
                  { value: forum.members.length, label: 'forum.fig.members', testId: 'members' },
                  { value: derived.programCount, label: 'forum.fig.programs', testId: 'programs' },
                  { value: derived.shared.length, label: 'forum.fig.shared', testId: 'shared' },
                ]} />
              </div>
              <AnalysisLinks name={forum.name} links={links} />
            </div>

            <Section id="members" title={t('forum.members')} count={forum.members.length}>
              {forum.members.length === 0 ? <p className="profile-empty">{t('forum.members.empty')}</p> : (
                <DataTable testId="table-members" caption={t('forum.members')} fileName={`forum-${id}-anggota`} rows={forum.members} columns={memberColumns} rowKey={(row) => row.id} pageSize={25} />
              )}
            </Section>

            <Section id="shared" title={t('forum.shared')} hint={t('forum.shared.hint')} count={derived.shared.length}>
              {derived.shared.length === 0 ? <p className="profile-empty">{t('forum.shared.empty')}</p> : (
                <DataTable testId="table-shared" caption={t('forum.shared')} fileName={`forum-${id}-program-bersama`} rows={derived.shared} columns={sharedColumns} rowKey={(row) => row.program.id} pageSize={20} />
              )}
              <p className="muted">{t('forum.directives')}</p>
            </Section>

            <SourceList name={forum.name} sources={forum.sources} />
          </>
        );
      }}
    </ProfileFrame>
  );
}
