/**
 * BranchStore against the GitHub double (test/github/fake-github.ts), which answers as GitHub
 * does and checks every request against GitHub's OpenAPI description.
 *
 * One test uses the production client (github/client.ts) as the Action builds it, with the
 * throttling plugin's 1 s spacing of writes. The others use the same Octokit with the same retry
 * plugin (a shorter wait) but without that spacing, so that five racing appends take under a
 * second instead of ~15 s; the spacing is per client and changes no answer GitHub gives.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitHubClient } from '../../src/github/client.js';
import { BranchStore, DEFAULT_STATE_BRANCH, type BranchStoreOptions } from '../../src/state/branch-store.js';
import { parseHistory, serializeHistory } from '../../src/state/compact.js';
import type { ModelHistory } from '../../src/state/record.js';
import { StateWriteError } from '../../src/state/store.js';
import { FakeGitHub } from '../github/fake-github.js';
import { hoursAfter, runRecord } from './records.js';

const START = '2026-03-01T06:00:00.000Z';
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

function quickClient(): GitHubClient {
  return getOctokit('test-token', { baseUrl: fake.url, retry: { retries: 3, retryAfterBaseValue: 5 } }, retry);
}

function storeOn(client: GitHubClient = quickClient(), options: Partial<BranchStoreOptions> = {}): BranchStore {
  return new BranchStore(client, { owner: fake.owner, repo: fake.repo, backoffMs: 20, ...options });
}

/** The history stored on the branch, straight from the double's objects. */
function onBranch(model: string, branch = DEFAULT_STATE_BRANCH): ModelHistory | null {
  const text = fake.fileOn(branch, `models/${model}.json`);
  if (text === null) return null;
  const parsed = parseHistory(text, model);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.history;
}

function stateCommits(branch = DEFAULT_STATE_BRANCH): { parents: string[]; message: string }[] {
  const out: { parents: string[]; message: string }[] = [];
  let sha = fake.refs.get(`heads/${branch}`);
  while (sha !== undefined) {
    const commit = fake.commits.get(sha);
    if (commit === undefined) break;
    out.push(commit);
    sha = commit.parents[0];
  }
  return out;
}

async function read(store: BranchStore, model: string): Promise<ModelHistory | null> {
  const result = await store.read([model]);
  if (!result.ok) throw new Error(result.message);
  const one = result.models.get(model);
  if (!one?.ok) throw new Error(one?.message ?? 'missing');
  return one.history;
}

