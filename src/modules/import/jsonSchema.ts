import { z } from 'zod';
import { BundleSchema } from './sections.js';

/** Where the generated JSON Schema of the bundle format is committed. */
export const BUNDLE_SCHEMA_FILE = 'schema/bundle.schema.json';

/** The JSON Schema of a JSON bundle, generated from the zod schemas (the single source), as file text. */
export function bundleJsonSchema(): string {
  const schema = z.toJSONSchema(BundleSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
