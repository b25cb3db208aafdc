/**
 * The GitHub Action, as the steps a person would take after a scheduled run:
 *
 *  1. read the inputs;
 *  2. evaluate every policy (the same engine as `modelwatch check`);
 *  3. write the report to disk (JSON and Markdown) and upload it as an artifact, before any
 *     write to issues or pull requests, so that a failed write never loses it;
 *  4. annotate policy errors (the first ten) and write the job summary;
 *  5. append this run's records to the state branch (read before the evaluation), after the
 *     report is saved and before issues, so that issues follow what was remembered;
 *  6. open, update or close incident issues;
 *  7. open or update retraining pull requests;
 *  8. set the outputs, and fail the step per `fail-on` or when a GitHub write (the state's too) failed.
 *
 * Each step logs one line and is safe to repeat: a second run with the same results writes
 * nothing. `run()` never throws; a failure ends the step with `core.setFailed`.
 *
 * A fleet over a matrix (docs/github.md#fleets-over-a-matrix): `mode: plan` sets the `matrix`
 * output (src/engine/plan.ts); `shard: i/N` runs the steps above on that shard's models only,
 * naming its report files and artifact by the shard, and saves the issues and PRs it left open
 * beside them; `mode: merge` joins the shards' reports (src/engine/shard-files.ts) into one report,
 * summary and set of outputs, and writes nothing to GitHub.
 */
import { error as logError, getInput, getMultilineInput, info, setFailed, setOutput, setSecret, summary as jobSummary, warning } from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { matrixJson, MAX_SHARDS, parseShard } from './engine/plan.js';
import type { ShardGitHub } from './engine/shard-files.js';
import { exitCodeFor, failingModels, type FailOn } from './engine/exit-code.js';
import type { Report } from './engine/report.js';
import type { ArtifactUploader } from './github/artifact.js';
import type { GitHubClient } from './github/client.js';
import type { RunContext } from './github/context.js';
import type { RunIdentity } from './engine/run-record.js';
import type { BranchStore } from './state/branch-store.js';
import type { IssueOutcome } from './github/issues.js';
import { maskOutput, printedForms } from './report/mask.js';
import { MIN_SECRET_LENGTH } from './secrets.js';

// Process start (issue 15): this file imports statically only what reading the inputs and
// logging need. The engine, the renderers, the GitHub client, the state store and the artifact
// client are imported when a step needs them, each a chunk of its own (scripts/build.mjs), so
// the first line is logged before megabytes of bundle are parsed (docs/architecture.md).
const core = { error: logError, getInput, getMultilineInput, info, setFailed, setOutput, setSecret, summary: jobSummary, warning };

/** What the Action talks to besides GitHub's REST API; tests replace the artifact service. */
export interface ActionDependencies {
  readonly env: NodeJS.ProcessEnv;
  /** null when the artifact service is not available (not inside a runner). */
  readonly uploader: ArtifactUploader | null;
}

const MAX_ANNOTATIONS = 10;

interface Inputs {
  readonly policies: string[];
  readonly token: string;
  readonly issues: boolean;
  readonly retrainingPrs: boolean;
  readonly failOn: FailOn;
  readonly dryRun: boolean;
  readonly artifact: string;
  readonly summary: boolean;
  /** The state branch, or '' for no state. */
  readonly stateBranch: string;
  /** `mode: plan`: the shard count, or auto. */
  readonly shards: number | 'auto';
  readonly mode: 'evaluate' | 'plan' | 'merge';
  /** `shard: i/N`, or null for the whole fleet. */
  readonly shard: { readonly index: number; readonly count: number } | null;
}

