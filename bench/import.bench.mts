// Bulk import at scale: writes a synthetic bundle of ROWS records (default 1,000,000: agencies,
// programs and PARTICIPATES_IN links, 3 : 2 : 5) as a JSON file and as a CSV folder, then
//   1. validates each form (the streaming pass every import starts with), and
//   2. imports the JSON form into the database for real, then again (all unchanged),
// reporting seconds, rows per second, the file size, and the importing process's memory: peak
// heap above the heap before (after a GC), the most of it still live after a full GC taken
// every 50,000 records, and peak RSS. Memory that grows with the file would show here.
//   node --expose-gc --import tsx bench/import.bench.mts [rows] [--validate-only]
// It imports into the configured database (embedded Neo4j in .neo4j/data unless NEO4J_URI or
// NEO4J_DATA_DIR say otherwise): use an empty one, with heap for one big transaction, e.g.
//   NEO4J_DATA_DIR=/tmp/bench-neo NEO4J_BOLT_PORT=7740 NEO4J_HEAP_MB=4096 node --expose-gc --import tsx bench/import.bench.mts
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { importBundle, type ImportProgress } from '../src/modules/import/importBundle.js';
import { openBundle } from '../src/modules/import/sources/open.js';
import { BundleValidator } from '../src/modules/import/validate.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rows = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
const validateOnly = process.argv.includes('--validate-only');

const agencies = Math.round(rows * 0.3);
const programs = Math.round(rows * 0.2);
const links = rows - agencies - programs;
const ROLES = ['LEAD', 'IMPLEMENTER', 'FUNDER', 'SUPPORTER'];
const agency = (i: number) => ({ id: `bench-agency-${i}`, name: `Bench agency ${i}`, kind: 'OTHER', level: i % 3 === 0 ? 'NATIONAL' : 'LOCAL' });
const program = (i: number) => ({ id: `bench-program-${i}`, name: `Bench program ${i}`, track: 'OTHER', status: 'ACTIVE', startYear: 2000 + (i % 25) });
/** Link i joins a distinct (agency, program) pair: agency i mod A with program (i div A + i) mod P. */
const link = (i: number) => ({
  from: `bench-agency-${i % agencies}`, to: `bench-program-${(Math.floor(i / agencies) + i) % programs}`, role: ROLES[i % ROLES.length]!,
});

async function writeLines(path: string, lines: (write: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await lines(write);
  out.end();
  await once(out, 'finish');
}

async function writeJson(path: string): Promise<void> {
  await writeLines(path, async (write) => {
    const section = async (name: string, count: number, record: (i: number) => object, last = false) => {
      await write(`  "${name}": [\n`);
      for (let i = 0; i < count; i += 1) await write(`    ${JSON.stringify(record(i))}${i < count - 1 ? ',' : ''}\n`);
      await write(`  ]${last ? '' : ','}\n`);
    };
    await write('{\n');
    await section('agencies', agencies, agency);
    await section('programs', programs, program);
    await write('  "links": {\n');
    await section('PARTICIPATES_IN', links, link, true);
    await write('  }\n}\n');
  });
}

async function writeCsv(folder: string): Promise<void> {
  mkdirSync(join(folder, 'links'), { recursive: true });
  const csv = async (file: string, columns: string[], count: number, record: (i: number) => Record<string, unknown>) =>
    writeLines(join(folder, file), async (write) => {
      await write(`${columns.join(',')}\n`);
      for (let i = 0; i < count; i += 1) {
        const values = record(i);
        await write(`${columns.map((column) => String(values[column])).join(',')}\n`);
      }
    });
  await csv('agencies.csv', ['id', 'name', 'kind', 'level'], agencies, agency);
  await csv('programs.csv', ['id', 'name', 'track', 'status', 'startYear'], programs, program);
  await csv('links/PARTICIPATES_IN.csv', ['from', 'to', 'role'], links, link);
}

function folderBytes(folder: string): number {
  return ['agencies.csv', 'programs.csv', 'links/PARTICIPATES_IN.csv'].reduce((sum, file) => sum + statSync(join(folder, file)).size, 0);
}

/** Runs `work`, sampling memory; `tick` (called per record or batch) takes a live-heap probe now and then. */
async function measure<T>(work: (tick: (done: number) => void) => Promise<T>): Promise<{ result: T; seconds: number; live: number; growth: number; rss: number }> {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peakHeap = baseline;
  let peakRss = process.memoryUsage().rss;
  let peakLive = baseline;
  let nextProbe = 50_000;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  }, 10);
  const tick = (done: number) => {
    if (done < nextProbe) return;
    nextProbe = done + 50_000;
    gc();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  };
  const started = performance.now();
  const result = await work(tick);
  clearInterval(sampler);
  return { result, seconds: (performance.now() - started) / 1000, live: peakLive - baseline, growth: peakHeap - baseline, rss: peakRss };
}

const line = (what: string, m: { seconds: number; live: number; growth: number; rss: number }, count: number) =>
  console.log(`${what.padEnd(30)} ${m.seconds.toFixed(1).padStart(7)} s ${Math.round(count / m.seconds).toLocaleString('en-US').padStart(9)} rows/s   live heap ${mb(m.live).padStart(6)} MB   heap growth ${mb(m.growth).padStart(6)} MB   peak RSS ${mb(m.rss).padStart(6)} MB`);

const dir = mkdtempSync(join(tmpdir(), 'kolaborasi-import-bench-'));
const db = await openDatabase(loadConfig(), () => undefined);
try {
  await migrate(db.executor);
  const jsonPath = join(dir, 'bundle.json');
  const csvPath = join(dir, 'bundle-csv');
  await writeJson(jsonPath);
  await writeCsv(csvPath);
  console.log(`bundle: ${rows.toLocaleString('en-US')} records (${agencies} agencies, ${programs} programs, ${links} PARTICIPATES_IN); `
    + `JSON ${mb(statSync(jsonPath).size)} MB, CSV ${mb(folderBytes(csvPath))} MB`);

  for (const [form, path] of [['JSON', jsonPath], ['CSV', csvPath]] as const) {
    const m = await measure((tick) => new BundleValidator(openBundle(path), 100).run(db.executor, (p) => tick(p.done)));
    if (m.result.problems.count > 0) throw new Error(`the bench bundle has problems: ${JSON.stringify(m.result.problems.kept[0])}`);
    line(`validate ${form}`, m, rows);
  }
  if (!validateOnly) {
    for (const pass of ['import JSON (empty graph)', 'import JSON again (unchanged)']) {
      // Probe offsets per phase so that each phase's records count on from the last one's.
      const offset = { validate: 0, nodes: rows, links: rows + agencies + programs };
      const m = await measure((tick) => importBundle(db.executor, openBundle(jsonPath), {
        onProgress: (p: ImportProgress) => tick(offset[p.phase] + p.done),
      }));
      if (m.result.status !== 'IMPORTED') throw new Error(`import ended ${m.result.status}`);
      line(pass, m, rows);
      console.log(`${''.padEnd(30)} totals ${JSON.stringify(m.result.totals)}`);
    }
  }
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
