/**
 * Reads a policy file's text, and only a policy file's: a regular file of at most 1 MiB. The file
 * is opened without blocking and judged by the handle it gave (fstat, no race with a rename), so
 * a FIFO named x.yaml cannot stop the run waiting for a writer, and /dev/zero or a huge file
 * cannot fill the memory. Never throws: a failure is `policy/unreadable` with a message such as
 * "cannot read the policy file: it is a folder". O(size).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { failure, ok, type Result } from '../problems.js';

/** Far above any real policy (the examples are under 5 KiB), far below what would hurt. */
export const MAX_POLICY_BYTES = 1 << 20;


export async function readPolicyText(absolute: string): Promise<Result<string>> {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(openProblem(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return unreadable('it is a folder');
    if (!info.isFile()) return unreadable('it is not a regular file (a FIFO, socket or device)');
    if (info.size > MAX_POLICY_BYTES) return unreadable(`it is larger than ${MAX_POLICY_BYTES / (1 << 20)} MiB, too large for a policy`);
    // Up to one byte past the cap, growing the buffer if the file grew after fstat.
    let buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > MAX_POLICY_BYTES) break;
        const larger = Buffer.alloc(MAX_POLICY_BYTES + 1);
        buffer.copy(larger);
        buffer = larger;
      }
    }
    if (length > MAX_POLICY_BYTES) return unreadable(`it is larger than ${MAX_POLICY_BYTES / (1 << 20)} MiB, too large for a policy`);
    return ok(buffer.toString('utf8', 0, length));
  } catch (error) {
    return unreadable(openProblem(error));
  } finally {
    await handle.close();
  }
}

function unreadable(reason: string): Result<string> {
  return failure('policy/unreadable', `cannot read the policy file: ${reason}`);
}

function openProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  if (code === 'EIO') return 'the device reported an input/output error';
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : String(error);
}
