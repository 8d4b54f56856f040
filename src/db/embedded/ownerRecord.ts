import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * A small file in the data folder that says which process launched the embedded Neo4j there and
 * where its Bolt listens, so that a command-line tool started beside it (npm run import, export,
 * seed) can use that Neo4j instead of failing on the folder's lock. Written once Neo4j answers,
 * rewritten after a restart, removed when it stops; a record whose owner is dead is stale and
 * ignored (the next launcher replaces it).
 */
export const OWNER_RECORD_FILE = 'kolaborasi-owner.json';

const OwnerRecord = z.object({
  /** The process that launched Neo4j and will stop it (the server's node process). */
  ownerPid: z.number().int().positive(),
  /** What that process is: 'server' for npm start, else the command (import, export, seed). */
  owner: z.string().min(1),
  boltUri: z.string().regex(/^bolt:\/\/127\.0\.0\.1:\d+$/),
  neo4jPid: z.number().int().positive().optional(),
  startedAt: z.string(),
});
export type OwnerRecord = z.infer<typeof OwnerRecord>;

export function ownerRecordPath(dataDir: string): string {
  return join(dataDir, OWNER_RECORD_FILE);
}

/** Whether a process with this id exists (EPERM: it does, as another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Written to a temporary file and renamed, so that a reader never sees half a record. */
export function writeOwnerRecord(dataDir: string, record: OwnerRecord): void {
  const path = ownerRecordPath(dataDir);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temporary, path);
}

/** Removes the record if it is this process's (never another owner's). Synchronous, for 'exit' handlers too. */
export function removeOwnRecord(dataDir: string): void {
  const found = readOwnerRecord(dataDir);
  if (found.state === 'live' && found.record.ownerPid === process.pid) rmSync(ownerRecordPath(dataDir), { force: true });
}

export type RecordLookup =
  | { readonly state: 'none' }
  | { readonly state: 'unreadable'; readonly reason: string }
  | { readonly state: 'stale'; readonly record: OwnerRecord }
  | { readonly state: 'live'; readonly record: OwnerRecord };

/** The data folder's record: none, unreadable, stale (its owner is gone) or live. */
export function readOwnerRecord(dataDir: string): RecordLookup {
  let text: string;
  try {
    text = readFileSync(ownerRecordPath(dataDir), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { state: 'none' } : { state: 'unreadable', reason: String((error as Error).message) };
  }
  let parsed: ReturnType<typeof OwnerRecord.safeParse>;
  try {
    parsed = OwnerRecord.safeParse(JSON.parse(text));
  } catch (error) {
    return { state: 'unreadable', reason: `not JSON (${(error as Error).message})` };
  }
  if (!parsed.success) return { state: 'unreadable', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return isAlive(parsed.data.ownerPid) ? { state: 'live', record: parsed.data } : { state: 'stale', record: parsed.data };
}

/**
 * The Bolt port of the launcher JVM that holds `dataDir`, read from its command line
 * (`java ... -jar bolt-launcher.jar <dataDir> <port> ...`) under /proc; undefined elsewhere
 * than Linux or when none is found. Used only to name the port in an error message.
 */
export function portOfLauncherHolding(dataDir: string): number | undefined {
  const wanted = resolve(dataDir);
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const jar = args.findIndex((arg) => arg.endsWith('bolt-launcher.jar'));
    if (jar < 0 || args[jar - 1] !== '-jar') continue;
    const folder = args[jar + 1];
    const port = Number(args[jar + 2]);
    if (folder !== undefined && resolve(folder) === wanted && Number.isInteger(port) && port > 0) return port;
  }
  return undefined;
}
