import { createWriteStream, lstatSync, mkdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openCommandDatabase } from './connect.js';
import { BUNDLE_FILES, writeBundleFolder } from '../modules/export/bundle.js';
import { exportGraph, type ExportProgress, type ExportResult } from '../modules/export/exportGraph.js';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../modules/export/formats.js';
import { parseExportRequest } from '../modules/export/parameters.js';
import { closest } from '../modules/import/didYouMean.js';
import { NODE_KINDS, type NodeKind } from '../modules/network/types.js';
import { failInOneLine, oneLineFailures } from './failure.js';

/**
 * The depth of a --focus export when --depth is not given: the explorer's default
 * (web/explorer/index.html, `#depth`), so the file holds what the explorer first draws.
 */
export const DEFAULT_FOCUS_DEPTH = 2;

/** The CSV bundle: nodes.csv, edges.csv and metadata.json in a folder, or in one .zip when --out ends in .zip. */
const BUNDLE = 'csv';
const CLI_FORMATS = [...EXPORT_FORMATS, BUNDLE];

/**
 * `npm run export -- --format <format> [--out <file or folder>] [selection]`: writes a selection
 * (the whole graph unless told otherwise) to a file, streaming, with a progress bar on a
 * terminal. The selection is the JSON the endpoint takes (--selection), or built from
 * --focus/--depth, or --collaboration with --theme/--region/--min-weight. An option that does not
 * apply to the selection given is refused, never ignored; every failure is one line.
 */
const program = new Command('npm run export --')
  .description('Export the graph, a network view or the collaboration network to a file.')
  .requiredOption('-f, --format <format>', `one of ${CLI_FORMATS.join(', ')} (csv: nodes.csv, edges.csv and metadata.json in the folder --out names, or in one .zip when --out ends in .zip)`)
  .option('-o, --out <file>', 'the file to write, or a folder to write it in (default: kolaborasi-<kind>-<time>.<ext> here)')
  .option('-s, --selection <json>', 'a selection as JSON, as the /export endpoint takes it')
  .option('--focus <Kind:key...>', 'network view around these nodes, e.g. Agency:kemenpanrb Region:53', collectFocus, [])
  .option('--depth <n>', `network view (--focus): hops from the focus nodes, 1 to 3 (default ${DEFAULT_FOCUS_DEPTH}, as the explorer)`, integer)
  .option('--limit <n>', 'network or collaboration view: at most this many nodes', integer)
  .option('--collaboration', 'the derived agency collaboration network')
  .option('--theme <id>', 'collaboration network: only programs on this theme')
  .option('--region <code>', 'collaboration network: only programs reaching this region')
  .option('--min-weight <n>', 'collaboration network: only pairs sharing at least this many programs', integer);
oneLineFailures('export', program);

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

/** An option given where it has no effect: refused, never ignored. */
function refuseConflicts(options: Options): void {
  const focus = options.focus.length > 0;
  const ways = [options.selection !== undefined, focus, options.collaboration === true].filter(Boolean).length;
  if (ways > 1) throw new Error('give one of --selection, --focus or --collaboration');
  const given = (name: string, value: unknown) => (value === undefined ? [] : [name]);
  const selectionOptions = [...given('--depth', options.depth), ...given('--limit', options.limit), ...given('--theme', options.theme), ...given('--region', options.region), ...given('--min-weight', options.minWeight)];
  if (options.selection !== undefined && selectionOptions.length > 0) {
    throw new Error(`${selectionOptions[0]} cannot be given with --selection: put it in the selection JSON`);
  }
  for (const name of ['--theme', '--region', '--min-weight'] as const) {
    const value = name === '--theme' ? options.theme : name === '--region' ? options.region : options.minWeight;
    if (value !== undefined && options.collaboration !== true) {
      throw new Error(`${name} applies to --collaboration only${focus ? ' (with --focus, put the filter in a --selection JSON: filter.theme, filter.region)' : ''}`);
    }
  }
  if (options.depth !== undefined && !focus) throw new Error('--depth applies to --focus only');
  if (options.limit !== undefined && !focus && options.collaboration !== true) throw new Error('--limit applies to --focus or --collaboration only (the whole graph has no limit)');
}

/** The selection JSON the options describe; undefined means the whole graph. */
function selectionText(options: Options): string | undefined {
  refuseConflicts(options);
  if (options.selection !== undefined) return options.selection;
  if (options.focus.length > 0) {
    return JSON.stringify({ kind: 'network', focus: options.focus, depth: options.depth ?? DEFAULT_FOCUS_DEPTH, limit: options.limit });
  }
  if (options.collaboration) {
    return JSON.stringify({ kind: 'collaboration', theme: options.theme, region: options.region, minWeight: options.minWeight, limit: options.limit });
  }
  return undefined;
}