describe('BranchStore', () => {
  it('creates the branch as a root commit and reads it back', async () => {
    const lines: string[] = [];
    const store = storeOn(quickClient(), { runUrl: 'https://github.com/acme/models/actions/runs/77', log: (line) => void lines.push(line) });
    expect(store.description).toBe('branch modelwatch/state');
    expect(await read(store, 'churn')).toBeNull();

    const record = runRecord({ id: '77', at: START });
    await store.append([record, runRecord({ model: 'fraud', id: '77', at: START })]);
    const commits = stateCommits();
    expect(commits).toHaveLength(1);
    expect(commits[0]?.parents).toEqual([]);
    expect(commits[0]?.message).toBe('modelwatch state: run 77 for churn, fraud\n\nRun: https://github.com/acme/models/actions/runs/77\n');
    expect(fake.fileOn(DEFAULT_STATE_BRANCH, 'README.md')).toMatch(/^# modelwatch state\n\nThis branch is written by modelwatch/);
    expect(fake.fileOn(DEFAULT_STATE_BRANCH, 'models/churn.json')).toBe(serializeHistory({ v: 1, model: 'churn', runs: [record], daily: [] }));
    // The default branch is untouched; a fresh store reads the state back.
    expect(fake.fileOn('main', 'models/churn.json')).toBeNull();
    expect(await read(storeOn(), 'churn')).toEqual({ v: 1, model: 'churn', runs: [record], daily: [] });
    expect(lines.at(-1)).toMatch(/^state: created modelwatch\/state at [0-9a-f]{7} \(churn, fraud\)$/);
  });

  it('appends a commit per run on top of the last, and a rerun of a run replaces its record', async () => {
    const store = storeOn();
    await store.append([runRecord({ id: '1', at: START })]);
    await store.append([runRecord({ id: '2', at: hoursAfter(START, 1) })]);
    const rerun = runRecord({ id: '2', at: hoursAfter(START, 2), attempt: 2, checks: { auc: 0.6 } });
    await store.append([rerun]);
    expect(onBranch('churn')?.runs.map((r) => [r.run.id, r.run.attempt])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect((await read(store, 'churn'))?.runs.at(-1)).toEqual(rerun);
    expect(stateCommits().map((c) => c.message.split('\n')[0])).toEqual(['modelwatch state: run 2 (attempt 2) for churn', 'modelwatch state: run 2 for churn', 'modelwatch state: run 1 for churn']);
    // The same record again changes nothing: no commit.
    const ref = fake.refs.get(`heads/${DEFAULT_STATE_BRANCH}`);
    await store.append([rerun]);
    expect(fake.refs.get(`heads/${DEFAULT_STATE_BRANCH}`)).toBe(ref);
    // Another branch name is honoured.
    await storeOn(quickClient(), { branch: 'monitoring/memory' }).append([runRecord({ id: '9', at: START })]);
    expect(onBranch('churn', 'monitoring/memory')?.runs.map((r) => r.run.id)).toEqual(['9']);
  });

  it('leaves every record exactly once when five runs append at once (compare-and-swap with retries)', async () => {
    const lines: string[] = [];
    const ids = ['201', '202', '203', '204', '205'];
    // Five runs, five clients: they race to create the branch, then to move it.
    await Promise.all(ids.map((id, i) => storeOn(quickClient(), { log: (line) => void lines.push(line) }).append([runRecord({ id, at: hoursAfter(START, i) }), runRecord({ model: 'fraud', id, at: hoursAfter(START, i) })])));
    for (const model of ['churn', 'fraud']) expect(onBranch(model)?.runs.map((r) => r.run.id)).toEqual(ids);
    const commits = stateCommits();
    expect(commits).toHaveLength(5);
    expect(commits.at(-1)?.parents).toEqual([]);
    // The race happened and was lost by some: refused ref moves, each followed by a re-read.
    const refused = fake.requests.filter((r) => (r.operationId === 'git/update-ref' || r.operationId === 'git/create-ref') && r.status === 422);
    expect(refused.length).toBeGreaterThan(0);
    expect(lines.filter((l) => / moved while this run wrote \(attempt \d of 8\); reading it again$/.test(l))).toHaveLength(refused.length);
  });

  it('retries a 5xx answer (the client\'s retry plugin) and stores the record once', async () => {
    const store = storeOn();
    await store.append([runRecord({ id: '1', at: START })]);
    fake.faults.push({ method: 'POST', path: /\/git\/commits$/, status: 502, times: 1, message: 'Bad Gateway' });
    fake.faults.push({ method: 'PATCH', path: /\/git\/refs\//, status: 500, times: 1 });
    await store.append([runRecord({ id: '2', at: hoursAfter(START, 1) })]);
    expect(fake.requests.filter((r) => r.operationId === 'git/create-commit').map((r) => r.status)).toEqual([201, 502, 201]);
    expect(fake.requests.filter((r) => r.operationId === 'git/update-ref').map((r) => r.status)).toEqual([500, 200]);
    expect(onBranch('churn')?.runs.map((r) => r.run.id)).toEqual(['1', '2']);
    expect(stateCommits()).toHaveLength(2);
  });

  it('says the workflow needs contents: write when the token may not write (the production client)', async () => {
    fake.withheld.add('contents');
    const error = await storeOn(createClient('test-token', { baseUrl: fake.url })).append([runRecord({ id: '1', at: START })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateWriteError);
    expect((error as Error).message).toBe(
      'Writing the state branch modelwatch/state failed (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest). The workflow needs `permissions: contents: write`: ' +
        "add `contents: write` to the job's `permissions:` block (see examples/workflows/modelwatch.yml), or pass a token that has it as the `github-token` input. " +
        "This run's records were not stored.",
    );
    expect(fake.refs.has(`heads/${DEFAULT_STATE_BRANCH}`)).toBe(false);
  });

  it('reports a file on the branch it cannot parse as a per-model read failure, and never overwrites it', async () => {
    const store = storeOn();
    await store.append([runRecord({ id: '1', at: START }), runRecord({ model: 'fraud', id: '1', at: START })]);
    // Someone edits the file by hand on the branch.
    const octokit = quickClient();
    const { owner, repo } = fake;
    const head = fake.refs.get(`heads/${DEFAULT_STATE_BRANCH}`) as string;
    const base = fake.commits.get(head)?.tree as string;
    const broken = '{"v":1,"model":"churn","runs":[{"v":1}],"daily":[]}\n';
    const tree = await octokit.rest.git.createTree({ owner, repo, base_tree: base, tree: [{ path: 'models/churn.json', mode: '100644', type: 'blob', content: broken }] });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message: 'hand edit', tree: tree.data.sha, parents: [head] });
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${DEFAULT_STATE_BRANCH}`, sha: commit.data.sha });

    const result = await store.read(['churn', 'fraud', 'new-model']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.models.get('churn')).toEqual({ ok: false, message: expect.stringMatching(/^branch modelwatch\/state: models\/churn\.json: runs\[0\]\.model: expected "churn", got nothing\. The file was left as it is/) });
    expect(result.models.get('fraud')?.ok).toBe(true);
    expect(result.models.get('new-model')).toEqual({ ok: true, history: null });

    const error = await store.append([runRecord({ id: '2', at: hoursAfter(START, 1) }), runRecord({ model: 'fraud', id: '2', at: hoursAfter(START, 1) })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateWriteError);
    expect((error as Error).message).toMatch(/^branch modelwatch\/state: models\/churn\.json: .* Its record from this run was not stored\. \(Stored: fraud\.\)$/);
    expect(fake.fileOn(DEFAULT_STATE_BRANCH, 'models/churn.json')).toBe(broken);
    expect(onBranch('fraud')?.runs.map((r) => r.run.id)).toEqual(['1', '2']);
  });

  it('fails the whole read, with the reason, when the branch cannot be listed', async () => {
    fake.faults.push({ method: 'GET', path: /\/git\/ref\//, status: 403, times: 1, message: 'Resource not accessible by integration' });
    expect(await storeOn().read(['churn'])).toEqual({
      ok: false,
      message: 'the state branch modelwatch/state cannot be read (reading its ref: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest); the token needs `contents: read` (the workflow\'s `permissions:` block; writing needs `contents: write`)',
    });
  });
});
