/**
 * Retraining pull requests, one per model, on the branch `modelwatch/retrain/<model>`.
 *
 * 1. List the open retraining PRs (one paginated `GET /pulls`, heads on this repository's
 *    `modelwatch/retrain/` branches). A model whose PR is open but whose retraining is not due
 *    is told when it is healthy again (retrain-recovery.ts); its PR is still reported as open.
 *    Skip the rest unless `retraining.when` holds for as long as the policy says.
 * 2. Take the model's open PR from that list. With none, respect the
 *    cool-down: no new PR while the newest closed or merged one closed less than `cooldown` ago.
 * 3. Build the retrain request file. When the open PR's file already asks for the same
 *    retraining, stop: nothing to write.
 * 4. Commit the file on top of the base branch through the Git Data API (blob, tree with
 *    `base_tree`, commit with the base as parent), then create the branch ref or force it to
 *    the new commit: the branch always holds exactly one commit over its base.
 * 5. Update the open PR, or open one; a 422 "already exists" (a concurrent run won) falls back
 *    to updating that one, so there is never a second PR. A new PR gets its labels and the
 *    policy's owners as reviewers (users as reviewers, `@org/team` as team reviewers).
 */
import type { CheckReport, ModelReport, Report } from '../engine/report.js';
// The branch is an injective, valid-ref function of the model name.
import { modelOfRetrainBranch, retrainBranch } from '../policy/identity.js';
import type { Policy, RetrainingSpec } from '../policy/types.js';
import { prTitle, renderPrBody } from '../report/pr-body.js';
import { attempt, hasStatus, isHttpError } from './errors.js';
import type { IssueOutcome } from './issues.js';
import { runLink } from './issues.js';
import { ensureLabels } from './labels.js';
import { buildRequest, sameSubstance, serializeRequest } from './retrain-request.js';
import { nextStreak, retrainConditionHolds, retrainDue } from './retrain-condition.js';
import { syncRecovery, type OpenRetrainPull } from './retrain-recovery.js';
import { write, type Sink } from './sink.js';

export interface RetrainOutcome {
  readonly model: string;
  /** The open retraining PR after this run, or null. */
  readonly pullRequest: number | null;
  /** `recovered`: the model is healthy again and its open PR was told so in this run. */
  readonly action: 'not-due' | 'recovered' | 'cooldown' | 'up-to-date' | 'opened' | 'updated' | 'dry-run';
}

