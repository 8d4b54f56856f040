import { useMemo } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';
import { useGraphQL } from '../api/useGraphQL.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { EntityLink, EntityLinks } from '../components/EntityLink.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { PageHeader, RuleBox } from '../components/PageHeader.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { ShowAsGraphQL } from '../components/ShowAsGraphQL.js';
import { useEnumLabel, useI18n, useT, useYearSpan } from '../i18n/I18nProvider.js';
import type { KeyOf } from '../i18n/catalogue.js';
import {
  MANDATE_CONFORMANCE,
  type AgencyRef, type MandateConformanceAnswer, type MandateCreep, type MandateGap, type RegulationRef,
} from '../queries/conformance.js';
import { useUrlState } from '../state/useUrlState.js';

/** No agency chosen at first: the page asks for one, with a few to start from. */
const DEFAULTS = { agency: '' };
const EXAMPLES: Array<{ id: string; label: KeyOf<'conformance'> }> = [
  { id: 'kemenpanrb', label: 'example.kemenpanrb' },
  { id: 'pemprov-gorontalo', label: 'example.gorontalo' },
  { id: 'pemprov-sumatera-selatan', label: 'example.sumsel' },
];

const short = (agency: AgencyRef) => agency.acronym ?? agency.name;


/** The plain-words suggestion for a program without a mandate: which mandate to link it to. */
function useCreepHints(agencyId: string) {
  const t = useT('conformance');
  return (row: MandateCreep): string[] => {
    if (row.relatedMandates.length === 0) return [t('creep.hintNone')];
    const participants = new Set(row.program.agencies.map((participant) => participant.agency.id));
    return row.relatedMandates.map((mandate) => {
      const inProgram = mandate.holders.filter((holder) => participants.has(holder.id));
      const holders = inProgram.some((holder) => holder.id === agencyId)
        ? t('creep.hintOwn')
        : t('creep.hintHeldBy', { names: (inProgram.length > 0 ? inProgram : mandate.holders).map(short).join(', ') });
      return t('creep.hintLink', { mandate: mandate.title, holders });
    });
  };
}

function regulationText(regulation: RegulationRef, kindLabel: string): string {
  const details = [kindLabel, regulation.number, regulation.year == null ? null : String(regulation.year)].filter(Boolean).join(', ');
  return `${regulation.title} (${details})`;
}

function useGapColumns(): Column<MandateGap>[] {
  const t = useT('conformance');
  const enumLabel = useEnumLabel();
  return useMemo(() => [
    { key: 'mandate', header: t('col.mandate'), value: (row) => row.mandate.title, render: (row) => <strong>{row.mandate.title}</strong> },
    { key: 'themes', header: t('col.themes'), value: (row) => row.themes.map((theme) => theme.name).join('; '), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'regulations', header: t('col.regulations'), value: (row) => row.regulations.map((regulation) => regulationText(regulation, enumLabel('RegulationKind', regulation.kind))).join('; ') },
    { key: 'legalBasis', header: t('col.legalBasisText'), value: (row) => row.mandate.legalBasis ?? '', render: (row) => row.mandate.legalBasis ?? <span className="muted">–</span> },
    { key: 'candidates', header: t('col.candidates'), value: (row) => row.candidatePrograms.map((program) => program.name).join('; '),
      render: (row) => (row.candidatePrograms.length === 0 ? <span className="muted">{t('gaps.none')}</span> : <EntityLinks kind="PROGRAM" items={row.candidatePrograms} />) },
  ], [t, enumLabel]);
}

function useCreepColumns(agencyId: string): Column<MandateCreep>[] {
  const t = useT('conformance');
  const enumLabel = useEnumLabel();
  const years = useYearSpan();
  const hints = useCreepHints(agencyId);
  return useMemo(() => [
    { key: 'program', header: t('col.program'), value: (row) => row.program.name, render: (row) => <EntityLink kind="PROGRAM" id={row.program.id} name={row.program.name} /> },
    { key: 'role', header: t('col.role'), value: (row) => enumLabel('ParticipationRole', row.role) },
    { key: 'runners', header: t('col.runners'),
      value: (row) => row.program.agencies.map((participant) => `${short(participant.agency)} (${enumLabel('ParticipationRole', participant.role)})`).join('; '),
      render: (row) => (
        <ul className="plain-list">
          {row.program.agencies.map((participant) => (
            <li key={`${participant.agency.id}:${participant.role}`}>
              <EntityLink kind="AGENCY" id={participant.agency.id} name={participant.agency.acronym ?? participant.agency.name} />
              <span className="muted"> · {enumLabel('ParticipationRole', participant.role)}</span>
            </li>
          ))}
        </ul>
      ) },
    { key: 'years', header: t('col.years'), value: (row) => years(row.program.startYear, row.program.endYear) },
    { key: 'themes', header: t('col.themes'), value: (row) => row.themes.map((theme) => theme.name).join('; '), render: (row) => <EntityLinks kind="THEME" items={row.themes} /> },
    { key: 'related', header: t('col.related'), value: (row) => row.relatedMandates.map((mandate) => mandate.title).join('; '),
      render: (row) => (row.relatedMandates.length === 0 ? <span className="muted">–</span> : row.relatedMandates.map((mandate) => mandate.title).join('; ')) },
    { key: 'hint', header: t('col.hint'), value: (row) => hints(row).join(' '),
      render: (row) => <span className={row.relatedMandates.length > 0 ? 'creep-hint link' : 'creep-hint'} data-testid="creep-hint">{hints(row).join(' ')}</span> },
  ], [t, enumLabel, years, hints]);
}

