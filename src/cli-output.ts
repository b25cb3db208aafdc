/**
 * Where the CLI's report goes, and what it says when it cannot go there. Writing is the one
 * step of `check` that meets the user's file system after the run (a folder given as --out, a
 * full disk, a path through a file, a closed pipe), so every such failure becomes an
 * `OutputError` with a sentence naming the path and the reason (code `cli/output`, exit 2),
 * never a stack trace.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export class OutputError extends Error {
  readonly code = 'cli/output';
}

/** The reason behind a failed write, in words (the Node error code when there are none). */
export function writeProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of the path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EIO':
      return 'the device reported an input/output error';
    case 'EPIPE':
      return 'the reader closed the pipe';
    default: {
      const text = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
      return typeof code === 'string' ? `${code}: ${text}` : (text ?? 'unknown error');
    }
  }
}

/**
 * Refuses, before any work, an --out that can never be written: an existing folder, or a path
 * whose parent is a file. Conditions met only while writing (a full disk) are left to the write.
 */
export async function checkOutputPath(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`cannot write the report to ${file}: it is a folder`);
  const parent = await nearestExisting(dirname(file));
  if (parent !== null && !parent.isDirectory) throw new OutputError(`cannot write the report to ${file}: ${parent.path} is a file, not a folder`);
}

async function nearestExisting(folder: string): Promise<{ path: string; isDirectory: boolean } | null> {
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info !== null) return { path: at, isDirectory: info.isDirectory() };
    if (dirname(at) === at) return null;
  }
}

/** Writes the report to `file`, creating its folder; an OutputError says why it could not. */
export async function writeOutputFile(file: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (cause) {
    throw new OutputError(`cannot write the report to ${file}: ${writeProblem(cause)}`);
  }
}

/**
 * Makes a failing standard output a message instead of an unhandled 'error' event: a reader
 * that closed the pipe early (`| head`) ends the output quietly; any other failure (a full
 * disk behind `> file`) is reported once on stderr and calls `onFailure`.
 */
export function guardStandardStreams(onFailure: (message: string) => void): void {
  let reported = false;
  process.stdout.on('error', (cause: unknown) => {
    if ((cause as { code?: unknown }).code === 'EPIPE' || reported) return;
    reported = true;
    onFailure(`cannot write to standard output: ${writeProblem(cause)}`);
  });
  // Nothing is left to tell the user when stderr itself is gone.
  process.stderr.on('error', () => {});
}
