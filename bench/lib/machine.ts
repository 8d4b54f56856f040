import { spawnSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly java: string;
  readonly neo4j: string;
  readonly neo4jHeapMb: number;
  readonly neo4jPageCacheMb: number;
}

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(driver: Driver, heapMb: number, pageCacheMb: number): Promise<Machine> {
  // `java -version` writes to stderr; its first line names the runtime and version.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr?.split('\n')[0]?.trim() || 'unknown';
  const components = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const neo4j = components.records.map((r) => `${r.get('name')} ${r.get('version')} ${r.get('edition')}`).join(', ');
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    java,
    neo4j,
    neo4jHeapMb: heapMb,
    neo4jPageCacheMb: pageCacheMb,
  };
}
