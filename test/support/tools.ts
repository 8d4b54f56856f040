import { spawnSync } from 'node:child_process';

/** Debian's Python: the tests read exports with its python3-networkx, never a pyenv or venv one. */
export const PYTHON = '/usr/bin/python3';

const INSTALL_HINT = 'install it with `node scripts/ensure-test-tools.mjs` (as root), or `sudo apt-get update && sudo apt-get install -y python3 python3-networkx`';

/** Fails (never skips) when NetworkX is missing for Debian's python3, saying how to install it. */
export function requireNetworkx(): string {
  const probe = spawnSync(PYTHON, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`the export tests need NetworkX for ${PYTHON} (Debian's python3-networkx): ${INSTALL_HINT}`);
  }
  return probe.stdout.trim();
}

/**
 * Runs a small Python script with Debian's python3 (NetworkX required) and parses the JSON it
 * prints. `args` reach the script as sys.argv[1:].
 */
export function runPython<T = unknown>(script: string, args: readonly string[] = []): T {
  requireNetworkx();
  const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
