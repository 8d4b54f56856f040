import { existsSync, statSync } from 'node:fs';
import { csvFileSource, csvFolderSource } from './csvFolder.js';
import { jsonFileSource } from './jsonFile.js';
import type { BundleSource } from './source.js';

/** The bundle at `path`: a folder of CSV files, one `.csv` file (one section), or a JSON file. */
export function openBundle(path: string): BundleSource {
  if (!existsSync(path)) throw new Error(`there is no file or folder at ${path}`);
  if (statSync(path).isDirectory()) return csvFolderSource(path);
  return /\.csv$/i.test(path) ? csvFileSource(path) : jsonFileSource(path);
}
