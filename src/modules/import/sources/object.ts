import { createHash } from 'node:crypto';
import { problemAt } from '../problems.js';
import { BundleSchema, HEADER_KEYS, SECTIONS, type Section } from '../sections.js';
import {
  LINKS_NOT_AN_OBJECT, NOT_AN_OBJECT, NOT_A_LINK_KIND, NOT_A_SECTION, SECTION_NOT_AN_ARRAY, sectionPath,
  type BundleSource, type Entry,
} from './source.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A bundle already in memory: the importBundle mutation's argument, or the demo graph built by
 * the seed. Problems are named by JSON path, as for a JSON file.
 */
export function objectSource(name: string, bundle: unknown): BundleSource {
  const problem = (path: string, field: string | undefined, reason: string): Entry =>
    ({ type: 'problem', problem: problemAt({ file: name, path }, field, reason) });

  function* records(section: Section, value: unknown, sections: ReadonlySet<string>): Generator<Entry> {
    if (!Array.isArray(value)) {
      yield problem(sectionPath(section), undefined, SECTION_NOT_AN_ARRAY);
      return;
    }
    if (!sections.has(section.name)) return;
    for (const [position, record] of value.entries()) yield { type: 'record', section, value: record, position };
  }

  return {
    name,
    format: 'object',
    contentHash: async () => createHash('sha256').update(JSON.stringify(bundle)).digest('hex'),
    placeOf: (section: Section, position?: number) => ({ file: name, path: sectionPath(section) + (position === undefined ? '' : `[${position}]`) }),
    async *entries(sections: ReadonlySet<string>): AsyncGenerator<Entry> {
      if (!isObject(bundle)) {
        yield problem('$', undefined, NOT_AN_OBJECT);
        return;
      }
      for (const [key, value] of Object.entries(bundle)) {
        const section = SECTIONS.get(key);
        if (section?.kind === 'entity') yield* records(section, value, sections);
        else if (key === 'links') {
          if (!isObject(value)) {
            yield problem('$.links', undefined, LINKS_NOT_AN_OBJECT);
            continue;
          }
          for (const [kind, links] of Object.entries(value)) {
            const linkSection = SECTIONS.get(kind);
            if (linkSection?.kind === 'link') yield* records(linkSection, links, sections);
            else yield problem('$.links', kind, NOT_A_LINK_KIND(kind));
          }
        } else if ((HEADER_KEYS as readonly string[]).includes(key)) {
          const checked = BundleSchema.shape[key as (typeof HEADER_KEYS)[number]].safeParse(value);
          if (!checked.success) yield problem('$', key, checked.error.issues[0]?.message ?? 'invalid');
        } else {
          yield problem('$', key, NOT_A_SECTION(key));
        }
      }
    },
  };
}
