import { createWriteStream, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openCommandDatabase } from './connect.js';
import { DomainError } from '../errors.js';
import { exportGraph } from '../export/exportGraph.js';
import { EXPORT_FORMATS, exportFileName } from '../export/formats.js';
import { parseExportRequest } from '../export/parameters.js';
import { NODE_KINDS, type NodeKind } from '../network/types.js';

/**
 * `npm run export -- --format <format> [--out <file>] [selection]`: writes a selection (the
 * whole graph unless told otherwise) to a file, streaming, with a progress bar on a terminal.
 * The selection is the JSON the endpoint takes (--selection), or built from --focus/--depth,
 * or --collaboration with --theme/--region.
 */
const program = new Command('npm run export --')
  .description('Export the graph, a network view or the collaboration network to a file.')
  .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
  .option('-o, --out <file>', 'the file to write (default: kolaborasi-<kind>-<time>.<ext> here)')
  .option('-s, --selection <json>', 'a selection as JSON, as the /export endpoint takes it')
  .option('--focus <Kind:key...>', 'network view around these nodes, e.g. Agency:kemenpanrb Region:53', collectFocus, [])
  .option('--depth <n>', 'network view: hops from the focus nodes, 1 to 3', integer)
  .option('--limit <n>', 'network or collaboration view: at most this many nodes', integer)
  .option('--collaboration', 'the derived agency collaboration network')
  .option('--theme <id>', 'collaboration network: only programs on this theme')
  .option('--region <code>', 'collaboration network: only programs reaching this region')
  .option('--min-weight <n>', 'collaboration network: only pairs sharing at least this many programs', integer)
  .showHelpAfterError();

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('not a whole number');
  return Number(value);
}

const KIND_BY_NAME = new Map<string, NodeKind>(
  (Object.entries(NODE_KINDS) as Array<[NodeKind, string]>).flatMap(([kind, label]) => [[kind.toLowerCase(), kind], [label.toLowerCase(), kind]]),
);

function collectFocus(value: string, previous: Array<{ kind: NodeKind; key: string }>) {
  const colon = value.indexOf(':');
  const kind = KIND_BY_NAME.get(value.slice(0, Math.max(colon, 0)).toLowerCase());
  if (colon < 1 || !kind || colon === value.length - 1) {
    throw new InvalidArgumentError(`give Kind:key with a kind among ${Object.values(NODE_KINDS).join(', ')}, e.g. Agency:kemenpanrb`);
  }
  return [...previous, { kind, key: value.slice(colon + 1) }];
}

interface Options {
  format: string;
  out?: string;
  selection?: string;
  focus: Array<{ kind: NodeKind; key: string }>;
  depth?: number;
  limit?: number;
  collaboration?: boolean;
  theme?: string;
  region?: string;
  minWeight?: number;
}

/** The selection JSON the options describe; undefined means the whole graph. */
function selectionText(options: Options): string | undefined {
  const ways = [options.selection !== undefined, options.focus.length > 0, options.collaboration === true].filter(Boolean).length;
  if (ways > 1) throw new Error('give one of --selection, --focus or --collaboration');
  if (options.selection !== undefined) return options.selection;
  if (options.focus.length > 0) {
    return JSON.stringify({ kind: 'network', focus: options.focus, depth: options.depth, limit: options.limit });
  }
  if (options.collaboration) {
    return JSON.stringify({ kind: 'collaboration', theme: options.theme, region: options.region, minWeight: options.minWeight, limit: options.limit });
  }
  return undefined;
}

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<Options>();
  const request = parseExportRequest({ format: options.format, selection: selectionText(options) });
  const started = new Date();
  const file = options.out ?? exportFileName(request.selection.kind, request.format, started);

  const config = loadConfig();
  const db = await openCommandDatabase(config, 'export');
  const began = Date.now();
  const out = createWriteStream(file);
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let totals = { nodes: 0, edges: 0 };
  try {
    const result = await exportGraph(db, request.selection, request.format, out, {
      onTotals(counted) {
        totals = counted;
        bar.start(counted.nodes, 0, { phase: 'nodes' });
      },
      onNode: () => bar.increment(),
      onNodesDone() {
        bar.setTotal(totals.edges);
        bar.update(0, { phase: 'edges' });
      },
      onEdge: () => bar.increment(),
    }, started);
    bar.stop();
    out.end();
    await finished(out);
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    console.error(`export: ${file}: ${result.nodes} nodes, ${result.edges} edges in ${seconds} s${result.truncated ? ' (truncated by the node limit)' : ''}`);
  } catch (error) {
    bar.stop();
    out.destroy();
    rmSync(file, { force: true });
    throw error;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof DomainError || error instanceof Error ? error.message : String(error);
  console.error(`export failed: ${message.split('\n')[0]}`);
  process.exit(1);
});
