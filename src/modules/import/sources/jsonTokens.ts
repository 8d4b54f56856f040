import type { Token } from 'stream-json/parser.js';
import type { z } from 'zod';
import { problemAt, type Problem } from '../problems.js';
import { BundleSchema, HEADER_KEYS, SECTIONS, type Section } from '../sections.js';
import {
  LINKS_NOT_AN_OBJECT, NOT_AN_OBJECT, NOT_A_LINK_KIND, NOT_A_SECTION, SECTION_NOT_AN_ARRAY, sectionPath, setOwn, type Entry,
} from './source.js';

type Scalar = string | number | boolean | null;


/**
 * Builds one JSON value from its tokens. Fed token by token; `done` once the value is whole.
 * Values that are skipped are only counted through, never built.
 */
class ValueBuilder {
  private readonly stack: Array<unknown[] | Record<string, unknown>> = [];
  private key: string | null = null;
  private depth = 0;
  done = false;
  value: unknown = undefined;

  constructor(private readonly keep: boolean) {}

  push(token: Token): void {
    switch (token.name) {
      case 'startObject': case 'startArray': {
        this.depth += 1;
        if (this.keep) {
          const container = token.name === 'startObject' ? {} : [];
          this.add(container);
          this.stack.push(container);
        }
        return;
      }
      case 'endObject': case 'endArray': {
        this.depth -= 1;
        const container = this.keep ? this.stack.pop() : undefined;
        if (this.depth === 0) this.finish(container);
        return;
      }
      case 'keyValue': this.key = token.value; return;
      case 'stringValue': this.scalar(token.value); return;
      case 'numberValue': this.scalar(Number(token.value)); return;
      case 'nullValue': this.scalar(null); return;
      case 'trueValue': this.scalar(true); return;
      case 'falseValue': this.scalar(false); return;
      default: return;
    }
  }

  private scalar(value: Scalar): void {
    if (this.depth === 0) this.finish(value);
    else if (this.keep) this.add(value);
  }

  private add(value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) return;
    if (Array.isArray(parent)) parent.push(value);
    else if (this.key !== null) setOwn(parent, this.key, value);
  }

  private finish(value: unknown): void {
    this.done = true;
    this.value = this.keep ? value : undefined;
  }
}

type State =
  | { at: 'start' }
  | { at: 'top' }
  | { at: 'topValue'; key: string }
  | { at: 'links' }
  | { at: 'linksValue'; key: string }
  | { at: 'array'; section: Section; index: number; inLinks: boolean }
  | { at: 'value'; builder: ValueBuilder; then: (value: unknown) => void; back: State }
  | { at: 'end' };

const isStart = (token: Token) => token.name === 'startObject' || token.name === 'startArray';

/**
 * Turns the token stream of a JSON bundle into entries: each record of a wanted section, built
 * one at a time, and a problem for each thing in the outline that is not a bundle's. Memory
 * holds one record, never a section.
 */
export class JsonBundleReader {
  private state: State = { at: 'start' };
  private out: Entry[] = [];

  constructor(private readonly file: string, private readonly wanted: ReadonlySet<string>) {}

  /** Feeds tokens; returns the entries they completed. */
  feed(tokens: readonly Token[]): Entry[] {
    for (const token of tokens) this.step(token);
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Whether the bundle's top-level object was closed. */
  get complete(): boolean {
    return this.state.at === 'end';
  }

  private problem(path: string, field: string | undefined, reason: string): void {
    this.out.push({ type: 'problem', problem: problemAt({ file: this.file, path }, field, reason) });
  }

  private readValue(first: Token, keep: boolean, back: State, then: (value: unknown) => void): void {
    const builder = new ValueBuilder(keep);
    builder.push(first);
    if (builder.done) {
      this.state = back;
      then(builder.value);
    } else {
      this.state = { at: 'value', builder, then, back };
    }
  }

  private skipValue(first: Token, back: State): void {
    this.readValue(first, false, back, () => undefined);
  }

  private step(token: Token): void {
    const state = this.state;
    switch (state.at) {
      case 'start':
        if (token.name === 'startObject') this.state = { at: 'top' };
        else {
          this.problem('$', undefined, NOT_AN_OBJECT);
          this.skipValue(token, { at: 'end' });
        }
        return;
      case 'top':
        if (token.name === 'keyValue') this.state = { at: 'topValue', key: token.value };
        else if (token.name === 'endObject') this.state = { at: 'end' };
        return;
      case 'topValue': return this.topValue(state.key, token);
      case 'links':
        if (token.name === 'keyValue') this.state = { at: 'linksValue', key: token.value };
        else if (token.name === 'endObject') this.state = { at: 'top' };
        return;
      case 'linksValue': return this.linksValue(state.key, token);
      case 'array': return this.arrayItem(state, token);
      case 'value':
        state.builder.push(token);
        if (state.builder.done) {
          this.state = state.back;
          state.then(state.builder.value);
        }
        return;
      case 'end':
        return;
    }
  }

  private topValue(key: string, token: Token): void {
    const section = SECTIONS.get(key);
    if (section?.kind === 'entity') return this.openArray(section, token, false, { at: 'top' });
    if (key === 'links') {
      if (token.name === 'startObject') this.state = { at: 'links' };
      else {
        this.problem('$.links', undefined, LINKS_NOT_AN_OBJECT);
        this.skipValue(token, { at: 'top' });
      }
      return;
    }
    if ((HEADER_KEYS as readonly string[]).includes(key)) {
      this.readValue(token, true, { at: 'top' }, (value) => {
        const checked = (BundleSchema.shape[key as (typeof HEADER_KEYS)[number]] as z.ZodType).safeParse(value);
        if (!checked.success) this.problem('$', key, checked.error.issues[0]?.message ?? 'invalid');
      });
      return;
    }
    this.problem('$', key, NOT_A_SECTION(key));
    this.skipValue(token, { at: 'top' });
  }

  private linksValue(key: string, token: Token): void {
    const section = SECTIONS.get(key);
    if (section?.kind === 'link') return this.openArray(section, token, true, { at: 'links' });
    this.problem('$.links', key, NOT_A_LINK_KIND(key));
    this.skipValue(token, { at: 'links' });
  }

  private openArray(section: Section, token: Token, inLinks: boolean, back: State): void {
    if (token.name === 'startArray') {
      this.state = { at: 'array', section, index: 0, inLinks };
      return;
    }
    this.problem(sectionPath(section), undefined, SECTION_NOT_AN_ARRAY);
    this.skipValue(token, back);
  }

  private arrayItem(state: Extract<State, { at: 'array' }>, token: Token): void {
    if (token.name === 'endArray') {
      this.state = state.inLinks ? { at: 'links' } : { at: 'top' };
      return;
    }
    const { section } = state;
    const position = state.index;
    state.index += 1;
    const keep = this.wanted.has(section.name);
    if (!isStart(token) && !keep) return;
    this.readValue(token, keep, state, (value) => {
      if (keep) this.out.push({ type: 'record', section, value, position });
    });
  }
}

export function jsonProblem(file: string, reason: string): Problem {
  return problemAt({ file, path: '$' }, undefined, reason);
}
