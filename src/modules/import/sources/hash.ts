import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** SHA-256 of files' bytes, each preceded by its name when there are several (a CSV folder). */
export async function hashFiles(files: ReadonlyArray<{ name: string; path: string }>, withNames: boolean): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    if (withNames) hash.update(`${file.name}\n`);
    for await (const chunk of createReadStream(file.path)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
