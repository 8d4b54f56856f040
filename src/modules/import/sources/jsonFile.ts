import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { none } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/parser.js';
import type { Section } from '../sections.js';
import { hashFiles } from './hash.js';
import { JsonBundleReader, jsonProblem } from './jsonTokens.js';
import { sectionPath, type BundleSource, type Entry } from './source.js';

type ParserOutput = Token | { values: Token[] } | typeof none;

const tokensOf = (out: ParserOutput): readonly Token[] =>
  out === none ? [] : 'values' in out ? out.values : [out];

/** The text cut after each newline (the last piece may have none). */
function* linesOf(text: string): Generator<string> {
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
    yield text.slice(start, at + 1);
    start = at + 1;
  }
  if (start < text.length) yield text.slice(start);
}

/** A JSON bundle file, parsed as a stream of tokens: one record in memory at a time. */
export function jsonFileSource(path: string): BundleSource {
  const name = basename(path);
  return {
    name,
    format: 'json',
    contentHash: () => hashFiles([{ name, path }], false),
    placeOf: (section: Section, position?: number) => ({ file: name, path: sectionPath(section) + (position === undefined ? '' : `[${position}]`) }),
    async *entries(sections: ReadonlySet<string>): AsyncGenerator<Entry> {
      const parse = jsonParser({ streamValues: false }) as unknown as (chunk: string | typeof none) => ParserOutput;
      const reader = new JsonBundleReader(name, sections);
      let line = 1;
      const feed = (chunk: string | typeof none): Entry[] | string => {
        try {
          return reader.feed(tokensOf(parse(chunk)));
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const csvHint = line === 1 && /^\uFEFF?\s*[\w"]+\s*[,;]/.test(String(chunk)) ? ': is it CSV? name a CSV file after its section, like partners.csv' : '';
          return `not valid JSON (${reason.replace(/^Parser cannot parse input: /, '')}) on line ${line}${csvHint}`;
        }
      };
      for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
        // Fed a line at a time, so that a syntax error is named by its line.
        for (const piece of linesOf(chunk as string)) {
          const out = feed(piece);
          if (typeof out === 'string') {
            yield { type: 'problem', problem: jsonProblem(name, out) };
            return;
          }
          yield* out;
          if (piece.endsWith('\n')) line += 1;
        }
      }
      const out = feed(none);
      if (typeof out === 'string') {
        yield { type: 'problem', problem: jsonProblem(name, out) };
        return;
      }
      yield* out;
      if (!reader.complete) yield { type: 'problem', problem: jsonProblem(name, 'the JSON ends before the bundle does (is the file cut short?)') };
    },
  };
}
