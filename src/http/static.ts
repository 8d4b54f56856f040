import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { Router } from 'express';
import { APP_SECTIONS } from '../../web/app/paths.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where scripts/build-web.mjs puts the bundled pages (git-ignored); WEB_DIST_DIR moves both. */
export const WEB_DIST = process.env.WEB_DIST_DIR ? resolve(process.env.WEB_DIST_DIR) : resolve(root, 'web/dist');
const PAGES = ['playground', 'explorer', 'app'] as const;

/** Builds web/dist when a page is missing (a fresh clone run without `npm start` / `npm test`). */
export function ensureWebBuilt(): void {
  if (PAGES.every((page) => existsSync(resolve(WEB_DIST, page, 'index.html')) && existsSync(resolve(WEB_DIST, page, 'main.js')))) return;
  console.error('web: web/dist is missing, building it (node scripts/build-web.mjs)');
  execFileSync(process.execPath, [resolve(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
}

/**
 * The browser pages, all from web/dist (nothing from a CDN): the analyst's workbench at / and
 * its paths (web/app/paths.ts; its code, chunks and map boundaries under /app/), the GraphiQL
 * playground at /playground, the network explorer at /explorer, and the docs at /docs/. A browser opening
 * GET /graphql (it asks for HTML and sends no query) is sent to the playground; GET queries
 * (`/graphql?query=...`) and every other client go on to Apollo.
 */
export function webRouter(): Router {
  ensureWebBuilt();
  const router = Router();
  // The pages' files go gzipped (the workbench's JavaScript is about a fifth of its size so):
  // for an analyst on a provincial office's line, that is most of the wait. /graphql and /export
  // are not routed through here.
  const gzip = compression();
  for (const prefix of ['/app', '/playground', '/explorer', '/docs']) router.use(prefix, gzip);
  router.get('/graphql', (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsHtml && req.query.query === undefined) {
      res.redirect(302, '/playground');
      return;
    }
    next();
  });
  const appPage = resolve(WEB_DIST, 'app', 'index.html');
  const sendApp: express.RequestHandler = (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(appPage);
  };
  router.get('/', sendApp);
  router.get(new RegExp(`^/(${APP_SECTIONS.map((s) => s.replace(/[^a-z-]/g, '')).join('|')})(/[^/]+)?/?$`), sendApp);
  // Chunks and bundles are named by their content hash: cache them; the page itself is not cached.
  router.use('/app', express.static(resolve(WEB_DIST, 'app'), {
    index: false, redirect: false, fallthrough: true,
    setHeaders: (res, path) => res.set('Cache-Control', path.includes('/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  }));
  router.get(['/docs', '/docs/'], (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(resolve(WEB_DIST, 'docs', 'index.html'));
  });
  router.use('/docs', express.static(resolve(WEB_DIST, 'docs'), { index: false, redirect: false, extensions: ['html'], setHeaders: (res) => res.set('Cache-Control', 'no-cache') }));
  for (const page of PAGES.filter((name) => name !== 'app')) {
    router.get(`/${page}`, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(resolve(WEB_DIST, page, 'index.html'));
    });
    router.use(`/${page}`, express.static(resolve(WEB_DIST, page), { index: 'index.html', redirect: false, fallthrough: true, setHeaders: (res) => res.set('Cache-Control', 'no-cache') }));
  }
  return router;
}
