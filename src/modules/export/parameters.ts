import type { z } from 'zod';
import { BadUserInputError } from '../../errors.js';
import { Selection } from '../network/selection.js';
import { closest } from '../import/didYouMean.js';
import { ExportFormat } from './formats.js';

/** Parses one export parameter; on failure, BAD_USER_INPUT naming it and the path inside it (`selection.depth`). */
function parseParameter<S extends z.ZodType>(schema: S, value: unknown, parameter: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadUserInputError(result.error.issues.map((issue) => ({ field: [parameter, ...issue.path.map(String)].join('.'), message: issue.message })));
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly selection: Selection;
}

/**
 * The export parameters as the endpoint and the command line receive them: `format`, and
 * `selection` as JSON text (absent: the whole graph). Throws BAD_USER_INPUT naming the parameter
 * (`format`, `selection`, `selection.depth`, ...).
 */
export function parseExportRequest(raw: { format?: unknown; selection?: unknown }): ExportRequest {
  if (raw.format === undefined || raw.format === '') throw BadUserInputError.of('format', `is required: one of ${ExportFormat.options.join(', ')}`);
  if (typeof raw.format === 'string' && !(ExportFormat.options as readonly string[]).includes(raw.format)) {
    const guess = closest(raw.format, ExportFormat.options);
    throw BadUserInputError.of('format', `${guess ? `did you mean ${guess}? ` : ''}${raw.format} is not a format: give one of ${ExportFormat.options.join(', ')}`);
  }
  const format = parseParameter(ExportFormat, raw.format, 'format');
  let selectionJson: unknown = { kind: 'whole' };
  if (raw.selection !== undefined && raw.selection !== '') {
    if (typeof raw.selection !== 'string') throw BadUserInputError.of('selection', 'give it once, as JSON');
    try {
      selectionJson = JSON.parse(raw.selection);
    } catch {
      throw BadUserInputError.of('selection', 'is not valid JSON');
    }
  }
  return { format, selection: parseParameter(Selection, selectionJson, 'selection') };
}
