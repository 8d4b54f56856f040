// Makes `npm start` and `npm test` work on a fresh clone: installs the npm dependencies
// (npm ci) when node_modules is missing or older than package-lock.json. Plain Node, no deps.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.error('setup: installing npm dependencies (npm ci)');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
