import { Writable } from 'node:stream';

/** A Writable that counts bytes and takes a little time per chunk, like a network peer. */
export function countingSink(): { out: Writable; bytes: () => number } {
  let bytes = 0;
  const out = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      setImmediate(done);
    },
  });
  return { out, bytes: () => bytes };
}
