import type { Writable } from 'node:stream';

const FLUSH_AT = 64 * 1024;

export interface SinkOptions {
  /**
   * How long a reader may take nothing (the stream not draining) before the export gives up,
   * in milliseconds. Unbounded when absent: a file on disk always drains.
   */
  readonly stallTimeoutMs?: number;
}

/** The reader went away (the stream closed or failed) before the export finished. */
export class OutputClosedError extends Error {
  constructor() {
    super('the output was closed before the export finished');
  }
}

/** The reader took nothing for the stall timeout: a client that asked for a file and stopped reading. */
export class StalledReaderError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the reader took nothing for ${timeoutMs} ms`);
  }
}

/**
 * Writes text to a Writable in chunks of about 64 KB and waits for 'drain' whenever the stream
 * asks it to (backpressure), so a slow reader holds the export back instead of filling memory.
 * The wait is bounded by the stall timeout, and every write first checks that the stream is
 * still open, so an export stops at the next row once its reader has gone instead of reading
 * the rest of the graph into the void.
 */
export class Sink {
  private buffer = '';
  private closed = false;

  constructor(private readonly out: Writable, private readonly options: SinkOptions = {}) {
    out.once('close', () => { this.closed = true; });
  }

  async write(text: string): Promise<void> {
    this.checkOpen();
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    this.checkOpen();
    if (!this.out.write(chunk)) await drained(this.out, this.options.stallTimeoutMs);
  }

  private checkOpen(): void {
    if (this.closed || this.out.destroyed) throw new OutputClosedError();
  }
}

function drained(out: Writable, timeoutMs: number | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new OutputClosedError());
    const onError = (error: Error) => done(error);
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => done(new StalledReaderError(timeoutMs)), timeoutMs);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}
