/**
 * The CLI's stdout and stderr. Where a descriptor is a file, a pipe or a socket (a script or another program reading
 * the CLI: Node's child processes get a socket pair), the text is written straight to it: for a pipe or a socket
 * Node's process.stdout is a net.Socket, and setting one up (the net and stream modules) cost some 7 ms of CPU at the
 * end of a run, for stdout and again for stderr, to write one string. A terminal, /dev/null or anything else keeps
 * process.stdout / process.stderr (on Windows the console's own encoding). A write the descriptor refuses (EAGAIN on
 * a non-blocking pipe, or any error) goes, with the rest of the text, through process.stdout / process.stderr as
 * before. Either way the bytes and their order are the same.
 */
import fs = require('fs');

export interface CliStream {
  write(s: string): void;
  /** `done` is called once everything written has been handed to the system (never before the caller returns). */
  flush(done: () => void): void;
}

/** A descriptor written to directly: a regular file, a pipe or a socket. */
function writtenDirectly(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    return st.isFile() || st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

/** Write all of `bytes` to `fd`; the number of bytes written before a write failed (all of them: none failed). */
function writeAll(fd: number, bytes: Buffer): number {
  let done = 0;
  try {
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done);
  } catch { /* the rest goes through the stream */ }
  return done;
}

/** Descriptor `fd` (1 or 2), through `stream` (process.stdout / process.stderr, made on first use) where needed. */
export function cliStream(fd: number, stream: () => NodeJS.WritableStream): CliStream {
  let viaStream = !writtenDirectly(fd);
  let written = false;
  return {
    write(s) {
      written = true;
      if (viaStream) { stream().write(s); return; }
      const bytes = Buffer.from(s, 'utf8');
      const done = writeAll(fd, bytes);
      if (done < bytes.length) {
        viaStream = true;
        stream().write(bytes.subarray(done));
      }
    },
    flush(done) {
      if (viaStream && written) stream().write('', done);
      else process.nextTick(done);
    },
  };
}
