// `npm start` (`exec node scripts/start.mjs`): the dependency check, the web build and the server,
// in this one process.
//
// Why: npm passes SIGINT and SIGTERM on to its direct child only, and that child is the shell
// running the script. With `sh -c "a && b && tsx src/main.ts"` the shell (dash, which forks even
// a lone command) did not pass them on: on SIGTERM it died and left the server running as an
// orphan; on SIGINT it waited for the server, which never heard of it. With `exec` the shell
// becomes this process, and with everything in it npm's child is the server itself: `kill <npm
// pid>` stops it as Ctrl-C does. Plain Node until the dependencies are in place (a fresh clone
// has no tsx yet).
import { performance } from 'node:perf_hooks';

const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

await import('./ensure-deps.mjs');
const built = performance.now();
const { buildWeb } = await import('./build-web.mjs');
await buildWeb({ quiet: true });
// The build's esbuild service would otherwise stay alive beside the server.
(await import('esbuild')).stop();
console.error(`web: pages built into ${process.env.WEB_DIST_DIR ?? 'web/dist'} in ${seconds(built)}`);
// The same TypeScript loader `node --import tsx` registers, for the imports that follow.
await import('tsx');
await import('../src/main.ts');
