/**
 * `modelwatch init DATA`: reads a data file with the project's reader, infers the columns' roles
 * (infer.ts), proposes checks with thresholds from the reference's own variability (propose.ts)
 * and writes the policy as commented YAML (render.ts). Before it returns, the policy is loaded
 * by the project's loader (schema and rules) and every check is run on the reference against
 * itself: a policy that does not validate or does not pass is a bug, never handed out.
 *
 * Throws InitError for what the user must fix (a missing file, a bad flag, data that cannot be
 * read or is too small), with a one-line message.
 */
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadBudget } from '../data/bytes.js';
import { DataError } from '../data/errors.js';
import { readFiles } from '../data/read.js';
import type { Table } from '../data/table.js';
import { loadPolicySource } from '../policy/load.js';
import { DEFAULT_MIN_SAMPLES } from '../policy/normalise.js';
import { repositoryRoot } from '../policy/root.js';
import type { Policy } from '../policy/types.js';
import { InitError, inferRoles, isPiiName, type Inference, type RoleFlags } from './infer.js';
import { proposeChecks, REPETITIONS, runCheck } from './propose.js';
import { renderPolicy } from './render.js';

export { InitError } from './infer.js';

export interface InitOptions extends RoleFlags {
  /** The reference data file. */
  readonly data: string;
  /** The current data file the policy names (default: `data`). */
  readonly current?: string | undefined;
  /** Where the policy will be written (paths in it are relative to its folder); undefined: stdout, relative to `cwd`. */
  readonly out?: string | undefined;
  readonly name?: string | undefined;
  readonly cwd?: string;
}

export interface InitResult {
  readonly text: string;
  readonly name: string;
  readonly roles: Inference;
  readonly rows: number;
  readonly checks: number;
}

/** Halves smaller than this have too little to say about variability. */
const MIN_HALF_ROWS = 30;

export async function initPolicy(options: InitOptions): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const data = path.resolve(cwd, options.data);
  await mustBeFile(data, options.data, 'DATA');
  const current = options.current === undefined ? data : path.resolve(cwd, options.current);
  if (options.current !== undefined) await mustBeFile(current, options.current, '--current');
  const policyFile = options.out === undefined ? path.join(cwd, 'policy.yaml') : path.resolve(cwd, options.out);
  const dir = path.dirname(policyFile);
  const root = await repositoryRoot(dir, cwd);
  const shownFile = options.out ?? '<stdout>';
  // `check` refuses data outside the policy's repository (data/files.ts); refuse it here, first.
  for (const [file, given] of [[data, options.data], [current, options.current ?? options.data]] as const) await mustBeInside(root, file, given, shownFile);

  const { table, pii } = await readReference(data, options.data, options);
  if (table.rowCount < 2 * MIN_HALF_ROWS) throw new InitError(`${options.data} holds ${table.rowCount} rows; init needs at least ${2 * MIN_HALF_ROWS} to measure how much the reference varies between its halves`);
  const roles = inferRoles(table, options, pii);
  if (roles.task === 'multiclass_classification' && roles.score !== undefined) {
    throw new InitError(`a multiclass model has one score column per class (columns.class_scores), not one "${roles.score}": leave out --score, or pass --task binary_classification`);
  }

  const name = modelName(options.name, data);
  const half = Math.floor(table.rowCount / 2);
  const base: Record<string, unknown> = {
    apiVersion: 'modelwatch/v1',
    kind: 'ModelMonitor',
    model: { name, task: roles.task },
    columns: columnsOf(roles),
    data: { reference: { file: relativePath(dir, data) }, current: { file: relativePath(dir, current) } },
    ...(half < DEFAULT_MIN_SAMPLES && { defaults: { min_samples: half } }),
  };
  const load = (source: string): Policy => {
    const loaded = loadPolicySource(shownFile, source, { env: {}, dir, root });
    if (loaded.policy === null) {
      const first = loaded.errors[0];
      throw new InitError(`the proposed policy does not load: ${first === undefined ? 'unknown problem' : `${first.message} [${first.code}]`}`);
    }
    return loaded.policy;
  };
  const checks = proposeChecks(table, roles, (raw) => load(JSON.stringify({ ...base, checks: raw })));
  if (checks.length === 0) throw new InitError(`${options.data}: nothing to propose, since no column is a feature, a score or a target; name them with --target, --prediction, --score`);

  const text = renderPolicy({
    policy: base,
    checks,
    schema: schemaReference(dir, root),
    header: headerLines(options.data, table.rowCount, roles),
    columnComments: { ...(roles.pii.length > 0 && { pii: 'by their names: never read' }) },
  });
  verify(load(text), table);
  return { text, name, roles, rows: table.rowCount, checks: checks.length };
}

async function mustBeFile(absolute: string, given: string, what: string): Promise<void> {
  const info = await stat(absolute).catch(() => null);
  if (info === null) throw new InitError(`${what} "${given}" does not exist`, 'data/not-found');
  if (!info.isFile()) throw new InitError(`${what} "${given}" is not a file`, 'data/unreadable');
}

