/**
 * The files a fleet's shards leave for the merge, and the merge as the CLI and the Action run it:
 * read the shard reports (files, or folders searched for *.json), recompute the plan from the
 * policies, and join them (src/engine/merge.ts).
 *
 * File names: a shard's report is `modelwatch-report-shard-<i>-of-<N>.json` (and `.md`), and the
 * Action adds `modelwatch-github-shard-<i>-of-<N>.json` with the issues and pull requests it left
 * open, so that the shards' artifacts can be downloaded into one folder (download-artifact's
 * `merge-multiple`) without overwriting each other. The merge reads what a file holds, not its name.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from './report.js';
import { loadPolicies } from './run.js';
import { planningEnv, planPolicies } from './fleet.js';
import { mergeReports } from './merge.js';
import { MAX_SHARDS } from './plan.js';

export const GITHUB_KIND = 'modelwatch-shard-github';

export function shardFileStem(kind: 'report' | 'github', shard: { index: number; count: number }): string {
  return `modelwatch-${kind}-shard-${shard.index}-of-${shard.count}`;
}

/** What a shard's Action step wrote to GitHub: the `issues` and `pull-requests` outputs of that shard. */
export interface ShardGitHub {
  readonly kind: typeof GITHUB_KIND;
  readonly shard: { readonly index: number; readonly count: number };
  readonly issues: readonly number[];
  readonly pull_requests: readonly number[];
}

export class MergeError extends Error {}

export interface ShardFiles {
  readonly reports: Report[];
  readonly github: ShardGitHub[];
  /** Files that are neither (skipped), or could not be parsed (their shard counts as missing). */
  readonly skipped: string[];
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SHARDS;
}

function isShardReport(value: unknown): value is Report {
  const r = value as Partial<Report> | null;
  const s = r?.shard;
  return r?.report_version === 1 && Array.isArray(r.models) && Array.isArray(r.policy_errors) && typeof r.generated_at === 'string' && s !== undefined && isInt(s.index) && isInt(s.count) && s.index <= s.count && Array.isArray(s.models);
}

function isShardGitHub(value: unknown): value is ShardGitHub {
  const g = value as Partial<ShardGitHub> | null;
  return g?.kind === GITHUB_KIND && isInt(g.shard?.index) && isInt(g.shard?.count) && Array.isArray(g.issues) && g.issues.every(isInt) && Array.isArray(g.pull_requests);
}

/** Each path: a file, or a folder whose *.json files (not below it) are read. A path that does not exist throws MergeError. */
export async function readShardFiles(paths: readonly string[], log: (line: string) => void = () => {}): Promise<ShardFiles> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new MergeError(`${path} does not exist; pass the shard reports (files, or the folder the artifacts were downloaded to)`);
    if (info.isDirectory()) files.push(...(await readdir(path)).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f)));
    else files.push(path);
  }
  const out: ShardFiles = { reports: [], github: [], skipped: [] };
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (cause) {
      log(`${file}: not read (${cause instanceof Error ? cause.message : String(cause)}); if it was a shard's report, that shard counts as missing`);
      out.skipped.push(file);
      continue;
    }
    if (isShardReport(value)) out.reports.push(value);
    else if (isShardGitHub(value)) out.github.push(value);
    else {
      log(`${file}: not a shard report (no report_version 1 with a shard); skipped`);
      out.skipped.push(file);
    }
  }
  return out;
}

export interface MergeOptions {
  readonly reports: readonly string[];
  readonly policies: readonly string[];
  /** The shard count; default: the count the reports give (they must agree). */
  readonly expectShards?: number;
  readonly cwd?: string;
  readonly root?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: Date;
  readonly log?: (line: string) => void;
}

export interface Merged {
  readonly report: Report;
  readonly github: ShardGitHub[];
  readonly secrets: readonly string[];
}

export async function mergeFleet(options: MergeOptions): Promise<Merged> {
  const log = options.log ?? (() => {});
  const files = await readShardFiles(options.reports, log);
  const counts = new Set(files.reports.map((r) => r.shard!.count));
  if (options.expectShards !== undefined && [...counts].some((c) => c !== options.expectShards)) {
    throw new MergeError(`the reports are of ${[...counts].join(' and ')} shards, but ${options.expectShards} were expected; merge the reports of one fleet run`);
  }
  if (counts.size > 1) throw new MergeError(`the reports are of ${[...counts].sort().join(' and ')} shards; merge the reports of one fleet run (pass --expect-shards to say which)`);
  const count = options.expectShards ?? [...counts][0];
  if (count === undefined) throw new MergeError('no shard report was found, and without --expect-shards (the Action\'s expect-shards input) the merge cannot tell how many shards failed; pass it');
  // The shards' policy errors are the ones that count (they loaded with the real environment).
  const { policies, secrets } = await loadPolicies(options.policies, { ...options, env: planningEnv(options.env ?? process.env) });
  const plan = policies.length === 0 ? null : await planPolicies(policies, count);
  const report = mergeReports({ reports: files.reports, policies, plan, count, policyErrors: [], now: options.now ?? new Date(), version: __MODELWATCH_VERSION__ });
  log(`merged ${files.reports.length} shard report(s) of ${count}: ${report.models.length} model(s)${report.shards!.missing.length === 0 ? '' : `; missing shard(s) ${report.shards!.missing.join(', ')}`}`);
  return { report, github: files.github.filter((g) => g.shard.count === count), secrets };
}
