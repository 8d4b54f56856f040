import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/modules/export/sink.js';

describe('Sink', () => {
  it('waits for a slow reader: what waits in the stream stays about one chunk, not the whole output', async () => {
    // A reader that takes a tick per chunk. 4 MB go through; without backpressure nearly all of
    // it would queue in the stream before the first chunk is taken.
    let maxQueued = 0;
    let received = 0;
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setTimeout(done, 1);
      },
    });
    const sink = new Sink(out);
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 4096; i += 1) {
      await sink.write(line);
      maxQueued = Math.max(maxQueued, out.writableLength);
    }
    await sink.flush();
    await new Promise<void>((done) => out.end(done));
    expect(received).toBe(4096 * 1024);
    expect(maxQueued).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('fails instead of hanging when the reader goes away', async () => {
    const out = new Writable({ highWaterMark: 1024, write(_chunk, _encoding, _done) { /* never drains */ } });
    const sink = new Sink(out);
    const writing = (async () => {
      for (let i = 0; i < 100; i += 1) await sink.write('y'.repeat(64 * 1024));
    })();
    setTimeout(() => out.destroy(), 20);
    await expect(writing).rejects.toThrow(/closed before the export finished/);
  });
});
