/**
 * One message catalogue for the workbench, in Bahasa Indonesia first and English second, split
 * into namespaces (one file per area under messages/) and gathered in catalogue.ts.
 *
 * A namespace is written as its Indonesian messages and their English twins. The type makes
 * the English side name exactly the keys of the Indonesian one: a missing or extra key fails
 * `tsc`, so no label can be left untranslated. A message is a string with `{name}` slots, or a
 * function of its parameters where English needs a plural.
 */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export type Params = Record<string, string | number>;
export type Message = string | ((params: Params) => string);
export type MessageTable = Record<string, Message>;

export interface Namespace<T extends MessageTable> {
  readonly id: T;
  readonly en: { readonly [K in keyof T]: Message };
}

export function defineMessages<const T extends MessageTable>(id: T, en: { readonly [K in keyof T]: Message }): Namespace<T> {
  return { id, en };
}

/** Fills `{name}` slots; a slot without a parameter stays visible, so a mistake shows. */
export function fill(message: Message, params: Params = {}): string {
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}
