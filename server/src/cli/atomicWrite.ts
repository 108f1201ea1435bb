// Write a file so that readers see either the old or the new contents, never half:
// write a temporary file in the same directory, flush it, then rename it over the
// target. The target keeps its permission bits; a symlink is followed, not replaced.
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export interface AtomicWriteOptions {
  /** Permission bits for a new file (default 0o666 minus the umask). Existing files keep theirs. */
  mode?: number;
  /** Create missing parent directories (used for --output-file). */
  mkdirs?: boolean;
}

export function atomicWriteFileSync(target: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  let file = path.resolve(target);
  try {
    file = fs.realpathSync(file);
  } catch {
    // Does not exist yet: write to the path as given.
  }
  const dir = path.dirname(file);
  if (opts.mkdirs) fs.mkdirSync(dir, { recursive: true });

  let mode: number | undefined = opts.mode;
  try {
    mode = fs.statSync(file).mode & 0o7777;
  } catch {
    // New file.
  }

  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode ?? 0o666);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // openSync's mode is filtered by the umask; make it exact for an existing file.
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // ignore
    }
    throw e;
  }
}
