// Frame times of the network explorer while panning and zooming a big view, in headless
// Chromium (Debian's, as the browser tests): requestAnimationFrame deltas over scripted drags
// and wheel turns, summarised as median, p95 and max. Run it against a running server with the
// demo graph (npm start):
//   npx tsx bench/explorerFrames.ts --url http://127.0.0.1:4000
//   npx tsx bench/explorerFrames.ts --url http://127.0.0.1:4000 --bundle /tmp/old-explorer   (another build of web/explorer, for before/after)
// The default view is 2,000 nodes: Indonesia at depth 3 with every node kind (truncated at the limit).
// Software rendering (--disable-gpu): a desktop browser with a GPU is faster, not slower.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { summarize } from './lib/stats.js';

const DEFAULT_VIEW = '/explorer?focus=REGION:ID&depth=3&limit=2000&kinds=AGENCY,PROGRAM,REGION,THEME,PARTNER,MANDATE,REGULATION,INDICATOR,FORUM';

const program = new Command('explorerFrames')
  .requiredOption('--url <base>', 'the running server, e.g. http://127.0.0.1:4000')
  .option('--view <path>', 'the explorer link to open', DEFAULT_VIEW)
  .option('--rounds <n>', 'drag + zoom rounds', '5')
  .option('--width <px>', 'viewport width', '1280')
  .option('--height <px>', 'viewport height', '720')
  .option('--bundle <dir>', 'serve /explorer, /explorer/main.js and /explorer/main.css from this folder instead (an older build)')
  .option('--chromium <path>', 'the browser', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
program.parse();
const options = program.opts<{ url: string; view: string; rounds: string; width: string; height: string; bundle?: string; chromium: string }>();

const browser = await chromium.launch({ executablePath: options.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(options.width), height: Number(options.height) } });
  if (options.bundle) {
    const dir = resolve(options.bundle);
    const files: Record<string, [string, string]> = {
      '/explorer': ['index.html', 'text/html'], '/explorer/main.js': ['main.js', 'text/javascript'], '/explorer/main.css': ['main.css', 'text/css'],
    };
    await page.route((url) => url.pathname in files, (route) => {
      const [file, type] = files[new URL(route.request().url()).pathname]!;
      return route.fulfill({ body: readFileSync(resolve(dir, file)), contentType: type });
    });
  }
  const started = Date.now();
  await page.goto(`${options.url}${options.view}`);
  await page.waitForFunction(() => (window as unknown as { explorerState?: { status: string } }).explorerState?.status === 'drawn', undefined, { timeout: 300_000 });
  const drawMs = Date.now() - started;
  const drawn = await page.evaluate(() => (window as unknown as { explorerState: { nodes: number; edges: number; labelled?: number } }).explorerState);
  await page.waitForTimeout(1500);
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  await page.evaluate(`(() => {
    window.frameDeltas = [];
    window.measuring = true;
    let last = performance.now();
    const tick = (now) => { window.frameDeltas.push(now - last); last = now; if (window.measuring) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator('#graph').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  for (let round = 0; round < Number(options.rounds); round++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(x + (round % 2 ? -i : i) * 5, y + i * 2);
    await page.mouse.up();
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { frameDeltas: number[]; measuring: boolean };
    w.measuring = false;
    return w.frameDeltas.slice(1);
  });
  const frames = summarize(deltas);
  console.log(JSON.stringify({ view: options.view, bundle: options.bundle ?? 'web/dist', viewport: `${options.width}x${options.height}`, nodes: drawn.nodes, edges: drawn.edges, labelled: drawn.labelled ?? null, drawMs, frames }, null, 2));
  console.log(`| ${options.bundle ? 'other build' : 'this build'} | ${drawn.nodes} | ${drawn.edges} | ${(drawMs / 1000).toFixed(1)} s | ${frames.n} | ${frames.median} ms | ${frames.p95} ms | ${frames.max} ms |`);
} finally {
  await browser.close();
}
