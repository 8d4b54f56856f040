// Builds the browser pages into web/dist (git-ignored): the analyst's workbench (web/app, one
// React app split into a chunk per page), the GraphiQL playground and the network explorer, each
// bundled by esbuild with its CSS; the map's boundaries (data/geo); the example queries of the
// README and docs/*.md as JSON for the playground; and the docs as HTML (scripts/build-docs.mjs).
// Nothing is fetched from the internet at run time. Usage: node scripts/build-web.mjs
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocs } from './build-docs.mjs';
import { docsExamples } from './readme-examples.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// WEB_DIST_DIR: build somewhere else (several developers or test runs side by side); the server reads it too.
const out = process.env.WEB_DIST_DIR ? resolve(process.env.WEB_DIST_DIR) : resolve(root, 'web/dist');

/** What every bundle is built with: minified ES modules for current browsers, licences linked. */
const BUNDLE = {
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
};

export async function buildWeb({ quiet = false } = {}) {
  const started = Date.now();
  for (const page of ['playground', 'explorer']) {
    mkdirSync(resolve(out, page), { recursive: true });
    copyFileSync(resolve(root, `web/${page}/index.html`), resolve(out, page, 'index.html'));
  }
  const examples = docsExamples(root);
  writeFileSync(resolve(out, 'playground/examples.json'), JSON.stringify(examples, null, 2));
  const result = await build({
    entryPoints: {
      'playground/main': resolve(root, 'web/playground/main.tsx'),
      'explorer/main': resolve(root, 'web/explorer/main.ts'),
    },
    outdir: out,
    ...BUNDLE,
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  });
  // The workbench: one entry, split so that each page loads only its own chunk and the shared ones.
  rmSync(resolve(out, 'app'), { recursive: true, force: true });
  mkdirSync(resolve(out, 'app/geo'), { recursive: true });
  copyFileSync(resolve(root, 'web/app/index.html'), resolve(out, 'app/index.html'));
  for (const file of ['provinces.topo.json', 'regencies.topo.json']) copyFileSync(resolve(root, 'data/geo', file), resolve(out, 'app/geo', file));
  const app = await build({
    entryPoints: { main: resolve(root, 'web/app/main.tsx') },
    outdir: resolve(out, 'app'),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    splitting: true,
    ...BUNDLE,
  });
  writeFileSync(resolve(out, 'app/meta.json'), JSON.stringify(app.metafile));
  await buildDocs({ out: resolve(out, 'docs') });
  const sizes = [...Object.entries(result.metafile.outputs), ...Object.entries(app.metafile.outputs).filter(([file]) => file.endsWith('main.js'))]
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, info]) => `${file.replace(/^.*web\/dist\//, '')} ${(info.bytes / 1024).toFixed(0)} KiB`);
  if (!quiet) console.error(`web: built ${examples.length} playground examples and ${sizes.join(', ')} into ${out} in ${Date.now() - started} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
