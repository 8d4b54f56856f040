/**
 * What is wrong with a bundle, said where it is: the file, the row (CSV, counting the header as
 * row 1) or the JSON path, the field, and why.
 */
export interface Problem {
  readonly file: string;
  /** JSON path of the record, like `$.agencies[3]` (JSON bundles). */
  readonly path?: string;
  /** Line of the record in its CSV file, the header being line 1 (CSV folders). */
  readonly row?: number;
  readonly field?: string;
  readonly reason: string;
}

/** Where a record sits in its bundle: enough to name it in a problem. */
export interface Place {
  readonly file: string;
  readonly path?: string;
  readonly row?: number;
}

export function problemAt(place: Place, field: string | undefined, reason: string): Problem {
  return { ...place, ...(field === undefined ? {} : { field }), reason };
}

/** `bundle.json $.agencies[3].kind: must be one of ...` or `agencies.csv row 5, kind: ...` */
export function formatProblem(problem: Problem): string {
  if (problem.path !== undefined) {
    const where = problem.field === undefined ? problem.path : `${problem.path}.${problem.field}`;
    return `${problem.file} ${where}: ${problem.reason}`;
  }
  const row = problem.row === undefined ? '' : ` row ${problem.row}`;
  const field = problem.field === undefined ? '' : `${row ? ',' : ''} ${problem.field}`;
  return `${problem.file}${row}${field}: ${problem.reason}`;
}

/**
 * Every problem found, keeping the first `limit` of them and counting the rest, so that a file
 * with a million bad rows reports in bounded memory.
 */
export class ProblemList {
  readonly kept: Problem[] = [];
  private total = 0;

  constructor(readonly limit: number) {}

  add(problem: Problem): void {
    this.total += 1;
    if (this.kept.length < this.limit) this.kept.push(problem);
  }

  get count(): number {
    return this.total;
  }

  get notShown(): number {
    return this.total - this.kept.length;
  }
}
