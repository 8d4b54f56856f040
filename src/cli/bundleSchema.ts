import { readFileSync, writeFileSync } from 'node:fs';
import { BUNDLE_SCHEMA_FILE, bundleJsonSchema } from '../modules/import/jsonSchema.js';

/**
 * `npm run bundle-schema`: writes schema/bundle.schema.json from the zod schemas of
 * src/modules/import/sections.ts. With --check, fails when the committed file is out of date.
 */
const text = bundleJsonSchema();
if (process.argv.includes('--check')) {
  const committed = readFileSync(BUNDLE_SCHEMA_FILE, 'utf8');
  if (committed !== text) {
    console.error(`${BUNDLE_SCHEMA_FILE} is out of date: run npm run bundle-schema`);
    process.exit(1);
  }
} else {
  writeFileSync(BUNDLE_SCHEMA_FILE, text);
  console.log(`wrote ${BUNDLE_SCHEMA_FILE}`);
}
