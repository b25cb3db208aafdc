/**
 * The files a source reads, decided before any byte of them is read:
 *
 * 1. Expand each path: a glob (tinyglobby) must match at least one file; a plain path must exist.
 * 2. Resolve every symlink (realpath) and keep each real file once, so that a glob through a
 *    symlink loop, or two globs over the same folder, never read a file twice.
 * 3. Refuse a file whose real path lies outside the source's root (the repository, or
 *    `--root`), unless the policy opted out (no `root` on the source): a policy must not read
 *    /proc/self/environ or ~/.ssh into a report. Refuse anything but a regular file: a FIFO
 *    would block the run forever, /dev/zero never ends. bytes.ts checks the opened handle again.
 *
 * Sorted by real path. Errors are DataErrors naming the path as written and, at most, where it
 * resolves to; never a byte of the file. O(files) stat calls.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileSourceSpec } from '../policy/types.js';
import { DataError } from './errors.js';

export interface SourceFile {
  /** The real path (symlinks resolved): what is opened and what messages name. */
  readonly path: string;
  readonly size: number;
}

export async function sourceFiles(source: Pick<FileSourceSpec, 'paths' | 'root'>): Promise<SourceFile[]> {
  if (source.paths.length === 0) throw new DataError('data/not-found', '(source)', 'no paths given');
  const root = source.root === undefined ? undefined : await realRoot(source.root);
  const byReal = new Map<string, SourceFile>();
  for (const given of await expandGlobs(source.paths)) {
    const real = await realpath(given).catch(() => {
      throw new DataError('data/not-found', given, 'file not found');
    });
    if (byReal.has(real)) continue;
    if (root !== undefined && !inside(root, real)) {
      const where = real === path.resolve(given) ? '' : ` (it resolves to ${real})`;
      throw new DataError('data/outside-root', given, `is outside the repository root ${root}${where}; keep data files inside the repository, or set allow_outside_root: true on this source`);
    }
    const info = await stat(real).catch(() => {
      throw new DataError('data/unreadable', given, 'cannot be examined (stat failed)');
    });
    if (!info.isFile()) throw new DataError('data/not-a-file', given, `is not a regular file (${kindOf(info)}); only regular files are read`);
    byReal.set(real, { path: real, size: info.size });
  }
  return [...byReal.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Paths and glob matches, in order; a glob that matches nothing is an error. */
async function expandGlobs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    if (!isDynamicPattern(given)) {
      out.push(given);
      continue;
    }
    const matches = await glob(given, { absolute: true, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new DataError('data/not-found', given, 'no file matches this pattern');
    out.push(...matches.sort());
  }
  return out;
}

async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch {
    throw new DataError('data/not-found', root, 'the repository root does not exist');
  }
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function kindOf(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}
