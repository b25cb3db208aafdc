/**
 * The state store on a branch of the repository (the Action; `modelwatch/state` by default),
 * read and written through the Git Data API with the project's client, with no checkout:
 * `README.md` and `models/<name>.json` at the branch's root, one commit per append.
 *
 * Read: get the ref (404: no branch yet, so no history), its commit, the commit's tree
 * (recursive), and the blob of each model asked for.
 *
 * Append is a compare-and-swap on the ref, repeated until it holds:
 * 1. Read the newest state as above.
 * 2. Append each record to its model's history (state/compact.ts). A model whose file cannot be
 *    read or parsed is left as it is; the others are written, then the append throws.
 * 3. Create a tree over the read commit's tree holding the changed files (their content inline,
 *    which GitHub stores as blobs: one write instead of one per model, as the client spaces
 *    writes 1 s apart), and a commit with the read commit as its parent. The first write
 *    creates the branch as a root commit (no parent) that also holds the README.
 * 4. Move the ref with `force: false` (or create it). When another run moved it first, GitHub
 *    answers 422 (not a fast forward; or "Reference already exists" when two runs create the
 *    branch): wait a jittered backoff and start again from 1, at most MAX_APPEND_ATTEMPTS times.
 *    Re-applying is safe: a record replaces the stored one of the same run id.
 *
 * 5xx answers and rate limits are retried inside the client (github/client.ts). A 401, 403 or
 * 404 on a write means the token cannot write the branch: the StateWriteError says that the
 * workflow needs `permissions: contents: write`.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../github/client.js';
import { isHttpError } from '../github/errors.js';
import { appendRecords, parseHistory, serializeHistory } from './compact.js';
import { modelPath, MODEL_NAME, README_PATH, stateReadme } from './layout.js';
import type { RunRecord } from './record.js';
import { StateWriteError, type HistoryRead, type StateStore } from './store.js';

export const DEFAULT_STATE_BRANCH = 'modelwatch/state';
/** Compare-and-swap attempts per append before it gives up (step 4). */
export const MAX_APPEND_ATTEMPTS = 8;
/** Before attempt k ≥ 2, a wait drawn uniformly from [0, min(BACKOFF_CAP_MS, backoff · 2^(k−2))]. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;

export interface BranchStoreOptions {
  readonly owner: string;
  readonly repo: string;
  /** Default `modelwatch/state`. */
  readonly branch?: string;
  /** The run's link, for commit messages. */
  readonly runUrl?: string | null;
  readonly log?: (line: string) => void;
  /** Base of the backoff between attempts (default BACKOFF_BASE_MS). */
  readonly backoffMs?: number;
}

interface Head {
  readonly commit: string;
  readonly tree: string;
  /** Path → blob id, for the files under `models/` and the README. */
  readonly files: ReadonlyMap<string, string>;
}

type ReadResult = Awaited<ReturnType<StateStore['read']>>;

class ReadFailure extends Error {}

export class BranchStore implements StateStore {
  readonly description: string;
  readonly branch: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly runUrl: string | null;
  private readonly log: (line: string) => void;
  private readonly backoffMs: number;

  constructor(
    private readonly octokit: GitHubClient,
    options: BranchStoreOptions,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.branch = options.branch ?? DEFAULT_STATE_BRANCH;
    this.description = `branch ${this.branch}`;
    this.runUrl = options.runUrl ?? null;
    this.log = options.log ?? (() => {});
    this.backoffMs = options.backoffMs ?? BACKOFF_BASE_MS;
  }

  async read(models: readonly string[]): Promise<ReadResult> {
    let head: Head | null;
    try {
      head = await this.head();
    } catch (error) {
      return { ok: false, message: error instanceof ReadFailure ? error.message : String(error) };
    }
    // The blobs side by side (the client runs at most 10 requests at once).
    const reads = await Promise.all(
      models.map((model): Promise<HistoryRead> =>
        MODEL_NAME.test(model) ? this.readModel(head, model) : Promise.resolve({ ok: false, message: `${JSON.stringify(model)} is not a model name; the state store holds none for it` }),
      ),
    );
    return { ok: true, models: new Map(models.map((model, i) => [model, reads[i] as HistoryRead])) };
  }

