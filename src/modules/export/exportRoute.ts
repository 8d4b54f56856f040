import { Router, type Request, type Response } from 'express';
import type { Authenticate } from '../../auth/authenticate.js';
import { ForbiddenError, UnauthenticatedError, accessError } from '../../auth/errors.js';
import { hasRole } from '../../auth/roles.js';
import { loadConfig } from '../../config.js';
import { DomainError } from '../../errors.js';
import { exportGraph } from './exportGraph.js';
import { exportFileName, FORMATS } from './formats.js';
import { parseExportRequest, type ExportRequest } from './parameters.js';
import { OutputClosedError, StalledReaderError } from './sink.js';
import type { Executor } from '../../db/executor.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, TIMEOUT: 503, SERVICE_UNAVAILABLE: 503 };

export interface ExportLimits {
  /** Exports that may stream at once, each holding a database connection; default EXPORT_MAX_CONCURRENT. */
  readonly maxConcurrent?: number;
  /** How long a reader may take nothing before its export is cut, in ms; default EXPORT_STALL_TIMEOUT_MS. */
  readonly stallTimeoutMs?: number;
}

/** Seconds a client refused for too many running exports is asked to wait (Retry-After). */
const RETRY_AFTER_SECONDS = 5;

/**
 * GET /export?format=<format>&selection=<URL-encoded Selection JSON>: the selection (the whole
 * graph when absent) in one of the export formats, streamed to the response as it is read.
 * Bad parameters get 400 {error: {code, field, message}} before anything is sent; a failure
 * once bytes have gone out can only be logged, and the response is destroyed so the client
 * sees a broken download rather than a file that looks complete.
 *
 * An export holds a database connection while it streams, so one client must not be able to
 * hold them all: at most `maxConcurrent` run at once (one more is answered 503 with Retry-After
 * before anything is read), and a reader that takes nothing for `stallTimeoutMs` is cut, its
 * response destroyed and its connection returned to the pool. A client that disconnects stops
 * its export at the next row.
 *
 * HEAD /export answers the headers GET would after the same checks, without reading the database
 * (so a view whose focus node does not exist gets 200 where GET would say 404).
 */
export function exportRouter(db: Executor, authenticate: Authenticate, log: (line: string) => void = console.error, limits: ExportLimits = {}): Router {
  const config = limits.maxConcurrent === undefined || limits.stallTimeoutMs === undefined ? loadConfig() : undefined;
  const maxConcurrent = limits.maxConcurrent ?? config!.EXPORT_MAX_CONCURRENT;
  const stallTimeoutMs = limits.stallTimeoutMs ?? config!.EXPORT_STALL_TIMEOUT_MS;
  let running = 0;
  const router = Router();
  // Express answers HEAD with the GET handler unless told otherwise; here HEAD must not export.
  router.head('/export', async (req, res) => {
    const request = await checkedRequest(req, res);
    if (request === null) return;
    if (running >= maxConcurrent) {
      refuseBusy(res, maxConcurrent);
      return;
    }
    setFileHeaders(res, request, new Date());
    res.end();
  });
  router.get('/export', async (req, res) => {
    const started = new Date();
    const request = await checkedRequest(req, res);
    if (request === null) return;
    if (running >= maxConcurrent) {
      refuseBusy(res, maxConcurrent);
      return;
    }
    running += 1;
    const { format, selection } = request;
    setFileHeaders(res, request, started);
    try {
      await exportGraph(db, selection, format, res, {}, started, { stallTimeoutMs });
      res.end();
    } catch (error) {
      if (!res.headersSent) {
        // The error is JSON, not the file: drop the headers that announced the file.
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        sendError(res, error, log);
        return;
      }
      if (error instanceof StalledReaderError) {
        log(`export ${format} cut: the client took nothing for ${error.timeoutMs} ms (EXPORT_STALL_TIMEOUT_MS)`);
      } else if (!(error instanceof OutputClosedError)) {
        log(`export ${format} of ${JSON.stringify(selection)} failed after streaming began: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      res.destroy();
    } finally {
      running -= 1;
    }
  });

  /** Who may export and what they asked for, or null once the refusal is answered. */
  async function checkedRequest(req: Request, res: Response): Promise<ExportRequest | null> {
    try {
      // Exports need the analyst role: checked before the parameters, so nothing is read for a caller who may not.
      const principal = await authenticate(req.headers);
      if (!hasRole(principal.role, 'analyst')) throw accessError(principal, 'analyst', 'export');
      return parseExportRequest({ format: req.query.format, selection: req.query.selection });
    } catch (error) {
      sendError(res, error, log);
      return null;
    }
  }

  return router;
}

function setFileHeaders(res: Response, { format, selection }: ExportRequest, started: Date): void {
  res.status(200);
  res.setHeader('Content-Type', FORMATS[format].contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(selection.kind, format, started)}"`);
  res.setHeader('Cache-Control', 'no-store');
}

function refuseBusy(res: Response, maxConcurrent: number): void {
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(503).json({
    error: { code: 'SERVICE_UNAVAILABLE', field: null, message: `${maxConcurrent} exports are already running, the most allowed at once (EXPORT_MAX_CONCURRENT); try again in a few seconds` },
  });
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
