#!/usr/bin/env node
// Makes sure the external readers the export tests use are installed: Debian's python3 with
// python3-networkx, and python3-lxml (which validates the GEXF against its XML schema) (the tests
// run /usr/bin/python3, never a pyenv or virtualenv one). As root it
// installs what is missing with apt-get; otherwise it prints what to install and exits 1.
import { spawnSync } from 'node:child_process';

const PYTHON = '/usr/bin/python3';
const PACKAGES = ['python3', 'python3-networkx', 'python3-lxml'];

function networkxVersion() {
  const probe = spawnSync(PYTHON, ['-c', 'import lxml.etree, networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

function run(command, args) {
  console.error(`test tools: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`test tools: ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

const found = networkxVersion();
if (found) {
  console.error(`test tools: NetworkX ${found} (${PYTHON})`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`test tools: the export tests need NetworkX for ${PYTHON} (Debian's package). Install it with:\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`);
  process.exit(1);
}
run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]);
const installed = networkxVersion();
if (!installed) {
  console.error(`test tools: installed ${PACKAGES.join(' ')} but ${PYTHON} still cannot import networkx`);
  process.exit(1);
}
console.error(`test tools: NetworkX ${installed} installed (${PYTHON})`);
