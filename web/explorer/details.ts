// The details panel: the clicked node's full name, kind, metrics and stored properties in the
// page's words and id-ID numbers, its sources as article titles (generated demo data marked
// "data sintetis"), and a button that expands its neighbours.
import { titleCase } from '../app/i18n/format.js';
import { $, enumLabel, escapeHtml, format, message, t } from './i18n.js';
import { fullName } from './labels.js';
import { nodeSources, SOURCE_PROPERTIES } from './sources.js';
import type { Kind, ViewNode } from './types.js';
import { programYears } from './years.js';

/** Which enum a node's property holds, to show its label: an agency's `kind` is an AgencyKind. */
const PROPERTY_ENUMS: Partial<Record<Kind, Record<string, string>>> = {
  AGENCY: { kind: 'AgencyKind', level: 'GovernmentLevel' },
  PROGRAM: { status: 'ProgramStatus', track: 'ProgramTrack' },
  REGION: { level: 'RegionLevel' },
  PARTNER: { helix: 'Helix' },
  REGULATION: { kind: 'RegulationKind' },
  FORUM: { kind: 'ForumKind' },
  INDICATOR: { direction: 'IndicatorDirection' },
};

/** Shown elsewhere (the heading, the years row) or of no use to a reader. */
const HIDDEN = new Set(['startYear', 'endYear', 'id']);

function propertyName(name: string): string {
  const label = message('explorer', `prop.${name}`);
  return label === `explorer.prop.${name}` ? name : label;
}

function propertyValue(kind: Kind, name: string, value: unknown): string {
  const fmt = format();
  const enumName = PROPERTY_ENUMS[kind]?.[name];
  if (enumName && typeof value === 'string') return enumLabel(enumName, value);
  if (kind === 'REGION' && name === 'name' && typeof value === 'string') return titleCase(value);
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number') return /year$/i.test(name) ? fmt.year(value) : fmt.number(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '–');
}

export function showNoDetails() {
  $('details').innerHTML = `<h2>${escapeHtml(t('details.heading'))}</h2><p>${escapeHtml(t('details.empty'))}</p><p class="hint">${escapeHtml(t('details.hint'))}</p>`;
}

export function showDetails(node: ViewNode, shortLabel: string, onExpand: () => void, expanded: boolean) {
  const fmt = format();
  const rows: Array<[string, string]> = [[t('details.kind'), enumLabel('NodeKind', node.kind)], [t('details.key'), node.key]];
  if (shortLabel !== fullName(node)) rows.push([t('details.label'), shortLabel]);
  const span = programYears(node);
  if (span) rows.push([t('details.years'), span.start === span.end ? fmt.year(span.start) : `${fmt.year(span.start)}–${fmt.year(span.end)}`]);
  for (const [name, value] of Object.entries(node.properties)) {
    const named = (name === 'name' || name === 'title') && (node.kind === 'REGION' ? titleCase(String(value)) : String(value)) === fullName(node);
    if (SOURCE_PROPERTIES.has(name) || HIDDEN.has(name) || named) continue;
    rows.push([propertyName(name), propertyValue(node.kind, name, value)]);
  }
  rows.push(
    [t('details.distance'), fmt.number(node.distance)], [t('details.degree'), fmt.number(node.metrics.degree)],
    [t('details.weightedDegree'), fmt.number(node.metrics.weightedDegree)], [t('details.betweenness'), fmt.number(node.metrics.betweenness, 3)],
    [t('details.community'), fmt.number(node.metrics.community)],
  );
  const sources = nodeSources(node.properties);
  const sourceItems = sources.map((s) => {
    const title = s.url ? `<a href="${escapeHtml(s.url)}" rel="noreferrer">${escapeHtml(s.title)}</a>` : escapeHtml(s.synthetic ? t('details.syntheticTitle') : s.title);
    const mark = s.synthetic ? ` <span class="synthetic" data-testid="synthetic-mark">${escapeHtml(t('details.synthetic'))}</span>` : '';
    return `<li data-testid="source" title="${escapeHtml(s.ref)}">${title}${mark}</li>`;
  }).join('');
  const panel = $('details');
  panel.innerHTML = `<h2>${escapeHtml(t('details.heading'))}</h2>`
    + `<h3 data-testid="details-label">${escapeHtml(fullName(node))}</h3>`
    + `<button type="button" id="expand" data-testid="expand"${expanded ? ' disabled' : ''}>${escapeHtml(expanded ? t('expand.already') : t('expand.button'))}</button>`
    + `<table data-testid="details-table">${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`
    + `<h4>${escapeHtml(t('details.sources'))}</h4>`
    + (sources.length ? `<ul class="sources" data-testid="sources">${sourceItems}</ul>` : `<p class="hint">${escapeHtml(t('details.noSources'))}</p>`);
  $('expand').addEventListener('click', onExpand);
}
