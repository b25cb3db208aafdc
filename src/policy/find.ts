/**
 * Finds the policy files named on a command line. A file is taken as is; a folder is searched
 * recursively for *.yaml / *.yml (skipping node_modules and dot-folders), keeping only files
 * that are modelwatch policies; a glob (`monitors/**\/*.yaml`) is expanded the same way. A path
 * that matches nothing, a folder or glob with no policy in it, and a file named explicitly that
 * is not a policy are errors at line 1, column 1. Result sorted, without duplicates. Never throws.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemCode } from '../problems.js';
import { glob, isDynamicPattern } from 'tinyglobby';
import { parseDocument } from 'yaml';
import { asLineFeeds } from './document.js';
import { readPolicyText } from './read-text.js';
import type { PolicyError } from './types.js';

const POLICY_PATTERNS = ['**/*.yaml', '**/*.yml'];
const IGNORE = ['**/node_modules/**'];
const NOT_A_POLICY = 'not a modelwatch policy (expected "apiVersion: modelwatch/v1" and "kind: ModelMonitor")';

export async function findPolicyFiles(paths: string[], cwd: string = process.cwd()): Promise<{ files: string[]; errors: PolicyError[] }> {
  const found = new Map<string, string>();
  const errors: PolicyError[] = [];
  const error = (file: string, message: string, code: ProblemCode = 'policy/not-found'): void => {
    errors.push({ file, line: 1, column: 1, code, message });
  };
  const add = (shown: string): void => {
    const key = path.resolve(cwd, shown);
    if (!found.has(key)) found.set(key, shown);
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
      if ((await policyLikeness(absolute)) === 'foreign') error(given, NOT_A_POLICY, 'policy/invalid-value');
      else add(given);
    } else if (kind === 'folder') {
      const matches = await glob(POLICY_PATTERNS, { cwd: absolute, ignore: IGNORE, dot: false, onlyFiles: true });
      const policies = await keepPolicies(matches.map((m) => joinShown(given, m)), cwd);
      if (policies.length === 0) error(given, 'no modelwatch policy (*.yaml, *.yml) found in this folder');
      policies.forEach(add);
    } else if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd, ignore: IGNORE, dot: false, onlyFiles: true, expandDirectories: false });
      const policies = await keepPolicies(matches, cwd);
      if (policies.length === 0) error(given, matches.length === 0 ? 'no file matches this pattern' : 'no modelwatch policy matches this pattern');
      policies.forEach(add);
    } else {
      error(given, 'no such file or folder');
    }
  }
  const files = [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, errors };
}

async function kindOf(absolute: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    const info = await stat(absolute);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** `given` + a path found under it, in forward slashes, without `./` noise. */
function joinShown(given: string, relative: string): string {
  return path.posix.join(given.split(path.sep).join('/'), relative);
}

async function keepPolicies(files: readonly string[], cwd: string): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) if ((await policyLikeness(path.resolve(cwd, file))) !== 'foreign') kept.push(file);
  return kept;
}

/**
 * `policy` when the file declares apiVersion modelwatch/* or kind ModelMonitor (a wrong version
 * is still ours: the loader reports it); `broken` when the YAML does not parse but the text
 * mentions either, so that the loader can report the syntax error; `foreign` otherwise.
 */
async function policyLikeness(absolute: string): Promise<'policy' | 'broken' | 'foreign'> {
  // Unreadable (a FIFO, a huge file, no permission): the loader says why, at 1:1.
  const read = await readPolicyText(absolute);
  if (!read.ok) return 'broken';
  const text = asLineFeeds(read.value);
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return /^\s*(apiVersion:\s*["']?modelwatch\/|kind:\s*["']?ModelMonitor)/m.test(text) ? 'broken' : 'foreign';
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return 'broken';
  }
  if (typeof data !== 'object' || data === null) return 'foreign';
  const { apiVersion, kind } = data as { apiVersion?: unknown; kind?: unknown };
  const ours = (typeof apiVersion === 'string' && apiVersion.startsWith('modelwatch/')) || kind === 'ModelMonitor';
  return ours ? 'policy' : 'foreign';
}