export async function run(dependencies: Partial<ActionDependencies> = {}): Promise<void> {
  const env = dependencies.env ?? process.env;
  try {
    const uploader = dependencies.uploader !== undefined ? dependencies.uploader : await defaultUploader(env);
    await main(env, uploader);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function main(env: NodeJS.ProcessEnv, uploader: ArtifactUploader | null): Promise<void> {
  // 1. Inputs.
  const inputs = readInputs();
  // Logged before the engine is loaded, so the log shows at once that the step started and which build runs.
  core.info(`modelwatch ${__MODELWATCH_VERSION__}: ${inputs.mode === 'evaluate' ? 'evaluating' : inputs.mode === 'plan' ? 'planning' : 'merging the shards of'} ${inputs.policies.join(', ')}`);
  if (inputs.mode === 'plan') return planMode(inputs, env);
  if (inputs.mode === 'merge') return mergeMode(inputs, env, uploader);
  if (inputs.dryRun) core.info('dry-run: every read is performed, no write; what would be written is printed');

  // 2. Evaluate.
  // Every value a policy takes from the environment is registered with the runner as soon as the
  // policies are read, loaded or not, before the first line is logged; the files written below
  // (summary, report, artifact) are not masked by the runner, so they are masked here too.
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const github = await connect(inputs, env);
  const [{ evaluate }, { redactPolicy }] = await Promise.all([import('./engine/run.js'), import('./engine/redact.js')]);
  const { report, policies: loaded, secrets, records } = await evaluate({
    paths: inputs.policies,
    cwd: workspace,
    root: workspace,
    env,
    log: (line) => core.info(line),
    onSecrets: registerSecrets,
    ...(github?.state === undefined ? {} : { state: github.state, run: runIdentity(github.run, env) }),
    ...(inputs.shard === null ? {} : { shard: inputs.shard }),
  });
  const mask = (text: string): string => maskOutput(text, secrets);
  const policies = new Map([...loaded].map(([file, policy]) => [file, redactPolicy(policy, secrets)]));
  core.info(`modelwatch: ${report.status} (${report.models.length} model(s), ${report.policy_errors.length} policy error(s))${inputs.shard === null ? '' : ` in shard ${inputs.shard.index}/${inputs.shard.count}: ${report.shard?.models.join(', ') || 'no model'}`}`);

  // 3. Report to disk, then the artifact (a shard's named by the shard: the merge downloads them all into one folder).
  const artifact = inputs.shard === null || inputs.artifact === '' ? inputs.artifact : `${inputs.artifact}-shard-${inputs.shard.index}-of-${inputs.shard.count}`;
  const { shardFileStem } = await import('./engine/shard-files.js');
  const { dir, files } = await writeReport(report, artifact, env, mask, inputs.shard === null ? 'modelwatch-report' : shardFileStem('report', inputs.shard));
  core.setOutput('report-path', files.json);
  core.info(`report written to ${files.json}`);
  const uploaded = await uploadReport(uploader, inputs, artifact, dir, [files.json, files.markdown]);

  // 4. Annotations and the job summary.
  for (const error of report.policy_errors.slice(0, MAX_ANNOTATIONS)) {
    core.error(mask(error.message), { title: 'modelwatch policy error', file: error.file, startLine: error.line, startColumn: error.column });
  }
  if (inputs.summary) {
    if (env['GITHUB_STEP_SUMMARY']) {
      const { renderSummary } = await import('./report/summary.js');
      const markdown = mask(renderSummary(report, { artifactName: artifact || null, annotated: Math.min(MAX_ANNOTATIONS, report.policy_errors.length) }));
      await core.summary.addRaw(markdown).write();
      core.info(`job summary written (${Buffer.byteLength(markdown)} bytes)`);
    } else {
      core.info('job summary skipped: GITHUB_STEP_SUMMARY is not set');
    }
  }

  // 5. The state: what this run saw, for the next run to remember (after the report is saved).
  const failures: string[] = [];
  if (report.state?.read === 'failed') core.warning(mask(`state: ${report.state.error ?? 'unreadable'}; judged without memory, and nothing stored for the models it could not read`), { title: 'modelwatch state' });
  if (github?.state !== undefined && records.length > 0) {
    if (inputs.dryRun) core.info(`[dry-run] would store ${records.length} run record(s) on ${github.state.description}`);
    else {
      try {
        await github.state.append(records);
        core.info(`state: ${records.length} run record(s) stored on ${github.state.description}`);
      } catch (error) {
        failures.push(mask(`Writing the state (${github.state.description}) failed: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
  }

  // 6 and 7. Issues, then retraining pull requests.
  let incidents: IssueOutcome[] = [];
  const pullRequests: number[] = [];
  if ((inputs.issues || inputs.retrainingPrs) && report.models.length > 0) {
    if (github === null) throw new Error('the github-token input is empty; pass ${{ github.token }} or a token with issues, pull-requests and contents write');
    const { run, octokit } = github;
    const [{ attempt }, { syncIssues }, { syncRetraining }, { createSink }] = await Promise.all([
      import('./github/errors.js'),
      import('./github/issues.js'),
      import('./github/retraining.js'),
      import('./github/sink.js'),
    ]);
    const sink = createSink(octokit, run, { dryRun: inputs.dryRun, log: (line) => core.info(line) });
    if (inputs.issues) {
      try {
        incidents = await attempt('Updating incident issues', 'issues: write', () => syncIssues(sink, report, policies, { artifactName: uploaded ? artifact : null }));
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (inputs.retrainingPrs) {
      try {
        const outcomes = await attempt('Reading retraining pull requests', 'pull-requests: write', () => syncRetraining(sink, report, policies, incidents));
        for (const outcome of outcomes) if (outcome.pullRequest !== null) pullRequests.push(outcome.pullRequest);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
    const performed = sink.writes.filter((w) => w.performed).length;
    core.info(inputs.dryRun ? `dry-run: ${sink.writes.length} write(s) not performed` : `${performed} write(s) to GitHub`);
  }

  // 8. Outputs and the step's result.
  const issueNumbers = incidents.map((i) => i.issue).filter((n): n is number => n !== null);
  if (inputs.shard !== null) await saveShardGitHub(uploader, inputs, inputs.shard, dir, artifact, issueNumbers, pullRequests);
  core.setOutput('status', report.status);
  core.setOutput('failing-models', JSON.stringify(failingModels(report, 'fail')));
  core.setOutput('issues', JSON.stringify(issueNumbers));
  core.setOutput('pull-requests', JSON.stringify(pullRequests));
  if (failures.length > 0) {
    for (const failure of failures) core.error(failure);
    core.setFailed(`${failures.length} GitHub step(s) failed; the report is at ${files.json}${artifact ? ` and in the artifact "${artifact}"` : ''}.\n${failures.join('\n')}`);
    return;
  }
  finish(report, inputs.failOn);
}

/** Fails the step per `fail-on` (policy errors always fail it). */
function finish(report: Report, failOn: FailOn): void {
  const code = exitCodeFor(report, failOn);
  if (code === 2) core.setFailed(`${report.policy_errors.length} policy error(s); see the annotations and the job summary`);
  else if (code === 1) core.setFailed(`failing model(s) at fail-on "${failOn}": ${failingModels(report, failOn).join(', ')}`);
}

/**
 * A shard's issues and PRs, for the merge's outputs: a file beside its report, uploaded as a second
 * artifact (`<artifact>-github`; the report's was uploaded before any write, this one is known only after).
 */
async function saveShardGitHub(uploader: ArtifactUploader | null, inputs: Inputs, shard: { index: number; count: number }, dir: string, artifact: string, issues: number[], pulls: number[]): Promise<void> {
  const { GITHUB_KIND, shardFileStem } = await import('./engine/shard-files.js');
  const file = join(dir, `${shardFileStem('github', shard)}.json`);
  const content: ShardGitHub = { kind: GITHUB_KIND, shard: { index: shard.index, count: shard.count }, issues, pull_requests: pulls };
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  core.info(`shard ${shard.index}/${shard.count}: issues and pull requests written to ${file}`);
  if (artifact !== '' && !inputs.dryRun && uploader !== null) {
    try {
      await uploader.upload(`${artifact}-github`, [file], dir);
      core.info(`uploaded as artifact "${artifact}-github"`);
    } catch (error) {
      core.warning(`artifact "${artifact}-github" not uploaded: ${error instanceof Error ? error.message : String(error)}; the merge's issues and pull-requests outputs will miss this shard's`);
    }
  }
}

/** `mode: plan`: the fleet plan as the `matrix` and `shard-count` outputs; reads no data, writes nothing. */
async function planMode(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const [{ loadPolicies }, { planningEnv, planPolicies }] = await Promise.all([import('./engine/run.js'), import('./engine/fleet.js')]);
  const { policies, errors, secrets } = await loadPolicies(inputs.policies, { cwd: workspace, root: workspace, env: planningEnv(env) });
  registerSecrets(secrets);
  // A broken policy is left out of the plan; the shards report it (and fail), so the plan does not.
  for (const error of errors.slice(0, MAX_ANNOTATIONS)) core.warning(maskOutput(error.message, secrets), { title: 'modelwatch policy error (left out of the plan)', file: error.file, startLine: error.line, startColumn: error.column });
  const plan = await planPolicies(policies, inputs.shards);
  for (const shard of plan.shards) core.info(maskOutput(`shard ${shard.index}/${plan.count}: ${shard.models.length} model(s), ${Math.round(shard.bytes)} planned bytes: ${shard.models.join(', ') || '—'}`, secrets));
  core.setOutput('matrix', maskOutput(matrixJson(plan), secrets));
  core.setOutput('shard-count', String(plan.count));
}

/** `mode: merge`: the shards' reports joined; one report, artifact, summary and the outputs. Writes nothing to GitHub. */
async function mergeMode(inputs: Inputs, env: NodeJS.ProcessEnv, uploader: ArtifactUploader | null): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const reportsInput = core.getMultilineInput('reports').flatMap((l) => l.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  const reports = (reportsInput.length > 0 ? reportsInput : ['modelwatch-shards']).map((p) => resolve(workspace, p));
  const expectText = core.getInput('expect-shards').trim();
  const expectShards = expectText === '' ? undefined : Number(expectText);
  if (expectShards !== undefined && !(Number.isInteger(expectShards) && expectShards >= 1 && expectShards <= MAX_SHARDS)) throw new Error(`input "expect-shards" must be a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(expectText)}`);
  const { mergeFleet } = await import('./engine/shard-files.js');
  const { report, github, secrets } = await mergeFleet({ reports, policies: inputs.policies, cwd: workspace, root: workspace, env, log: (line) => core.info(line), ...(expectShards === undefined ? {} : { expectShards }) });
  registerSecrets(secrets);
  const mask = (text: string): string => maskOutput(text, secrets);
  core.info(`modelwatch: ${report.status} (${report.models.length} model(s) from ${report.shards?.reported.length ?? 0} of ${report.shards?.count ?? 0} shard(s))`);
  for (const index of report.shards?.missing ?? []) core.error(`shard ${index}/${report.shards?.count ?? '?'} failed or never uploaded its report; its models are error in the merged report`, { title: 'modelwatch shard missing' });
  const { dir, files } = await writeReport(report, inputs.artifact, env, mask, 'modelwatch-report');
  core.setOutput('report-path', files.json);
  core.info(`report written to ${files.json}`);
  await uploadReport(uploader, inputs, inputs.artifact, dir, [files.json, files.markdown]);
  for (const error of report.policy_errors.slice(0, MAX_ANNOTATIONS)) core.error(mask(error.message), { title: 'modelwatch policy error', file: error.file, startLine: error.line, startColumn: error.column });
  if (inputs.summary && env['GITHUB_STEP_SUMMARY']) {
    const { renderSummary } = await import('./report/summary.js');
    const markdown = mask(renderSummary(report, { artifactName: inputs.artifact || null, annotated: Math.min(MAX_ANNOTATIONS, report.policy_errors.length) }));
    await core.summary.addRaw(markdown).write();
    core.info(`job summary written (${Buffer.byteLength(markdown)} bytes)`);
  }
  const seen = new Set(github.map((g) => g.shard.index));
  const without = (report.shards?.reported ?? []).filter((i) => !seen.has(i));
  if (without.length > 0) core.warning(`shard(s) ${without.join(', ')} left no issues and pull requests file; the issues and pull-requests outputs miss theirs`);
  const sorted = (numbers: Iterable<number>): number[] => [...new Set(numbers)].sort((a, b) => a - b);
  core.setOutput('status', report.status);
  core.setOutput('failing-models', JSON.stringify(failingModels(report, 'fail')));
  core.setOutput('issues', JSON.stringify(sorted(github.flatMap((g) => g.issues))));
  core.setOutput('pull-requests', JSON.stringify(sorted(github.flatMap((g) => g.pull_requests))));
  finish(report, inputs.failOn);
}

/** The artifact service's uploader inside a runner, else null; its module only when there is a service. */
async function defaultUploader(env: NodeJS.ProcessEnv): Promise<ArtifactUploader | null> {
  const { ActionsArtifactUploader, artifactServiceAvailable } = await import('./github/artifact.js');
  return artifactServiceAvailable(env) ? new ActionsArtifactUploader() : null;
}

/** The client and, unless `state-branch` is empty, the state store; null without a token. */
async function connect(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<{ run: RunContext; octokit: GitHubClient; state?: BranchStore } | null> {
  if (inputs.token === '') {
    if (inputs.stateBranch !== '') core.warning('the github-token input is empty: no state is read or stored (state-branch needs a token with contents write)');
    return null;
  }
  const [{ readRunContext }, { createClient }, { BranchStore }] = await Promise.all([import('./github/context.js'), import('./github/client.js'), import('./state/branch-store.js')]);
  const run = readRunContext(env);
  const octokit = createClient(inputs.token, { baseUrl: run.apiUrl, log: (line) => core.info(line) });
  if (inputs.stateBranch === '') return { run, octokit };
  return { run, octokit, state: new BranchStore(octokit, { owner: run.owner, repo: run.repo, branch: inputs.stateBranch, runUrl: run.runUrl, log: (line) => core.info(line) }) };
}

/** This run in the state: GitHub's run id (a re-run attempt replaces its record) and attempt. */
function runIdentity(run: RunContext, env: NodeJS.ProcessEnv): RunIdentity {
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '');
  return { id: run.runId ?? `local-${new Date().toISOString()}`, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null, url: run.runUrl };
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input "${name}" must be true or false, got ${JSON.stringify(raw)}`);
}

function readInputs(): Inputs {
  const policies = core.getMultilineInput('policies').flatMap((line) => line.split(',')).map((p) => p.trim()).filter((p) => p !== '');
  const failOn = core.getInput('fail-on').trim() || 'fail';
  if (failOn !== 'fail' && failOn !== 'warn' && failOn !== 'never') throw new Error(`input "fail-on" must be fail, warn or never, got ${JSON.stringify(failOn)}`);
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  const mode = core.getInput('mode').trim() || 'evaluate';
  if (mode !== 'evaluate' && mode !== 'plan' && mode !== 'merge') throw new Error(`input "mode" must be evaluate, plan or merge, got ${JSON.stringify(mode)}`);
  const shardText = core.getInput('shard').trim();
  let shard: Inputs['shard'] = null;
  if (shardText !== '') {
    if (mode !== 'evaluate') throw new Error(`input "shard" is for mode evaluate; mode ${mode} takes the whole fleet`);
    try {
      shard = parseShard(shardText);
    } catch (error) {
      throw new Error(`input "shard": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const shardsText = core.getInput('shards').trim() || 'auto';
  const shards = shardsText === 'auto' ? 'auto' : Number(shardsText);
  if (shards !== 'auto' && !(Number.isInteger(shards) && shards >= 1 && shards <= MAX_SHARDS)) throw new Error(`input "shards" must be auto or a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(shardsText)}`);
  return {
    mode,
    shard,
    shards,
    policies: policies.length > 0 ? policies : ['monitors/**/*.yaml', 'monitors/**/*.yml'],
    token,
    issues: booleanInput('issues', true),
    retrainingPrs: booleanInput('retraining-prs', true),
    failOn,
    dryRun: booleanInput('dry-run', false),
    artifact: core.getInput('report-artifact').trim(),
    summary: booleanInput('summary', true),
    stateBranch: core.getInput('state-branch').trim(),
  };
}

/** Tells the runner to hide each secret in the log, in every form it could be printed in, line by line (the runner masks a multi-line value only per line). */
function registerSecrets(secrets: readonly string[]): void {
  const forms = new Set(secrets.flatMap((secret) => printedForms(secret)).flatMap((form) => [form, ...form.split(/\r?\n/)]));
  for (const form of forms) if (form.trim().length >= MIN_SECRET_LENGTH) core.setSecret(form);
}

async function writeReport(report: Report, artifact: string, env: NodeJS.ProcessEnv, mask: (text: string) => string, stem: string): Promise<{ dir: string; files: { json: string; markdown: string } }> {
  const dir = join(env['RUNNER_TEMP'] || tmpdir(), `modelwatch-${env['GITHUB_RUN_ID'] || process.pid}-${env['GITHUB_RUN_ATTEMPT'] || '1'}`);
  await mkdir(dir, { recursive: true });
  const [{ renderJson }, { renderSummary }] = await Promise.all([import('./report/json.js'), import('./report/summary.js')]);
  const files = { json: join(dir, `${stem}.json`), markdown: join(dir, `${stem}.md`) };
  await writeFile(files.json, mask(renderJson(report)));
  await writeFile(files.markdown, mask(renderSummary(report, { limitBytes: Number.MAX_SAFE_INTEGER, artifactName: artifact || null })));
  return { dir, files };
}

/** Uploads the report; true when the artifact exists after this run (or would, in dry-run), so that issues may link it. */
async function uploadReport(uploader: ArtifactUploader | null, inputs: Inputs, artifact: string, dir: string, files: string[]): Promise<boolean> {
  if (artifact === '') {
    core.info('report artifact disabled (report-artifact is empty)');
    return false;
  }
  if (inputs.dryRun) {
    core.info(`[dry-run] would upload the report as artifact "${artifact}"`);
    return true;
  }
  if (uploader === null) {
    core.warning('report artifact not uploaded: the artifact service is not available (ACTIONS_RUNTIME_TOKEN is unset outside a runner)');
    return false;
  }
  try {
    const { id } = await uploader.upload(artifact, files, dir);
    core.info(`report uploaded as artifact "${artifact}"${id === null ? '' : ` (id ${id})`}`);
    return true;
  } catch (error) {
    // The report is still on disk and in the summary; an upload failure must not hide the results.
    core.warning(`report artifact upload failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

