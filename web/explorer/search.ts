// Search by name through the API's lookup (pick a focus), the theme and region boxes, and
// "find in the drawn graph" (a name among the nodes drawn: highlighted and centred).
import { lookup, type LookupAnswer, type LookupMatch } from './api.js';
import { titleCase } from '../app/i18n/format.js';
import { $, enumLabel, t } from './i18n.js';
import type { Kind } from './types.js';

/** Region names come in upper case from the reference data: "KABUPATEN NUNUKAN" -> "Kabupaten Nunukan". */
export const matchLabel = (match: LookupMatch) => {
  const name = match.kind === 'REGION' ? titleCase(match.name) : match.name;
  return `${name}${match.acronym && match.acronym !== match.name ? ` (${match.acronym})` : ''}`;
};

/** The matches of a search as buttons, or the suggestions under "nothing matches". */
export function showResults(text: string, found: LookupAnswer, pick: (match: LookupMatch) => void) {
  const list = $('results');
  list.textContent = '';
  const shown = found.matches.length > 0 ? found.matches : found.suggestions;
  if (found.matches.length === 0) {
    const note = document.createElement('li');
    note.className = 'none';
    note.dataset.testid = 'results-none';
    note.textContent = shown.length > 0 ? t('search.suggestions', { text }) : t('search.none', { text });
    list.append(note);
  }
  for (const item of shown) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = 'result';
    button.dataset.kind = item.kind;
    button.dataset.key = item.key;
    const where = item.detail.parent && item.kind === 'REGION' ? ` · ${titleCase(item.detail.parent.name)}` : '';
    button.textContent = `${matchLabel(item)}${where} · ${item.key}`;
    button.addEventListener('click', () => pick(item));
    li.append(button);
    list.append(li);
  }
}

/**
 * The theme and region boxes take a name ("kemiskinan", "Kab. Nunukan") or a key: the lookup
 * turns it into the key the API wants, and the hint beside the box says what it understood.
 * Nothing matching stops the draw with the suggestions.
 */
export async function resolveBox(id: 'theme' | 'region', kind: Kind): Promise<string | undefined> {
  const text = $<HTMLInputElement>(id).value.trim();
  const hint = $(`${id}-resolved`);
  if (!text) {
    hint.textContent = '';
    return undefined;
  }
  const found = await lookup(text, [kind], 5);
  const best = found.matches[0];
  if (!best) {
    const ideas = found.suggestions.map(matchLabel).join(', ');
    hint.textContent = '';
    const what = enumLabel('NodeKind', kind).toLowerCase();
    throw new Error(ideas ? t('box.suggestions', { kind: what, text, ideas }) : t('box.none', { kind: what, text }));
  }
  hint.textContent = `→ ${matchLabel(best)} (${best.key})`;
  return best.key;
}
