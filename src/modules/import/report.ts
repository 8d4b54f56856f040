import { formatProblem } from './problems.js';
import type { ImportReport } from './importBundle.js';
import type { Counts } from './write.js';

const number = (n: number) => n.toLocaleString('en-US');

function table(counts: Readonly<Record<string, Counts>>): string[] {
  return Object.entries(counts).map(([name, c]) =>
    `  ${name.padEnd(16)} ${number(c.created).padStart(9)} created ${number(c.updated).padStart(9)} updated ${number(c.unchanged).padStart(9)} unchanged`);
}

/** The report as the command line prints it. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.status === 'INVALID') {
    lines.push(`import: ${report.file} has ${number(report.problemCount)} problem${report.problemCount === 1 ? '' : 's'}; nothing was written.`);
    lines.push(...report.problems.map((p) => `  ${formatProblem(p)}`));
    const hidden = report.problemCount - report.problems.length;
    if (hidden > 0) lines.push(`  ... and ${number(hidden)} more (raise --max-problems to see them)`);
    return lines.join('\n');
  }
  const { created, updated, unchanged } = report.totals;
  const head = report.status === 'DRY_RUN'
    ? `import (dry run, nothing written): ${report.file} would create ${number(created)}, update ${number(updated)} and leave ${number(unchanged)} unchanged`
    : `import: ${report.file}: created ${number(created)}, updated ${number(updated)}, unchanged ${number(unchanged)}`;
  lines.push(`${head} (${number(report.records)} records in ${report.seconds} s)`);
  if (report.status === 'IMPORTED' && created + updated === 0) lines.push('  the graph already held all of it: nothing changed');
  if (Object.keys(report.nodes).length > 0) lines.push('nodes:', ...table(report.nodes));
  if (Object.keys(report.links).length > 0) lines.push('links:', ...table(report.links));
  if (report.runId) lines.push(`import run: ${report.runId} (sha256 ${report.contentHash})`);
  return lines.join('\n');
}
