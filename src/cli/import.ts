import { Command, InvalidArgumentError } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_PROBLEMS, importBundle, outlineReport, type ImportProgress } from '../modules/import/importBundle.js';
import { formatReport } from '../modules/import/report.js';
import { openBundle } from '../modules/import/sources/open.js';
import { openCommandDatabase } from './connect.js';
import { failInOneLine, oneLineFailures } from './failure.js';

/**
 * `npm run import -- <file or folder>`: validates a bundle (a JSON file, a folder of CSV files,
 * or one CSV file named after its section), then merges it into the configured database in one
 * transaction: NEO4J_URI, else the embedded Neo4j of a server running on NEO4J_DATA_DIR, else
 * one it starts. Exit code 0 when imported (or, with --dry-run, when it would import), 1 when
 * it has problems (listed on stdout) or failed (one line on stderr).
 */
const program = new Command('npm run import --')
  .description('Import a bundle of agencies, programs, regions, indicators, ... and their links (see docs/import.md).')
  .argument('<path>', 'a JSON bundle file, a folder of CSV files (agencies.csv, links/PARTICIPATES_IN.csv, ...), or one CSV file (partners.csv)')
  .option('--dry-run', 'validate and report what would change, writing nothing')
  .option('--batch-size <rows>', 'rows per write statement', positive, DEFAULT_BATCH_SIZE)
  .option('--max-problems <n>', 'problems to list before only counting them', positive, DEFAULT_MAX_PROBLEMS)
  .option('--json', 'print the report as JSON');
oneLineFailures('import', program);

function positive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return Number(value);
}

interface Options {
  dryRun?: boolean;
  batchSize: number;
  maxProblems: number;
  json?: boolean;
}

const PHASES = { validate: 'checking', nodes: 'writing nodes', links: 'writing links' } as const;

/** A progress bar with the rate, per phase, on a terminal (cli-progress writes nothing elsewhere). */
function progressBar(): { update(progress: ImportProgress): void; stop(): void } {
  const bar = new SingleBar({
    format: '{phase} [{bar}] {value}/{total} rows  {rate} rows/s',
    stream: process.stderr, hideCursor: true, etaBuffer: 50,
  }, Presets.shades_classic);
  let phase: string | null = null;
  let began = performance.now();
  return {
    update(progress) {
      if (progress.phase !== phase) {
        if (phase) bar.stop();
        phase = progress.phase;
        began = performance.now();
        bar.start('total' in progress ? progress.total : progress.done, 0, { phase: PHASES[progress.phase], rate: 0 });
      }
      const seconds = (performance.now() - began) / 1000;
      const total = 'total' in progress ? progress.total : progress.done;
      bar.setTotal(Math.max(total, progress.done));
      bar.update(progress.done, { rate: seconds > 0 ? Math.round(progress.done / seconds).toLocaleString('en-US') : '-' });
    },
    stop: () => bar.stop(),
  };
}

async function main(): Promise<void> {
  program.parse();
  const [path] = program.args as [string];
  const options = program.opts<Options>();
  const source = openBundle(path);
  const outline = await source.outline?.() ?? [];
  if (outline.length > 0) {
    // Misnamed files and columns are told at once, without waiting for a database.
    const report = await outlineReport(source, outline, options.maxProblems);
    console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    process.exitCode = 1;
    return;
  }
  const db = await openCommandDatabase(loadConfig(), 'import');
  const bar = progressBar();
  try {
    await migrate(db.executor);
    const report = await importBundle(db.executor, source, {
      dryRun: options.dryRun, batchSize: options.batchSize, maxProblems: options.maxProblems, onProgress: (p) => bar.update(p),
    });
    bar.stop();
    console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    if (report.status === 'INVALID') process.exitCode = 1;
  } finally {
    bar.stop();
    await db.close();
  }
}

main().catch((error: unknown) => failInOneLine('import', error));
