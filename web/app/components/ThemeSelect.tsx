import { useMemo } from 'react';
import { useGraphQL } from '../api/useGraphQL.js';
import { useT } from '../i18n/I18nProvider.js';
import { THEME_OPTIONS, type ThemeOptionsAnswer } from '../queries/pickers.js';

interface ThemeSelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** The first option's text when a theme may be left unchosen (then its value is ''). */
  readonly emptyLabel?: string;
  readonly testId?: string;
}

export interface OrderedTheme { id: string; name: string; depth: number }

/** Every theme, parents first and children under them (by name, as the API sorts), with their depth. */
export function orderThemes(nodes: ThemeOptionsAnswer['themes']['nodes']): OrderedTheme[] {
  const children = new Map<string | null, typeof nodes>();
  for (const node of nodes) {
    const parent = node.parent?.id ?? null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const ordered: OrderedTheme[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push({ id: node.id, name: node.name, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/** Every theme by name, indented under its parent; the value is the theme's id. */
export function ThemeSelect({ label, value, onChange, emptyLabel, testId = 'theme-select' }: ThemeSelectProps) {
  const t = useT('common');
  const { data } = useGraphQL<ThemeOptionsAnswer>(THEME_OPTIONS);
  const options = useMemo(() => orderThemes(data?.themes.nodes ?? []), [data]);
  // The root themes stand alone; each theme one level below heads a group of its own with its
  // sub-themes, so the list shows the tree while the closed box shows a plain name.
  const groups: Array<{ head: OrderedTheme | null; items: OrderedTheme[] }> = [];
  for (const option of options) {
    if (option.depth === 1) groups.push({ head: option, items: [option] });
    else if (option.depth === 0 || groups.length === 0) groups.push({ head: null, items: [option] });
    else groups[groups.length - 1]!.items.push(option);
  }
  const text = (option: OrderedTheme, head: OrderedTheme | null) => (option === head
    ? t('picker.themeWhole', { name: option.name })
    : `${option.depth >= 3 ? '– ' : ''}${option.name}`);
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {value && !options.some((o) => o.id === value) && <option value={value}>{value}</option>}
        {groups.map((group) => {
          const items = group.items.map((option) => <option key={option.id} value={option.id}>{text(option, group.head)}</option>);
          return group.head ? <optgroup key={group.head.id} label={group.head.name}>{items}</optgroup> : items;
        })}
      </select>
    </label>
  );
}
