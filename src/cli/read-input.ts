import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** A config file larger than this is refused unread (a real one is about 2 kB; the wizard's import takes 1 MB). */
export const MAX_CONFIG_BYTES = 1_000_000;

export type ReadResult =
  | { ok: true; text: string }
  /** `problem` completes "<file> …"; `code` is set when the system refused to open or read it. */
  | { ok: false; problem: string; code?: string };

const tooLarge = (max: number) => `is too large (over ${max.toLocaleString('en')} bytes)`;

/** What kind of file it is, for a message (anything but a regular file is refused). */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads from `fd` until end of file or past `max` bytes (`undefined` then), retrying reads that would block. */
export function readBounded(fd: number, max: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(65_536, max + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // a non-blocking pipe with no data yet
      continue;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > max) return undefined;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function unreadable(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { ok: false, problem: `cannot be read (${code})`, code };
}

function decoded(bytes: Uint8Array | undefined, max: number): ReadResult {
  if (bytes === undefined) return { ok: false, problem: tooLarge(max) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'is not UTF-8 text' };
  }
}

/**
 * A file's text: only a regular file, at most `max` bytes (a config by default). It is opened without blocking
 * (a FIFO with no writer would otherwise wait forever) and its type checked on the open file, before any read (a
 * device such as /dev/zero never ends).
 */
export function readConfigFile(path: string, max: number = MAX_CONFIG_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: `is not a regular file (${kindOf(stats)})` };
    if (stats.size > max) return { ok: false, problem: tooLarge(max) };
    return decoded(readBounded(fd, max), max);
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** Standard input's text (`--config -`), at most `max` bytes: a pipe from /dev/zero is cut off there. */
export function readStandardInput(
  readStdin: (maxBytes: number) => Uint8Array | string | undefined,
  max: number = MAX_CONFIG_BYTES,
): ReadResult {
  const read = readStdin(max);
  if (typeof read !== 'string') return decoded(read, max);
  return new TextEncoder().encode(read).length > max
    ? { ok: false, problem: tooLarge(max) }
    : { ok: true, text: read };
}