/** A regular file (not a device such as /dev/null, a folder or a link): the only kind a failed export removes. */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder a file goes in must exist: said in one line, before the database is opened. */
function requireFolderOf(file: string): void {
  const folder = dirname(resolve(file));
  if (!isFolder(folder)) throw new Error(`cannot write ${file}: the folder ${folder} does not exist (create it first)`);
}

/** Where the export goes: one file, or (the CSV bundle) a folder. */
type Target = { kind: 'file'; path: string } | { kind: 'folder'; path: string; make: boolean };

/**
 * --out as given: a file; an existing folder, to hold the file under its default name; for the
 * CSV bundle, a .zip file or a folder, made when missing if the folder above it exists (never a
 * chain of folders: a mistyped path is refused, not built).
 */
function targetOf(format: string, out: string | undefined, kind: string, started: Date): { format: ExportFormat | typeof BUNDLE; target: Target } {
  if (format === BUNDLE) {
    if (out !== undefined && /\.zip$/i.test(out) && !isFolder(out)) {
      requireFolderOf(out);
      return { format: 'csv.zip', target: { kind: 'file', path: out } };
    }
    const folder = out ?? exportFileName(kind, 'csv.zip', started).replace(/\.csv\.zip$/, '');
    if (!isFolder(folder)) {
      try {
        statSync(folder);
        throw new Error(`cannot write the CSV bundle into ${folder}: it is a file, not a folder`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      requireFolderOf(folder);
      return { format: BUNDLE, target: { kind: 'folder', path: folder, make: true } };
    }
    return { format: BUNDLE, target: { kind: 'folder', path: folder, make: false } };
  }
  const chosen = format as ExportFormat;
  if (out !== undefined && isFolder(out)) return { format: chosen, target: { kind: 'file', path: join(out, exportFileName(kind, chosen, started)) } };
  const file = out ?? exportFileName(kind, chosen, started);
  requireFolderOf(file);
  return { format: chosen, target: { kind: 'file', path: file } };
}

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<Options>();
  if (!CLI_FORMATS.includes(options.format)) {
    const guess = closest(options.format, CLI_FORMATS);
    throw new Error(`${guess ? `did you mean --format ${guess}? ` : ''}${options.format} is not a format: give one of ${CLI_FORMATS.join(', ')}`);
  }
  const request = parseExportRequest({ format: options.format === BUNDLE ? 'csv.zip' : options.format, selection: selectionText(options) });
  const started = new Date();
  const { format, target } = targetOf(options.format, options.out, request.selection.kind, started);

  const config = loadConfig();
  const db = await openCommandDatabase(config, 'export');
  const began = Date.now();
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let totals = { nodes: 0, edges: 0 };
  const progress: ExportProgress = {
    onMeasuring(graph) {
      console.error(`export: measuring betweenness and community of the whole graph (${graph.nodes} nodes, ${graph.edges} edges; the demo graph takes about 20 s)`);
    },
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
  };
  const written = target.kind === 'folder' ? BUNDLE_FILES.map((name) => join(target.path, name)) : [target.path];
  try {
    let result: ExportResult;
    if (target.kind === 'folder') {
      if (target.make) mkdirSync(target.path);
      result = await writeBundleFolder(db.executor, request.selection, target.path, progress, started);
    } else {
      const out = createWriteStream(target.path);
      // An error of the file (a full disk, no permission) fails the export instead of crashing the process.
      const opened = new Promise<never>((_, reject) => out.once('error', reject));
      const writing = exportGraph(db.executor, request.selection, format as ExportFormat, out, progress, started);
      // Whichever loses the race may still reject: that is the same failure, already reported.
      opened.catch(() => undefined);
      writing.catch(() => undefined);
      try {
        result = await Promise.race([writing, opened]);
        out.end();
        await finished(out);
      } finally {
        out.destroy();
      }
    }
    bar.stop();
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const where = target.kind === 'folder' ? `${target.path}${target.path.endsWith('/') ? '' : '/'}{${BUNDLE_FILES.join(',')}}` : target.path;
    console.error(`export: ${where}: ${result.nodes} nodes, ${result.edges} edges in ${seconds} s${result.truncated ? ' (truncated by the node limit)' : ''}`);
  } catch (error) {
    bar.stop();
    for (const file of written) if (isRegularFile(file)) rmSync(file, { force: true });
    // The folder the export made, now empty again.
    if (target.kind === 'folder' && target.make) {
      try {
        rmdirSync(target.path);
      } catch {
        // Not empty (something else was put there) or already gone: left as it is.
      }
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => failInOneLine('export', error));
