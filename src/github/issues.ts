/**
 * Incident issues: one open issue per model incident, kept in step with the latest run.
 *
 * 1. List the open issues labelled `modelwatch` (paginated REST listing; the search API lags
 *    behind writes and is never used) and group them by the hidden marker in their body.
 * 2. For each model whose policy has issues enabled:
 *    - failing (`fail`/`error`) and no open issue: create one; then list again and, when
 *      concurrent runs created more than one, keep the lowest number and close the others as
 *      duplicates (GitHub offers no lock; every run converges on the same survivor);
 *    - open issue and the model is healthy (`pass`/`silenced`/`skipped`): comment and close;
 *    - open issue otherwise: comment when a check newly fails (or worsens warn → fail), and
 *      update the body only when it differs from what is there (visible text or state).
 * Running twice with the same results writes nothing the second time.
 */
import type { CheckReport, ModelReport, Report } from '../engine/report.js';
import type { Policy } from '../policy/types.js';
import { issueTitle, renderIssueBody, type RunLink } from '../report/issue-body.js';
import { escapeMarkdown } from '../report/escape.js';
import { code, link } from '../report/github-markdown.js';
import { checkValue, statusLabel, statusSymbol } from '../report/format.js';
import {
  composeBody,
  modelIncidentAction,
  incidentModel,
  readState,
  reserveFor,
  sinceMap,
  transition,
  type IncidentState,
} from './incident.js';
import { ensureLabels } from './labels.js';
import { nextStreak, retrainConditionHolds } from './retrain-condition.js';
import { write, type Sink } from './sink.js';

export const INCIDENT_LABEL = 'modelwatch';

export interface IncidentIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
}

export interface IssueOutcome {
  readonly model: string;
  /** The open incident issue after this run, or null (none, closed, or not created in dry-run). */
  readonly issue: number | null;
  /** The incident's state after this run (also in dry-run), or null when there is no incident. */
  readonly state: IncidentState | null;
}

/** Open incident issues by model, lowest number first. */
export async function listIncidents(sink: Sink): Promise<Map<string, IncidentIssue[]>> {
  const { owner, repo } = sink.run;
  const items = await sink.octokit.paginate(sink.octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: INCIDENT_LABEL,
    per_page: 100,
  });
  const byModel = new Map<string, IncidentIssue[]>();
  for (const item of items) {
    if (item.pull_request !== undefined && item.pull_request !== null) continue;
    const model = incidentModel(item.body);
    if (model === null) continue;
    const list = byModel.get(model) ?? [];
    list.push({ number: item.number, title: item.title, body: item.body ?? '' });
    byModel.set(model, list);
  }
  for (const list of byModel.values()) list.sort((a, b) => a.number - b.number);
  return byModel;
}

export function runLink(sink: Sink): RunLink | null {
  const { runId, runUrl } = sink.run;
  return runId === null || runUrl === null ? null : { id: runId, url: runUrl };
}

/** A link to the runbook: the policy's URL as is, or its repository path at the policy's commit. */
export function runbookUrl(sink: Sink, runbook: string | null): string | null {
  if (runbook === null) return null;
  if (/^https?:\/\//i.test(runbook)) return runbook;
  const { serverUrl, owner, repo, sha } = sink.run;
  return `${serverUrl}/${owner}/${repo}/blob/${sha ?? 'HEAD'}/${runbook.replace(/^\.?\//, '')}`;
}

export interface IssueOptions {
  /** The report artifact this run uploaded (linked from the body), or null when none was. */
  readonly artifactName?: string | null;
}

export async function syncIssues(sink: Sink, report: Report, policies: ReadonlyMap<string, Policy>, options: IssueOptions = {}): Promise<IssueOutcome[]> {
  const models = report.models.filter((m) => policies.get(m.policy)?.alerting.issue.enabled ?? true);
  if (models.length === 0) return [];
  sink.log(`issues: listing open incidents (label ${INCIDENT_LABEL})`);
  const incidents = await listIncidents(sink);
  const outcomes: IssueOutcome[] = [];
  for (const model of models) {
    outcomes.push(await syncModel(sink, report, model, policies.get(model.policy) ?? null, incidents.get(model.name) ?? [], options));
  }
  return outcomes;
}

async function syncModel(sink: Sink, report: Report, model: ModelReport, policy: Policy | null, open: IncidentIssue[], options: IssueOptions): Promise<IssueOutcome> {
  const { owner, repo } = sink.run;
  const action = modelIncidentAction(model);
  const [current, ...duplicates] = open;
  if (current !== undefined) for (const duplicate of duplicates) await closeDuplicate(sink, duplicate.number, current.number);

  if (current === undefined) {
    if (action !== 'open') return { model: model.name, issue: null, state: null };
    const { body, state } = render(sink, report, model, policy, null, null, options);
    const labels = [...new Set([INCIDENT_LABEL, ...(policy?.alerting.issue.labels ?? [])])];
    await ensureLabels(sink, labels);
    const created = await write(sink, `open issue for ${model.name}`, body, () =>
      sink.octokit.rest.issues.create({ owner, repo, title: issueTitle(model), body, labels }),
    );
    if (created === null) return { model: model.name, issue: null, state };
    const survivor = await dedupAfterCreate(sink, model.name, created.data.number);
    return { model: model.name, issue: survivor, state };
  }

  const previous = readState(current.body);
  if (action === 'close') {
    const comment = `${statusSymbol(model.status)} **${escapeMarkdown(model.name)} is healthy again** (status: ${statusLabel(model.status)})${runSuffix(sink)}. Closing this incident.`;
    await write(sink, `comment on #${current.number} (${model.name} recovered)`, comment, () =>
      sink.octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: comment }),
    );
    await write(sink, `close #${current.number}`, null, () =>
      sink.octokit.rest.issues.update({ owner, repo, issue_number: current.number, state: 'closed', state_reason: 'completed' }),
    );
    return { model: model.name, issue: null, state: null };
  }

  const { body, state, started } = render(sink, report, model, policy, previous, current.body, options);
  const title = issueTitle(model);
  if (body !== current.body || title !== current.title) {
    await write(sink, `update issue #${current.number} (${model.name})`, body, () =>
      sink.octokit.rest.issues.update({ owner, repo, issue_number: current.number, title, body }),
    );
  } else {
    sink.log(`issue #${current.number} (${model.name}) is up to date`);
  }
  if (started.length > 0) {
    const lines = started.map((c) => `- ${statusSymbol(c.status)} ${code(c.id)} is now **${statusLabel(c.status)}**: ${checkValue(c)} — ${escapeMarkdown(c.message)}`);
    const comment = `New failing check(s) for ${escapeMarkdown(model.name)}${runSuffix(sink)}:\n\n${lines.join('\n')}`;
    await write(sink, `comment on #${current.number} (${started.length} check(s) started failing)`, comment, () =>
      sink.octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: comment }),
    );
  }
  return { model: model.name, issue: current.number, state };
}

