/**
 * Loads one policy file: read, parse YAML with positions, resolve `${NAME}`, validate against
 * schema/policy.v1.schema.json, normalise. Returns the Policy, or every problem found as a
 * PolicyError with file:line:column, sorted by position. Never throws for anything a user can
 * cause (unreadable file, bad YAML, invalid policy); exceptions are bugs.
 */
import path from 'node:path';
import { repositoryRoot } from './root.js';
import { parsePolicyDocument } from './document.js';
import { readPolicyText } from './read-text.js';
import { sourceSecrets } from './sources.js';
import { normalisePolicy } from './normalise.js';
import { positionInString } from './text-position.js';
import type { RawPolicy } from './raw.js';
import { placeOf, schemaErrorsToPolicyErrors } from './schema-errors.js';
import { validateAgainstSchema } from './schema.js';
import type { Policy, PolicyError } from './types.js';

export interface LoadOptions {
  /** Variables for `${NAME}` (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Folder that relative `file` paths are read from (default process.cwd()). */
  readonly cwd?: string;
  /** Folder data paths must stay inside (default: the policy's repository, see root.ts). */
  readonly root?: string;
}

/**
 * What loading one file gives: the policy when it has no error, and always the values taken
 * from the environment, loaded or not, since its error messages may quote them.
 */
export interface LoadResult {
  readonly policy: Policy | null;
  readonly errors: PolicyError[];
  readonly secrets: readonly string[];
}

export async function loadPolicyFile(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  const read = await readPolicyText(absolute);
  if (!read.ok) return { policy: null, errors: [{ file, line: 1, column: 1, code: read.code, message: read.message }], secrets: [] };
  const source = read.value;
  const dir = path.dirname(absolute);
  const root = options.root === undefined ? await repositoryRoot(dir, options.cwd ?? process.cwd()) : path.resolve(options.cwd ?? process.cwd(), options.root);
  return loadPolicySource(file, source, { env: options.env ?? process.env, dir, root });
}

/**
 * Same as loadPolicyFile for text already in memory; `dir` is the folder data paths resolve
 * against, `root` the folder they must stay inside (default `dir`).
 */
export function loadPolicySource(file: string, source: string, options: { env: NodeJS.ProcessEnv; dir: string; root?: string }): LoadResult {
  // 1. YAML, with a position for every node; syntax errors stop here.
  const body = source.replace(/^\uFEFF/, '');
  const doc = parsePolicyDocument(file, body, options.env);
  // Values from ${NAME}, and credentials a source spells out (a password inside a URL).
  const secrets = [...new Set([...doc.secrets, ...sourceSecrets(doc.data)])];
  if (doc.data === undefined) return { policy: null, errors: sorted(doc.errors), secrets };
  if (doc.data === null) {
    return { policy: null, errors: [{ file, line: 1, column: 1, code: 'policy/empty', message: 'the policy file is empty: expected apiVersion, kind, model, data and checks' }], secrets };
  }

  // 2. Schema: shape, types, known keys. Unresolved variables are reported alongside.
  const schemaErrors = schemaErrorsToPolicyErrors(file, validateAgainstSchema(doc.data), doc.places);
  if (schemaErrors.length > 0 || doc.errors.length > 0) return { policy: null, errors: sorted([...doc.errors, ...schemaErrors]), secrets };

  // 3. Defaults and the rules that span the policy.
  const positionOf = (pointer: string) => doc.places.get(pointer)?.value;
  const { policy, problems } = normalisePolicy({ raw: doc.data as RawPolicy, file, dir: options.dir, root: options.root ?? options.dir, positionOf, secrets });
  const errors = problems.map((p) => {
    const text = p.textOffset === undefined ? undefined : doc.places.get(p.pointer)?.text;
    const position = text === undefined ? placeOf(doc.places, p.pointer, p.at) : positionInString(body, text.start, text.style, p.textOffset ?? 0);
    return { file, ...position, code: p.code, message: p.message };
  });
  return { policy: errors.length === 0 ? policy : null, errors: sorted(dedupe(errors)), secrets };
}

function sorted(errors: readonly PolicyError[]): PolicyError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

function dedupe(errors: PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
