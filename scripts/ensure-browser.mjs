// Makes sure the browser tests have Debian's Chromium at /usr/bin/chromium (driven by
// playwright-core; `npx playwright install` is never used). As root it installs the package
// with apt-get; otherwise it prints the command to run and exits non-zero. Plain Node, no deps.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium';

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.error('setup: installing Chromium for the browser tests (apt-get install chromium)');
  try {
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit', shell: '/bin/sh' });
  } catch {
    console.error(`setup: could not install Chromium; install it with: ${INSTALL_HINT}`);
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`setup: Chromium is still missing at ${CHROMIUM}; install it with: ${INSTALL_HINT}`);
  process.exit(1);
}
console.error(`setup: the browser tests need Chromium at ${CHROMIUM}. Install it with:\n  ${INSTALL_HINT}`);
process.exit(1);
