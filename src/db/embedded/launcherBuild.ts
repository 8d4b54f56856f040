import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../../neo4j/', import.meta.url));
export const LAUNCHER_JAR = `${LAUNCHER_DIR}target/bolt-launcher.jar`;
const SOURCES = [`${LAUNCHER_DIR}pom.xml`, `${LAUNCHER_DIR}src/main/java/id/kolaborasi/neo4j/BoltLauncher.java`];

function isBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(`${LAUNCHER_DIR}target/lib`)) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return SOURCES.every((source) => statSync(source).mtimeMs <= built);
}

/**
 * Builds neo4j/target/bolt-launcher.jar with Maven unless it is already there and newer than
 * its sources. The first build downloads Neo4j's jars (about 120 MB) into the Maven cache
 * (~/.m2); a progress line counts them.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = console.error): Promise<void> {
  if (isBuilt()) return;
  log('neo4j: building the embedded Neo4j launcher with Maven (once; the first build downloads about 120 MB)');
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-DskipTests', 'package'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (line.includes('Downloaded from')) {
        downloaded += 1;
        if (downloaded % 25 === 0) log(`neo4j: ${downloaded} artifacts downloaded so far`);
      }
    };
    const split = (chunk: Buffer) => chunk.toString().split('\n').forEach(onLine);
    mvn.stdout.on('data', split);
    mvn.stderr.on('data', split);
    mvn.on('error', (error) =>
      reject(new Error(`neo4j: could not run Maven (${error.message}). Install a JDK 17 and Maven, or set NEO4J_URI to use a running Neo4j.`)));
    mvn.on('close', (code) => {
      if (code === 0) {
        log(`neo4j: launcher built (${downloaded} artifacts downloaded)`);
        resolve();
      } else {
        reject(new Error(`neo4j: the Maven build of the launcher failed (exit ${code}):\n${tail.join('\n')}`));
      }
    });
  });
}