  async append(records: readonly RunRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const record of records) {
      if (!MODEL_NAME.test(record.model)) throw new StateWriteError(`cannot store a record of ${JSON.stringify(record.model)}: not a model name`);
    }
    const byModel = new Map<string, RunRecord[]>();
    for (const record of records) byModel.set(record.model, [...(byModel.get(record.model) ?? []), record]);
    const message = this.commitMessage(records, [...byModel.keys()]);

    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
      if (attempt > 1) await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, this.backoffMs * 2 ** (attempt - 2)));
      // 1. The newest state.
      let head: Head | null;
      try {
        head = await this.head();
      } catch (error) {
        throw new StateWriteError(`${error instanceof Error ? error.message : String(error)}; this run's records were not stored`, { cause: error });
      }
      // 2. The new content of each model's file.
      const refused: string[] = [];
      const changes: { path: string; content: string }[] = [];
      const currents = await Promise.all([...byModel.keys()].map((model) => this.readModel(head, model)));
      for (const [i, [model, mine]] of [...byModel].entries()) {
        const current = currents[i] as HistoryRead;
        if (!current.ok) {
          refused.push(`${current.message} Its record from this run was not stored.`);
          continue;
        }
        const content = serializeHistory(appendRecords(current.history, mine, this.where(model)));
        if (head?.files.get(modelPath(model)) === gitBlobSha(content)) continue;
        changes.push({ path: modelPath(model), content });
      }
      const refusal = (stored: readonly string[]): StateWriteError =>
        new StateWriteError(`${refused.join(' ')}${stored.length > 0 ? ` (Stored: ${stored.join(', ')}.)` : ''}`);
      if (changes.length === 0) {
        this.log(`state: nothing new for ${[...byModel.keys()].join(', ')} on ${this.branch}`);
        if (refused.length > 0) throw refusal([]);
        return;
      }
      if (head === null || !head.files.has(README_PATH)) changes.push({ path: README_PATH, content: stateReadme('branch') });

      // 3. Tree and commit over what was read.
      const commit = await this.writing(async () => {
        const tree = await this.octokit.rest.git.createTree({
          owner: this.owner,
          repo: this.repo,
          ...(head === null ? {} : { base_tree: head.tree }),
          tree: changes.map((c) => ({ path: c.path, mode: '100644' as const, type: 'blob' as const, content: c.content })),
        });
        const created = await this.octokit.rest.git.createCommit({ owner: this.owner, repo: this.repo, message, tree: tree.data.sha, parents: head === null ? [] : [head.commit] });
        return created.data.sha;
      });

      // 4. Compare and swap.
      try {
        if (head === null) await this.octokit.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${this.branch}`, sha: commit });
        else await this.octokit.rest.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${this.branch}`, sha: commit, force: false });
      } catch (error) {
        if (isConflict(error)) {
          this.log(`state: ${this.branch} moved while this run wrote (attempt ${attempt} of ${MAX_APPEND_ATTEMPTS}); reading it again`);
          continue;
        }
        throw this.writeError(error);
      }
      const stored = changes.filter((c) => c.path !== README_PATH).map((c) => c.path.slice('models/'.length, -'.json'.length));
      this.log(`state: ${head === null ? 'created' : 'updated'} ${this.branch} at ${commit.slice(0, 7)} (${stored.join(', ')})`);
      if (refused.length > 0) throw refusal(stored);
      return;
    }
    throw new StateWriteError(
      `the state branch ${this.branch} kept moving: ${MAX_APPEND_ATTEMPTS} attempts to append this run's records lost the race to other runs, and they were not stored. ` +
        'Limit how many monitoring runs write at once (a `concurrency:` group), then rerun.',
    );
  }

  private where(model: string): string {
    return `branch ${this.branch}: ${modelPath(model)}`;
  }

  private commitMessage(records: readonly RunRecord[], models: readonly string[]): string {
    const runs = [...new Set(records.map((r) => `${r.run.id}${r.run.attempt !== null && r.run.attempt > 1 ? ` (attempt ${r.run.attempt})` : ''}`))];
    const urls = [...new Set(records.map((r) => r.run.url ?? this.runUrl).filter((u): u is string => u !== null))];
    return `modelwatch state: run ${runs.join(', ')} for ${models.join(', ')}${urls.length > 0 ? `\n\n${urls.map((u) => `Run: ${u}`).join('\n')}` : ''}\n`;
  }

  /** The branch's commit, tree and state files, or null when the branch does not exist. */
  private async head(): Promise<Head | null> {
    const { owner, repo } = this;
    const fail = (doing: string, error: unknown): ReadFailure => new ReadFailure(explainRead(this.branch, doing, error));
    let commit: string;
    try {
      commit = (await this.octokit.rest.git.getRef({ owner, repo, ref: `heads/${this.branch}` })).data.object.sha;
    } catch (error) {
      if (isHttpError(error) && error.status === 404) return null;
      throw fail('reading its ref', error);
    }
    let tree: string;
    try {
      tree = (await this.octokit.rest.git.getCommit({ owner, repo, commit_sha: commit })).data.tree.sha;
    } catch (error) {
      throw fail(`reading commit ${commit.slice(0, 7)}`, error);
    }
    const files = new Map<string, string>();
    try {
      const listing = (await this.octokit.rest.git.getTree({ owner, repo, tree_sha: tree, recursive: '1' })).data;
      if (!listing.truncated) {
        for (const entry of listing.tree) {
          if (entry.type === 'blob' && entry.path !== undefined && entry.sha !== undefined && (entry.path === README_PATH || entry.path.startsWith('models/'))) files.set(entry.path, entry.sha);
        }
      } else {
        // Too many entries for one listing (not written by modelwatch alone): list `models/` only.
        for (const entry of listing.tree) if (entry.type === 'blob' && entry.path === README_PATH && entry.sha !== undefined) files.set(entry.path, entry.sha);
        const models = listing.tree.find((e) => e.path === 'models' && e.type === 'tree');
        if (models?.sha !== undefined) {
          const inside = (await this.octokit.rest.git.getTree({ owner, repo, tree_sha: models.sha })).data;
          for (const entry of inside.tree) if (entry.type === 'blob' && entry.path !== undefined && entry.sha !== undefined) files.set(`models/${entry.path}`, entry.sha);
        }
      }
    } catch (error) {
      throw fail(`listing tree ${tree.slice(0, 7)}`, error);
    }
    return { commit, tree, files };
  }

  private async readModel(head: Head | null, model: string): Promise<HistoryRead> {
    const blob = head?.files.get(modelPath(model));
    if (blob === undefined) return { ok: true, history: null };
    let text: string;
    try {
      const data = (await this.octokit.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: blob })).data;
      text = data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
    } catch (error) {
      return { ok: false, message: `${this.where(model)}: cannot be read (${isHttpError(error) ? `HTTP ${error.status}: ${error.message}` : String(error)})` };
    }
    const parsed = parseHistory(text, model, this.where(model));
    return parsed.ok ? { ok: true, history: parsed.history } : parsed;
  }

  private async writing<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      throw this.writeError(error);
    }
  }

  private writeError(error: unknown): StateWriteError {
    const doing = `Writing the state branch ${this.branch}`;
    if (!isHttpError(error)) return new StateWriteError(`${doing} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    if (error.status === 401 || error.status === 403 || error.status === 404) {
      return new StateWriteError(
        `${doing} failed (HTTP ${error.status}: ${error.message}). The workflow needs \`permissions: contents: write\`: ` +
          "add `contents: write` to the job's `permissions:` block (see examples/workflows/modelwatch.yml), or pass a token that has it as the `github-token` input. " +
          "This run's records were not stored.",
        { cause: error },
      );
    }
    return new StateWriteError(`${doing} failed (HTTP ${error.status}: ${error.message}); this run's records were not stored`, { cause: error });
  }
}

/** Another run moved (or created) the ref between this run's read and its write. */
function isConflict(error: unknown): boolean {
  if (!isHttpError(error)) return false;
  if (error.status === 409) return true;
  return error.status === 422 && /fast[- ]forward|already exists|does not exist|cannot be updated/i.test(error.message);
}

function explainRead(branch: string, doing: string, error: unknown): string {
  const base = `the state branch ${branch} cannot be read (${doing}`;
  if (!isHttpError(error)) return `${base}: ${error instanceof Error ? error.message : String(error)})`;
  if (error.status === 401 || error.status === 403) {
    return `${base}: HTTP ${error.status}: ${error.message}); the token needs \`contents: read\` (the workflow's \`permissions:\` block; writing needs \`contents: write\`)`;
  }
  return `${base}: HTTP ${error.status}: ${error.message})`;
}

/** The id git gives a blob of these bytes, to tell an unchanged file without writing it. */
function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
