import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useGraphQL } from '../api/useGraphQL.js';
import { titleCase } from '../i18n/format.js';
import { useEnumLabel, useT } from '../i18n/I18nProvider.js';
import { LOOKUP, NODE_NAME, type LookupAnswer, type LookupMatch, type NodeNameAnswer } from '../queries/pickers.js';

interface EntityPickerProps {
  readonly label: string;
  /** The kinds it finds: ['AGENCY'], ['REGION'], or several for a search box. */
  readonly kinds: readonly string[];
  /** The chosen key ('' for none). */
  readonly value: string;
  readonly onChange: (key: string, match: LookupMatch | null) => void;
  readonly testId?: string;
  readonly placeholder?: string;
}

/** What tells a match apart: its kind, level and where it lies ("Kabupaten/kota · Kalimantan Utara"). */
export function useMatchDetail() {
  const enumLabel = useEnumLabel();
  return (match: LookupMatch): string => {
    const detail = match.detail;
    const parts = [
      detail?.regionLevel ? enumLabel('RegionLevel', detail.regionLevel) : detail?.agencyKind ? enumLabel('AgencyKind', detail.agencyKind) : enumLabel('NodeKind', match.kind),
    ];
    if (detail?.parent && detail.parent.key !== 'ID') parts.push(detail.parent.kind === 'REGION' ? titleCase(detail.parent.name) : detail.parent.name);
    if (detail?.startYear || detail?.endYear) parts.push(`${detail.startYear ?? '…'}–${detail.endYear ?? '…'}`);
    else if (detail?.year) parts.push(String(detail.year));
    return parts.join(' · ');
  };
}

export function matchLabel(match: LookupMatch): string {
  const name = match.kind === 'REGION' ? titleCase(match.name) : match.name;
  return match.acronym && match.acronym !== match.name ? `${name} (${match.acronym})` : name;
}

/** The chosen key's name, so a page opened from a link shows "Kabupaten Nunukan", not 65.03. */
function useChosenName(kinds: readonly string[], value: string): string | null {
  const kind = kinds.length === 1 ? kinds[0] : null;
  const none = '\u0000';
  const variables = {
    agency: kind === 'AGENCY' ? value : none, region: kind === 'REGION' ? value : none, program: kind === 'PROGRAM' ? value : none,
    partner: kind === 'PARTNER' ? value : none, forum: kind === 'FORUM' ? value : none, theme: kind === 'THEME' ? value : none,
  };
  const { data } = useGraphQL<NodeNameAnswer>(NODE_NAME, variables, { enabled: Boolean(kind && value) });
  if (!data || !kind) return null;
  const found = data.agency ?? data.program ?? data.partner ?? data.forum ?? data.theme;
  if (data.region) return titleCase(data.region.name);
  if (found) return 'acronym' in found && found.acronym ? `${found.name} (${found.acronym})` : found.name;
  return null;
}

/**
 * A combobox that finds agencies, regions, themes... by what an analyst types ("Kab. Nunukan",
 * "PANRB", "kemiskinan"): the API's lookup does the matching (name, acronym, id or code; case,
 * accents and "Kab."/"Kota" ignored). No match: the API's suggestions, never a blank list.
 * Keyboard: arrows move, Enter chooses, Escape closes.
 */
export function EntityPicker({ label, kinds, value, onChange, testId = 'entity-picker', placeholder }: EntityPickerProps) {
  const t = useT('common');
  const describe = useMatchDetail();
  const id = useId();
  const chosenName = useChosenName(kinds, value);
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) setText(value ? (chosenName ?? value) : '');
  }, [value, chosenName, open]);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, isFetching, error } = useGraphQL<LookupAnswer>(LOOKUP, { text: typed, kinds, first: 12 }, { enabled: open && typed.length > 0 });
  const matches = data?.lookup.matches ?? [];
  const suggestions = data?.lookup.suggestions ?? [];
  const options = useMemo(() => (matches.length > 0 ? matches : suggestions), [matches, suggestions]);

  const choose = (match: LookupMatch) => {
    onChange(match.key, match);
    setText(matchLabel(match));
    setOpen(false);
  };
  const listId = `${id}-list`;
  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="picker-row">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={open && typed.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder ?? t('picker.placeholder')}
          value={text}
          data-testid={`${testId}-input`}
          onChange={(event) => { setText(event.target.value); setOpen(true); setActive(0); }}
          onFocus={(event) => event.target.select()}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') { event.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0))); }
            else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
            else if (event.key === 'Enter' && open && options[active]) { event.preventDefault(); choose(options[active]); }
            else if (event.key === 'Escape') setOpen(false);
          }}
        />
        {value && (
          <button type="button" className="picker-clear" aria-label={t('picker.clear')} title={t('picker.clear')} data-testid={`${testId}-clear`}
            onClick={() => { onChange('', null); setText(''); inputRef.current?.focus(); }}>×</button>
        )}
      </div>
      {open && typed.length > 0 && (
        <div className="picker-popup">
          {error && <p className="picker-note" role="alert">{error.message}</p>}
          {!error && isFetching && !data && <p className="picker-note">{t('picker.searching')}</p>}
          {data && matches.length === 0 && (
            <p className="picker-note" data-testid={`${testId}-nomatch`}>
              {t('picker.noMatch', { text: typed })} {suggestions.length > 0 ? t('picker.suggestions') : t('picker.noSuggestion')}
            </p>
          )}
          <ul id={listId} role="listbox" aria-label={label}>
            {options.map((match, index) => (
              <li key={`${match.kind}:${match.key}`} id={`${id}-opt-${index}`} role="option" aria-selected={index === active}
                data-testid={`${testId}-option`} data-key={match.key} data-kind={match.kind}
                onMouseDown={(event) => { event.preventDefault(); choose(match); }} onMouseEnter={() => setActive(index)}>
                <span>{matchLabel(match)}</span>
                <small>{describe(match)}</small>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
