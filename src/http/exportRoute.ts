import { Router, type Response } from 'express';
import type { Authenticate } from '../auth/authenticate.js';
import { ForbiddenError, UnauthenticatedError, accessError } from '../auth/errors.js';
import { hasRole } from '../auth/roles.js';
import { DomainError } from '../errors.js';
import { exportGraph } from '../export/exportGraph.js';
import { exportFileName, FORMATS } from '../export/formats.js';
import { parseExportRequest } from '../export/parameters.js';
import type { ExportDatabase } from '../export/source.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, TIMEOUT: 503, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /export?format=<format>&selection=<URL-encoded Selection JSON>: the selection (the whole
 * graph when absent) in one of the export formats, streamed to the response as it is read.
 * Bad parameters get 400 {error: {code, field, message}} before anything is sent; a failure
 * once bytes have gone out can only be logged, and the response is destroyed so the client
 * sees a broken download rather than a file that looks complete.
 */
export function exportRouter(source: ExportDatabase, authenticate: Authenticate, log: (line: string) => void = console.error): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const started = new Date();
    let request;
    try {
      // Exports need the analyst role: checked before the parameters, so nothing is read for a caller who may not.
      const principal = await authenticate(req.headers);
      if (!hasRole(principal.role, 'analyst')) throw accessError(principal, 'analyst', 'export');
      request = parseExportRequest({ format: req.query.format, selection: req.query.selection });
    } catch (error) {
      sendError(res, error, log);
      return;
    }
    const { format, selection } = request;
    res.status(200);
    res.setHeader('Content-Type', FORMATS[format].contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(selection.kind, format, started)}"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await exportGraph(source, selection, format, res, {}, started);
      res.end();
    } catch (error) {
      if (!res.headersSent) {
        // The error is JSON, not the file: drop the headers that announced the file.
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        sendError(res, error, log);
        return;
      }
      log(`export ${format} of ${JSON.stringify(selection)} failed after streaming began: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return router;
}

function sendError(res: Response, error: unknown, log: (line: string) => void): void {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) {
    const status = error instanceof UnauthenticatedError ? 401 : 403;
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(status).json({ error: { code: String(error.extensions.code), field: null, message: error.message } });
    return;
  }
  if (error instanceof DomainError) {
    const code = String(error.extensions.code);
    const field = (error.extensions.field as string | undefined) ?? null;
    res.status(STATUS[code] ?? 400).json({ error: { code, field, message: error.message } });
    return;
  }
  log(`export failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'the export failed; see the server log' } });
}