function Prompt({ unknown }: { unknown?: string }) {
  const t = useT('conformance');
  return (
    <section className={`state conformance-prompt${unknown ? ' state-error' : ''}`} data-testid="conformance-prompt" data-state={unknown ? 'error' : undefined}>
      <h2>{unknown ? t('prompt.unknown', { key: unknown }) : t('prompt.title')}</h2>
      <p>{t('prompt.text')}</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.id}><Link to={{ search: `?agency=${encodeURIComponent(example.id)}` }} data-testid="example-agency" data-key={example.id}>{t(example.label)}</Link></li>
        ))}
      </ul>
    </section>
  );
}

function Answer({ agencyId }: { agencyId: string }) {
  const t = useT('conformance');
  const enumLabel = useEnumLabel();
  const { fmt } = useI18n();
  const { data, isPending, error, refetch } = useGraphQL<MandateConformanceAnswer>(MANDATE_CONFORMANCE, { agency: agencyId });
  const gapColumns = useGapColumns();
  const creepColumns = useCreepColumns(agencyId);
  const answer = data?.mandateConformance;
  const programCount = useMemo(() => new Set(answer?.agency.programs.map((participation) => participation.program.id) ?? []).size, [answer]);
  // A key the graph does not hold (a mistyped link): say so, and offer the way back.
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return <Prompt unknown={agencyId} />;
  return (
    <QueryStatus isPending={isPending} error={error} onRetry={() => void refetch()}>
      {answer && (
        <>
          <div className="conformance-agency">
            <h2 data-testid="conformance-agency">
              <EntityLink kind="AGENCY" id={answer.agency.id} name={answer.agency.name} acronym={answer.agency.acronym} />
            </h2>
            <span className="muted">{answer.agency.kind.endsWith('_GOVERNMENT')
              ? enumLabel('AgencyKind', answer.agency.kind)
              : t('agency.kind', { kind: enumLabel('AgencyKind', answer.agency.kind), level: enumLabel('GovernmentLevel', answer.agency.level).toLowerCase() })}</span>
          </div>
          <div className="summary-figures" data-testid="conformance-summary">
            <div className="figure"><strong data-testid="count-mandates">{fmt.number(answer.agency.mandates.length)}</strong><span>{t('summary.mandates')}</span></div>
            <div className={`figure${answer.unfulfilledMandates.length > 0 ? ' figure-alert' : ''}`}><strong data-testid="count-unfulfilled">{fmt.number(answer.unfulfilledMandates.length)}</strong><span>{t('summary.unfulfilled')}</span></div>
            <div className="figure"><strong data-testid="count-programs">{fmt.number(programCount)}</strong><span>{t('summary.programs')}</span></div>
            <div className={`figure${answer.programsWithoutMandate.length > 0 ? ' figure-alert' : ''}`}><strong data-testid="count-creep">{fmt.number(answer.programsWithoutMandate.length)}</strong><span>{t('summary.creep')}</span></div>
          </div>
          <p className="conformance-sentence">{t('summary.sentence', {
            agency: answer.agency.acronym ?? answer.agency.name,
            mandates: fmt.number(answer.agency.mandates.length),
            programs: fmt.number(programCount),
            unfulfilled: fmt.number(answer.unfulfilledMandates.length),
            creep: fmt.number(answer.programsWithoutMandate.length),
          })}</p>

          <section aria-labelledby="conformance-gaps">
            <h2 id="conformance-gaps">{t('gaps.title')}</h2>
            <p className="muted">{t('gaps.intro')}</p>
            {answer.unfulfilledMandates.length === 0
              ? <p className="state state-empty conformance-none" data-testid="gaps-empty">{t('gaps.empty', { agency: answer.agency.acronym ?? answer.agency.name })}</p>
              : <DataTable rows={answer.unfulfilledMandates} columns={gapColumns} rowKey={(row) => row.mandate.id} caption={t('gaps.caption')}
                  fileName={`mandat-belum-dijalankan-${answer.agency.id}`} testId="gaps-table" />}
          </section>

          <section aria-labelledby="conformance-creep">
            <h2 id="conformance-creep">{t('creep.title')}</h2>
            <p className="muted">{t('creep.intro')}</p>
            {answer.programsWithoutMandate.length === 0
              ? <p className="state state-empty conformance-none" data-testid="creep-empty">{t('creep.empty', { agency: answer.agency.acronym ?? answer.agency.name })}</p>
              : <DataTable rows={answer.programsWithoutMandate} columns={creepColumns} rowKey={(row) => row.program.id} caption={t('creep.caption')}
                  fileName={`program-tanpa-mandat-${answer.agency.id}`} testId="creep-table" />}
          </section>
        </>
      )}
    </QueryStatus>
  );
}

export default function Conformance() {
  const t = useT('conformance');
  const [state, set] = useUrlState(DEFAULTS);
  return (
    <div className="conformance-page">
      <PageHeader title={t('title')} question={t('question')}>
        <ShowAsGraphQL query={MANDATE_CONFORMANCE} variables={{ agency: state.agency || 'pemprov-gorontalo' }} />
      </PageHeader>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <EntityPicker label={t('filter.agency')} kinds={['AGENCY']} value={state.agency} placeholder={t('filter.agencyPlaceholder')}
          onChange={(agency) => set({ agency })} testId="agency-picker" />
      </form>
      <RuleBox>
        <p>{t('rule.p1')}</p>
        <p>{t('rule.p2')}</p>
        <p>{t('rule.p3')}</p>
        <p>{t('rule.p4')}</p>
      </RuleBox>
      {state.agency ? <Answer agencyId={state.agency} /> : <Prompt />}
    </div>
  );
}