function runSuffix(sink: Sink): string {
  const run = runLink(sink);
  return run === null ? '' : ` in ${link(`run ${run.id}`, run.url)}`;
}

/**
 * The body this run wants, and its state. The run link in the body moves to this run only when
 * the rest of the visible text changed, so an unchanged incident renders byte for byte the same.
 */
function render(
  sink: Sink,
  report: Report,
  model: ModelReport,
  policy: Policy | null,
  previous: IncidentState | null,
  currentBody: string | null,
  options: IssueOptions,
): { body: string; state: IncidentState; started: readonly CheckReport[] } {
  const now = report.generated_at;
  const run = runLink(sink);
  const { checks, started } = transition(previous, model, now);
  const retraining = policy?.retraining;
  const retrain = retraining === undefined ? null : nextStreak(retraining, previous?.retrain ?? null, retrainConditionHolds(retraining, model), now);
  const base = {
    v: 1 as const,
    model: model.name,
    opened_at: previous?.opened_at ?? now,
    first_run: previous === null ? run : previous.first_run,
    checks,
    retrain,
  };
  const visibleWith = (latest: RunLink | null, state: IncidentState): string =>
    renderIssueBody({
      model,
      since: sinceMap(checks),
      openedAt: base.opened_at,
      firstRun: base.first_run,
      latestRun: latest,
      runbookUrl: runbookUrl(sink, model.runbook),
      reserve: reserveFor(model.name, state),
      generatedAt: now,
      artifactName: options.artifactName ?? null,
    });
  if (previous !== null && currentBody !== null) {
    const kept: IncidentState = { ...base, latest_run: previous.latest_run };
    const body = composeBody(model.name, visibleWith(previous.latest_run, kept), kept);
    if (visibleOf(body) === visibleOf(currentBody)) return { body, state: kept, started };
  }
  const state: IncidentState = { ...base, latest_run: run };
  return { body: composeBody(model.name, visibleWith(run, state), state), state, started };
}

/** The body without the hidden marker and state: what people see. */
export function visibleOf(body: string): string {
  return body
    .replace(/^<!-- modelwatch:incident [^\n]*\n/, '')
    .replace(/\n*<!-- modelwatch:state [A-Za-z0-9_-]+ -->\s*$/, '')
    .trimEnd();
}

async function dedupAfterCreate(sink: Sink, model: string, mine: number): Promise<number> {
  const again = (await listIncidents(sink)).get(model) ?? [];
  const survivor = again[0]?.number ?? mine;
  if (survivor !== mine) {
    sink.log(`issues: a concurrent run opened #${survivor} for ${model} first; closing #${mine} as its duplicate`);
    await closeDuplicate(sink, mine, survivor);
  }
  return survivor;
}

async function closeDuplicate(sink: Sink, duplicate: number, survivor: number): Promise<void> {
  const { owner, repo } = sink.run;
  const comment = `Duplicate of #${survivor}: modelwatch keeps one open incident per model.`;
  await write(sink, `close #${duplicate} as duplicate of #${survivor}`, comment, async () => {
    await sink.octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate, body: comment });
    return sink.octokit.rest.issues.update({ owner, repo, issue_number: duplicate, state: 'closed', state_reason: 'duplicate' });
  });
}