export async function syncRetraining(
  sink: Sink,
  report: Report,
  policies: ReadonlyMap<string, Policy>,
  incidents: readonly IssueOutcome[],
): Promise<RetrainOutcome[]> {
  const outcomes: RetrainOutcome[] = [];
  const now = new Date(report.generated_at);
  // 1. Every open retraining PR, so that one whose model needs none any more is still seen.
  const openPulls = await listOpenRetrainPulls(sink);
  for (const model of report.models) {
    const spec = policies.get(model.policy)?.retraining;
    const listed = openPulls.get(retrainBranch(model.name)) ?? null;
    if (spec === undefined && listed === null) continue;
    const incident = incidents.find((i) => i.model === model.name) ?? null;
    // Without an incident state (issues off), the streak is this run alone.
    const streak = spec === undefined ? null : incident?.state ? incident.state.retrain : nextStreak(spec, null, retrainConditionHolds(spec, model), report.generated_at);
    if (spec === undefined || !retrainDue(spec, streak, now)) {
      const why = spec === undefined ? 'the policy asks for none' : streak === null ? 'condition does not hold' : `held ${streak.runs} of ${spec.when.for.text}`;
      sink.log(`retraining ${model.name}: not due (${why})${listed === null ? '' : `; PR #${listed.number} stays open`}`);
      const announced = listed === null ? false : (await syncRecovery(sink, model, listed)).announced;
      outcomes.push({ model: model.name, pullRequest: listed?.number ?? null, action: announced ? 'recovered' : 'not-due' });
      continue;
    }
    outcomes.push(await syncModel(sink, report, model, spec, incident?.issue ?? null, now, listed));
  }
  return outcomes;
}

async function syncModel(
  sink: Sink,
  report: Report,
  model: ModelReport,
  spec: RetrainingSpec,
  incident: number | null,
  now: Date,
  listed: OpenPull | null,
): Promise<RetrainOutcome> {
  const { owner, repo } = sink.run;
  const octokit = sink.octokit;
  const branch = retrainBranch(model.name);
  const head = `${owner}:${branch}`;
  const path = spec.pull_request.path.replace(/^\.?\//, '');
  const failing = failingFor(spec, model);

  // 2. The open PR, or the cool-down after the last one.
  let open = listed;
  if (open === null) {
    const closedAt = await newestClosedAt(sink, head);
    if (closedAt !== null && spec.cooldown.kind === 'time' && now.getTime() - closedAt.getTime() < spec.cooldown.ms) {
      sink.log(`retraining ${model.name}: in cool-down (${spec.cooldown.text}) since the last retraining PR closed at ${closedAt.toISOString()}`);
      return { model: model.name, pullRequest: null, action: 'cooldown' };
    }
  }

  // 3. The request, compared with the open PR's.
  const heldFor = spec.when.for.kind === 'runs' ? `${spec.when.for.runs} consecutive run(s)` : spec.when.for.text;
  const request = buildRequest(model, failing, heldFor, sink.run, report.generated_at);
  const content = serializeRequest(request, path);
  if (open !== null) {
    const existing = await readFile(sink, path, branch);
    if (existing !== null && sameSubstance(existing, request)) {
      sink.log(`retraining ${model.name}: PR #${open.number} already requests this retraining`);
      // Failing again with the same evidence: a "healthy again" note from an earlier run goes.
      await syncRecovery(sink, model, open);
      return { model: model.name, pullRequest: open.number, action: 'up-to-date' };
    }
  }

  // 4. One commit over the base branch.
  const base = spec.pull_request.base ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  const baseSha = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` })).data.object.sha;
  const baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha })).data.tree.sha;
  const message = `Request retraining of ${model.name}\n\n${request.reason}.\nRun: ${sink.run.runUrl ?? 'local'}`;
  const committed = await attempt(`Committing ${path} to ${branch}`, 'contents: write', () => write(sink, `commit ${path} to ${branch} (over ${base})`, content, async () => {
    const blob = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'utf-8' });
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseTree,
      tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }],
    });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [baseSha] });
    try {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
    } catch (error) {
      if (!hasStatus(error, 422)) throw error; // the branch exists (an earlier PR, or a concurrent run)
      await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha, force: true });
    }
    return commit.data.sha;
  }));

  // 5. The pull request.
  const title = prTitle(model, failing);
  const body = renderPrBody({
    model,
    failing,
    heldFor,
    requestPath: path,
    policyUrl: sink.run.sha === null ? null : `${sink.run.serverUrl}/${owner}/${repo}/blob/${sink.run.sha}/${model.policy.replace(/^\.?\//, '')}`,
    run: runLink(sink),
    incident,
  });
  if (committed === null) {
    sink.log(`[dry-run] would ${open === null ? 'open' : `update #${open.number}`}: ${title}`);
    sink.log(body.replace(/^/gm, '    | '));
    return { model: model.name, pullRequest: open?.number ?? null, action: 'dry-run' };
  }
  if (open === null) {
    try {
      const created = await attempt(`Opening the retraining pull request for ${model.name}`, 'pull-requests: write', () =>
        write(sink, `open retraining PR for ${model.name}`, null, () =>
          octokit.rest.pulls.create({ owner, repo, title, body, head: branch, base, maintainer_can_modify: true }),
        ),
      );
      if (created !== null) {
        const number = created.data.number;
        await attempt(`Labelling retraining pull request #${number}`, 'pull-requests: write', () => decorate(sink, model, spec, number));
        return { model: model.name, pullRequest: created.data.number, action: 'opened' };
      }
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      if (!(hasStatus(cause, 422) && isHttpError(cause) && /already exists/i.test(cause.message))) throw error;
      sink.log(`retraining ${model.name}: a PR for ${head} already exists (a concurrent run); updating it`);
    }
    open = await findOpenPull(sink, head);
    if (open === null) throw new Error(`GitHub said a pull request for ${head} exists, but none is open`);
  }
  const number = open.number;
  if (open.title !== title || open.body !== body) {
    await attempt(`Updating retraining pull request #${number}`, 'pull-requests: write', () =>
      write(sink, `update retraining PR #${number}`, null, () => octokit.rest.pulls.update({ owner, repo, pull_number: number, title, body })),
    );
  }
  return { model: model.name, pullRequest: number, action: 'updated' };
}

function failingFor(spec: RetrainingSpec, model: ModelReport): CheckReport[] {
  const ids = spec.when.any_failing;
  return model.checks.filter((c) => c.status === 'fail' && (ids === 'any' || ids.includes(c.id)));
}

type OpenPull = OpenRetrainPull;

/** Open PRs whose head is a retraining branch of this repository (not a fork's), by branch. */
async function listOpenRetrainPulls(sink: Sink): Promise<Map<string, OpenPull>> {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.paginate(sink.octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });
  const byBranch = new Map<string, OpenPull>();
  for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
    const branch = pull.head.ref;
    if (pull.head.label !== `${owner}:${branch}` || modelOfRetrainBranch(branch) === null || byBranch.has(branch)) continue;
    byBranch.set(branch, { number: pull.number, title: pull.title, body: pull.body });
  }
  return byBranch;
}

async function findOpenPull(sink: Sink, head: string): Promise<OpenPull | null> {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.rest.pulls.list({ owner, repo, state: 'open', head, per_page: 10 });
  const first = [...pulls.data].sort((a, b) => a.number - b.number)[0];
  return first === undefined ? null : { number: first.number, title: first.title, body: first.body };
}

async function newestClosedAt(sink: Sink, head: string): Promise<Date | null> {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.rest.pulls.list({ owner, repo, state: 'closed', head, sort: 'updated', direction: 'desc', per_page: 20 });
  let newest: number | null = null;
  for (const pull of pulls.data) {
    const at = Date.parse(pull.merged_at ?? pull.closed_at ?? '');
    if (Number.isFinite(at) && (newest === null || at > newest)) newest = at;
  }
  return newest === null ? null : new Date(newest);
}

async function readFile(sink: Sink, path: string, ref: string): Promise<string | null> {
  const { owner, repo } = sink.run;
  try {
    const response = await sink.octokit.rest.repos.getContent({ owner, repo, path, ref });
    const data = response.data;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw error;
  }
}

/** Labels and reviewers for a new PR; a reviewer GitHub refuses (not a collaborator) is logged, not fatal. */
async function decorate(sink: Sink, model: ModelReport, spec: RetrainingSpec, number: number): Promise<void> {
  const { owner, repo } = sink.run;
  const labels = [...new Set(spec.pull_request.labels)];
  if (labels.length > 0) {
    await ensureLabels(sink, labels);
    await write(sink, `label PR #${number}: ${labels.join(', ')}`, null, () =>
      sink.octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels }),
    );
  }
  const reviewers: string[] = [];
  const teams: string[] = [];
  for (const owner of model.owners) {
    const match = /^@?([A-Za-z0-9-]+)(?:\/([A-Za-z0-9._-]+))?$/.exec(owner.trim());
    if (match === null) continue;
    if (match[2] !== undefined) teams.push(match[2]);
    else if (match[1] !== undefined) reviewers.push(match[1]);
  }
  if (reviewers.length + teams.length === 0) return;
  try {
    await write(sink, `request reviews on PR #${number}`, null, () =>
      sink.octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers, team_reviewers: teams }),
    );
  } catch (error) {
    if (!hasStatus(error, 422)) throw error;
    sink.log(`retraining ${model.name}: GitHub refused the reviewers (${isHttpError(error) ? error.message : 'unknown'}); owners must be collaborators`);
  }
}
