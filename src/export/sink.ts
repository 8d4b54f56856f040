import type { Writable } from 'node:stream';

const FLUSH_AT = 64 * 1024;

/**
 * Writes text to a Writable in chunks of about 64 KB and waits for 'drain' whenever the stream
 * asks it to (backpressure), so a slow reader holds the export back instead of filling memory.
 */
export class Sink {
  private buffer = '';

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (this.out.destroyed) throw new Error('the output was closed before the export finished');
    if (!this.out.write(chunk)) await drained(this.out);
  }
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the output was closed before the export finished'));
    const onError = (error: Error) => done(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}
