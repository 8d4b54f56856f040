import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { SECTIONS } from '../../src/modules/import/sections.js';
import type { ScaleRecord } from './generate.js';

/**
 * Streams records, section by section as `scaleRecords` yields them, into one JSON bundle file
 * that `npm run import` (or importBundle with openBundle) loads. Returns the count per section.
 */
export async function writeBundle(path: string, records: Iterable<ScaleRecord>): Promise<Map<string, number>> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const counts = new Map<string, number>();
  let open: string | null = null;
  let inLinks = false;
  await write('{\n');
  for (const { section, record } of records) {
    if (section !== open) {
      if (counts.has(section)) throw new Error(`section ${section} came back after another one: the records must come section by section`);
      const isLink = SECTIONS.get(section)?.kind === 'link';
      if (inLinks && !isLink) throw new Error(`node section ${section} after the links: the records must give nodes first`);
      if (open !== null) await write('\n  ]');
      if (isLink && !inLinks) {
        await write(`${open === null ? '' : ',\n'}  "links": {\n`);
        inLinks = true;
      } else if (open !== null) {
        await write(',\n');
      }
      await write(`${inLinks ? '  ' : ''}  "${section}": [\n`);
      open = section;
      counts.set(section, 0);
    } else {
      await write(',\n');
    }
    await write(`    ${JSON.stringify(record)}`);
    counts.set(section, counts.get(section)! + 1);
  }
  if (open !== null) await write('\n  ]');
  await write(inLinks ? '\n  }\n}\n' : '\n}\n');
  out.end();
  await once(out, 'finish');
  return counts;
}
