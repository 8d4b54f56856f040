import { existsSync, statSync } from 'node:fs';
import { csvFolderSource } from './csvFolder.js';
import { jsonFileSource } from './jsonFile.js';
import type { BundleSource } from './source.js';

/** The bundle at `path`: a folder is the CSV form, a file the JSON form. */
export function openBundle(path: string): BundleSource {
  if (!existsSync(path)) throw new Error(`there is no file or folder at ${path}`);
  return statSync(path).isDirectory() ? csvFolderSource(path) : jsonFileSource(path);
}
