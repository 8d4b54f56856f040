import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface ExportFigures {
  readonly nodes: number;
  readonly edges: number;
  readonly elements: number;
  readonly seconds: number;
  readonly elementsPerSecond: number;
  readonly megabytes: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

const PROBE = fileURLToPath(new URL('./exportProbe.ts', import.meta.url));

/** A GraphML export of the whole graph at `uri`, in a process of its own (bench/lib/exportProbe.ts). */
export async function measureExport(uri: string): Promise<ExportFigures> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
    maxBuffer: 1024 * 1024,
  });
  const line = stdout.trim().split('\n').at(-1)!;
  return JSON.parse(line) as ExportFigures;
}
