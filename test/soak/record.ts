/** What the soak counts: every answer by kind, HTTP status and error code, with its latency. */

export interface Answer {
  readonly status: number;
  /** extensions.code of each GraphQL error, error.code of an export error, or CLIENT_TIMEOUT / NETWORK / CUT. */
  readonly codes: readonly string[];
  readonly ms: number;
  readonly at: number;
  /** Whether a GraphQL answer carried `data` for its root field(s) without errors. */
  readonly ok: boolean;
  readonly bytes: number;
  /** The start of the body, for the report of a failure. */
  readonly excerpt: string;
  readonly data?: Record<string, unknown> | null;
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const bump = (counts: Record<string, number>, key: string) => { counts[key] = (counts[key] ?? 0) + 1; };

export class Recorder {
  readonly byKind: Record<string, number> = {};
  readonly statuses: Record<string, number> = {};
  readonly codes: Record<string, number> = {};
  readonly latencies = new Map<string, number[]>();
  /** Answers that were a 500 or carried INTERNAL_SERVER_ERROR, with what was sent. */
  readonly serverErrors: Array<{ kind: string; status: number; excerpt: string }> = [];
  total = 0;

  add(kind: string, answer: Answer): void {
    this.total += 1;
    bump(this.byKind, kind);
    bump(this.statuses, String(answer.status));
    for (const code of answer.codes) bump(this.codes, code);
    if (!this.latencies.has(kind)) this.latencies.set(kind, []);
    this.latencies.get(kind)!.push(answer.ms);
    if (answer.status === 500 || answer.codes.includes('INTERNAL_SERVER_ERROR')) {
      this.serverErrors.push({ kind, status: answer.status, excerpt: answer.excerpt });
    }
  }

  latency(kinds: readonly string[], p: number): number | null {
    return percentile(kinds.flatMap((kind) => this.latencies.get(kind) ?? []), p);
  }
}

/** Reads a GraphQL answer: JSON parsed when it is not huge (a 20-alias network answer can be megabytes). */
export async function graphqlAnswer(response: Response, at: number): Promise<Answer> {
  const text = await response.text();
  const ms = Date.now() - at;
  const codes: string[] = [];
  let ok = false;
  let data: Record<string, unknown> | null | undefined;
  if (text.length <= 2_000_000) {
    try {
      const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
      for (const error of body.errors ?? []) codes.push(error.extensions?.code ?? 'NO_CODE');
      data = body.data;
      ok = response.status === 200 && !body.errors?.length && body.data != null;
    } catch {
      codes.push('NOT_JSON');
    }
  } else {
    for (const match of text.matchAll(/"code":"([A-Z_]+)"/g)) codes.push(match[1]!);
    ok = response.status === 200 && text.startsWith('{"data"') && !text.includes('"errors"');
  }
  return { status: response.status, codes, ms, at, ok, bytes: Buffer.byteLength(text), excerpt: text.slice(0, 300), data };
}

/** An answer that never came: the client gave up, or the connection broke. */
export function failedAnswer(error: unknown, at: number): Answer {
  const name = (error as Error)?.name;
  const code = name === 'TimeoutError' || name === 'AbortError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
  return { status: 0, codes: [code], ms: Date.now() - at, at, ok: false, bytes: 0, excerpt: String((error as Error)?.message ?? error).slice(0, 300) };
}