async function mustBeInside(root: string, file: string, given: string, policy: string): Promise<void> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(file)]);
  const relative = path.relative(realRoot, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InitError(`${given} lies outside ${realRoot}, the repository of ${policy}, and check reads no data outside it: write the policy inside the repository that holds the data`, 'data/outside-root');
  }
}

/** The reference with the reader; columns whose names say personal data are skipped, never parsed. */
async function readReference(file: string, shown: string, flags: RoleFlags): Promise<{ table: Table; pii: string[] }> {
  const pii: string[] = [];
  // The reader asks `skip.has(name)` of each column it meets; this set answers by the name.
  class PiiByName extends Set<string> {
    override has(name: string): boolean {
      const skip = isPiiName(name, flags);
      if (skip && !pii.includes(name)) pii.push(name);
      return skip;
    }
  }
  try {
    const table = await readFiles([file], {}, new ReadBudget(), { skip: new PiiByName() }, shown);
    return { table, pii };
  } catch (cause) {
    if (cause instanceof DataError) throw new InitError(cause.message, cause.code);
    throw cause;
  }
}

function columnsOf(roles: Inference): Record<string, unknown> {
  return {
    ...(roles.id !== undefined && { id: roles.id }),
    ...(roles.timestamp !== undefined && { timestamp: roles.timestamp }),
    ...(roles.prediction !== undefined && { prediction: roles.prediction }),
    ...(roles.score !== undefined && { score: roles.score }),
    ...(roles.target !== undefined && { target: roles.target }),
    features: { numerical: roles.numerical, categorical: roles.categorical },
    ...(roles.pii.length > 0 && { pii: roles.pii }),
  };
}

/**
 * --name, else the data file's stem, or for a generic stem (reference, train, data, …) the
 * nearest folder above it whose name is not generic too (adult/reference.csv → adult).
 */
function modelName(given: string | undefined, data: string): string {
  if (given !== undefined) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(given)) throw new InitError(`--name must be lowercase letters, digits, ".", "_" or "-" (starting with a letter or digit), got "${given}"`, 'cli/usage');
    return given;
  }
  const generic = /^(reference|ref|train|training|baseline|data|datasets?|current|examples?|samples?)$/i;
  let raw = path.basename(data).replace(/\.gz$/i, '').replace(/\.[^.]*$/, '');
  for (let folder = path.dirname(data), up = 0; generic.test(raw) && up < 3; folder = path.dirname(folder), up++) raw = path.basename(folder);
  const slug = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return slug === '' || generic.test(slug) ? 'model' : slug;
}

/** A data path as the policy writes it: relative to the policy's folder, with forward slashes. */
function relativePath(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/**
 * The schema for `$schema=`: this package's schema/policy.v1.schema.json, relative to the
 * policy, when it lies inside the policy's repository (this repository, or the package in its
 * node_modules); otherwise the schema's $id, which editors fetch.
 */
function schemaReference(dir: string, root: string): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'schema', 'policy.v1.schema.json');
    if (!existsSync(candidate)) continue;
    const inside = path.relative(root, candidate);
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) return relativePath(dir, candidate);
    break;
  }
  return 'https://modelwatch.dev/schema/policy.v1.schema.json';
}

function headerLines(data: string, rows: number, roles: Inference): string[] {
  const given = (role: string, column: string | undefined): string | null => (column === undefined ? null : `${role} ${column}`);
  const named = [given('target', roles.target), given('prediction', roles.prediction), given('score', roles.score), given('id', roles.id), given('timestamp', roles.timestamp)].filter((s) => s !== null);
  return [
    `Scaffolded by \`modelwatch init\` from ${path.basename(data)} (${rows.toLocaleString('en-US')} rows). Review it before relying on it.`,
    `Roles: ${named.length === 0 ? 'none found (pass --target, --prediction, --score)' : named.join(', ')}; the other columns are features.`,
    `Task: ${roles.task} (${roles.taskReason}).`,
    ...(roles.task === 'multiclass_classification' && roles.target !== undefined
      ? ['No performance check: a multiclass model needs columns.class_scores (class → score column) to know its classes; add it, then a performance check.']
      : []),
    ...(roles.ignored.length === 0 ? [] : [`Left out: ${roles.ignored.map((c) => `${c.column} (${c.why})`).join(', ')}.`]),
    `Thresholds: each check was run on ${REPETITIONS} pairs of seeded random halves of the reference;`,
    'warn and fail sit above the largest value seen, so the policy passes on its own reference.',
    'Replace them with limits that matter to the model once you know them (docs/policy.md).',
  ];
}

/** Every check must pass on the reference against itself; anything else is a bug in init. */
function verify(policy: Policy, table: Table): void {
  for (const spec of policy.checks) {
    const outcome = runCheck(spec, policy, table, table);
    if (outcome.status !== 'pass') throw new Error(`init proposed check "${spec.id}", which is ${outcome.status} on its own reference: ${outcome.message}`);
  }
}
