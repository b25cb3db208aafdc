/**
 * A local stand-in for api.github.com: a real HTTP server on 127.0.0.1 (random port) that speaks
 * the REST endpoints modelwatch uses and keeps their state (issues, comments, labels, git blobs,
 * trees, commits and refs, pull requests). Every request is first checked against GitHub's
 * OpenAPI description (openapi.ts): an unknown operation, query parameter or body field, or a
 * wrong type, is answered 400 and recorded in `violations`, which tests assert empty.
 * Faults can be injected (5xx, secondary rate limits with retry-after, permanent 403s), and
 * permissions withheld, to test retries and error messages. Git object ids are real git SHA-1s.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator } from './openapi.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: string[];
  created_at: string;
  closed_at: string | null;
  /** Set for pull requests, which GitHub lists among issues too. */
  pull?: FakePull;
}

export interface FakePull {
  head: string;
  base: string;
  merged_at: string | null;
  reviewers: string[];
  team_reviewers: string[];
}

export interface Fault {
  readonly method?: string;
  /** Applies to request paths matching this; all paths when absent. */
  readonly path?: RegExp;
  readonly status: number;
  /** How many matching requests fail before the fault is spent. */
  times: number;
  readonly message?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type FakePermission = 'issues' | 'pull-requests' | 'contents';

/** A request that is never answered (until the server stops): to kill a client mid-write. */
export interface Stall {
  readonly method: string;
  readonly path: RegExp;
  /** Called when the first matching request arrives. */
  readonly seen: () => void;
}

export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
  readonly status: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const GIT_TREE_FILE = '100644';

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch = 'main';
  readonly violations: string[] = [];
  readonly requests: RequestRecord[] = [];
  readonly faults: Fault[] = [];
  readonly stalls: Stall[] = [];
  /** Permissions the token lacks: writes needing them answer 403. */
  readonly withheld = new Set<FakePermission>();
  /** The repository forbids the workflow token to open pull requests. */
  forbidPullRequests = false;

  readonly issues = new Map<number, FakeIssue>();
  readonly labels = new Set<string>();
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  readonly refs = new Map<string, string>();
  private nextNumber = 1;
  private server: Server | null = null;
  private readonly validator = OpenApiValidator.load();

  constructor(repository = 'acme/models', files: Readonly<Record<string, string>> = { 'README.md': '# models\n' }) {
    const [owner = 'acme', repo = 'models'] = repository.split('/');
    this.owner = owner;
    this.repo = repo;
    const tree = new Map<string, string>();
    for (const [path, content] of Object.entries(files)) tree.set(path, this.putBlob(content));
    const treeSha = this.putTree(tree);
    this.refs.set(`heads/${this.defaultBranch}`, this.putCommit(treeSha, [], 'initial commit'));
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake GitHub is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests that changed (or tried to change) state. */
  get writes(): RequestRecord[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  openIssues(): FakeIssue[] {
    return [...this.issues.values()].filter((i) => i.pull === undefined && i.state === 'open');
  }

  pulls(): FakeIssue[] {
    return [...this.issues.values()].filter((i) => i.pull !== undefined);
  }

  /** Close (or merge) a pull request as a person would, at `at`. */
  closePull(number: number, options: { merged: boolean; at: Date }): void {
    const pull = this.issues.get(number);
    if (!pull?.pull) throw new Error(`#${number} is not a pull request`);
    pull.state = 'closed';
    pull.closed_at = options.at.toISOString();
    if (options.merged) pull.pull.merged_at = options.at.toISOString();
  }

  /** A file's content on a branch, or null. */
  fileOn(branch: string, path: string): string | null {
    const sha = this.refs.get(`heads/${branch}`);
    const commit = sha === undefined ? undefined : this.commits.get(sha);
    const blob = commit === undefined ? undefined : this.trees.get(commit.tree)?.get(path);
    return blob === undefined ? null : (this.blobs.get(blob) ?? null);
  }

  // ---- git objects with real ids -------------------------------------------------------------

  private putBlob(content: string): string {
    const bytes = Buffer.from(content, 'utf8');
    const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    this.blobs.set(sha, content);
    return sha;
  }

  private putTree(entries: Map<string, string>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
    const sha = createHash('sha1').update(`tree ${JSON.stringify(sorted)}`).digest('hex');
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  private putCommit(tree: string, parents: string[], message: string): string {
    const sha = createHash('sha1').update(`commit ${tree} ${parents.join(',')} ${message} ${this.commits.size}`).digest('hex');
    this.commits.set(sha, { tree, parents, message });
    return sha;
  }

  // ---- the server ----------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let status = 200;
    let operationId: string | null = null;
    try {
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw this.violation(`${method} ${url.pathname}: body is not JSON`);
        }
      }
      const match = this.validator.match(method, url.pathname);
      if (match === null) throw this.violation(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      operationId = match.operation.operationId;
      const problems = this.validator.check(match, url.searchParams, body);
      if (problems.length > 0) throw this.violation(`${method} ${url.pathname} (${operationId}): ${problems.join('; ')}`);
      if (req.headers['authorization'] === undefined) throw new HttpError(401, 'Requires authentication');
      const stall = this.stalls.findIndex((s) => s.method === method && s.path.test(url.pathname));
      if (stall >= 0) {
        const [spent] = this.stalls.splice(stall, 1);
        spent?.seen();
        return;
      }
      this.injectFault(method, url.pathname);
      this.checkPermission(method, operationId);
      const result = this.route(operationId, match.params, url.searchParams, (body ?? {}) as Record<string, unknown>, url);
      status = result.status ?? (method === 'POST' ? 201 : 200);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...result.headers });
      res.end(result.data === undefined ? '' : JSON.stringify(result.data));
    } catch (error) {
      const e = error instanceof HttpError ? error : new HttpError(500, error instanceof Error ? error.message : String(error));
      status = e.status;
      const headers = (e.extra['headers'] as Record<string, string> | undefined) ?? {};
      res.writeHead(e.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify({ message: e.message, documentation_url: 'https://docs.github.com/rest', ...(e.extra['errors'] ? { errors: e.extra['errors'] } : {}) }));
    } finally {
      this.requests.push({ method, path: url.pathname + url.search, operationId, status });
    }
  }

  private violation(message: string): HttpError {
    this.violations.push(message);
    return new HttpError(400, `fake GitHub: ${message}`);
  }

  private injectFault(method: string, path: string): void {
    const fault = this.faults.find((f) => f.times > 0 && (f.method === undefined || f.method === method) && (f.path === undefined || f.path.test(path)));
    if (fault === undefined) return;
    fault.times--;
    throw new HttpError(fault.status, fault.message ?? 'Server Error', { headers: fault.headers });
  }

  private checkPermission(method: string, operationId: string): void {
    if (method === 'GET') return;
    const needs: FakePermission = operationId.startsWith('git/') ? 'contents' : operationId.startsWith('pulls/') ? 'pull-requests' : 'issues';
    if (this.withheld.has(needs)) throw new HttpError(403, 'Resource not accessible by integration');
    if (needs === 'pull-requests' && operationId === 'pulls/create' && this.forbidPullRequests) {
      throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
  }

  private repoCheck(params: Record<string, string>): void {
    if (params['owner'] !== this.owner || params['repo'] !== this.repo) throw new HttpError(404, 'Not Found');
  }

  private route(
    op: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Record<string, unknown>,
    url: URL,
  ): { status?: number; data?: unknown; headers?: Record<string, string> } {
    this.repoCheck(params);
    const number = Number(params['issue_number'] ?? params['pull_number']);
    switch (op) {
      case 'repos/get':
        return { data: { id: 1, name: this.repo, full_name: `${this.owner}/${this.repo}`, default_branch: this.defaultBranch, owner: { login: this.owner } } };
      case 'issues/list-for-repo': {
        const state = query.get('state') ?? 'open';
        const wanted = (query.get('labels') ?? '').split(',').filter((l) => l !== '');
        const items = [...this.issues.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number);
        return this.page(items.map((i) => this.issueJson(i)), query, url);
      }
      case 'issues/create': {
        const text = String(body['body'] ?? '');
        if (text.length > 65_536) throw new HttpError(422, 'Validation Failed', { errors: [{ field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
        const labels = ((body['labels'] ?? []) as string[]).map(String);
        for (const label of labels) this.labels.add(label);
        const issue: FakeIssue = { number: this.nextNumber++, title: String(body['title']), body: text, state: 'open', state_reason: null, labels, comments: [], created_at: new Date().toISOString(), closed_at: null };
        this.issues.set(issue.number, issue);
        return { data: this.issueJson(issue) };
      }
      case 'issues/update': {
        const issue = this.issueOr404(number);
        if (typeof body['body'] === 'string') {
          if (body['body'].length > 65_536) throw new HttpError(422, 'Validation Failed');
          issue.body = body['body'];
        }
        if (typeof body['title'] === 'string') issue.title = body['title'];
        if (body['state'] === 'closed' && issue.state === 'open') {
          issue.state = 'closed';
          issue.closed_at = new Date().toISOString();
          issue.state_reason = typeof body['state_reason'] === 'string' ? body['state_reason'] : 'completed';
        }
        return { data: this.issueJson(issue) };
      }
      case 'issues/create-comment': {
        const issue = this.issueOr404(number);
        const text = String(body['body']);
        if (text.length > 65_536) throw new HttpError(422, 'Validation Failed');
        issue.comments.push(text);
        return { data: { id: issue.comments.length, body: text } };
      }
      case 'issues/add-labels': {
        const issue = this.issueOr404(number);
        for (const label of (body['labels'] ?? []) as string[]) {
          this.labels.add(label);
          if (!issue.labels.includes(label)) issue.labels.push(label);
        }
        return { data: issue.labels.map((name) => ({ name })) };
      }
      case 'issues/get-label':
        if (!this.labels.has(params['name'] ?? '')) throw new HttpError(404, 'Not Found');
        return { data: { name: params['name'], color: 'ededed' } };
      case 'issues/create-label': {
        const name = String(body['name']);
        if (this.labels.has(name)) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
        this.labels.add(name);
        return { data: { name, color: body['color'] } };
      }
      case 'git/get-ref': {
        const sha = this.refs.get(params['ref'] ?? '');
        if (sha === undefined) throw new HttpError(404, 'Not Found');
        return { data: { ref: `refs/${params['ref']}`, object: { sha, type: 'commit' } } };
      }
      case 'git/get-commit': {
        const commit = this.commits.get(params['commit_sha'] ?? '');
        if (commit === undefined) throw new HttpError(404, 'Not Found');
        return { data: { sha: params['commit_sha'], tree: { sha: commit.tree }, parents: commit.parents.map((sha) => ({ sha })), message: commit.message } };
      }
      case 'git/get-tree': {
        // GitHub lists a tree's direct entries, or with `recursive` (any value) every entry below
        // it, subtrees included, each with its own id (which get-tree accepts in turn).
        const sha = params['tree_sha'] ?? '';
        const tree = this.trees.get(sha);
        if (tree === undefined) throw new HttpError(404, 'Not Found');
        return { data: { sha, url: `${this.url}/repos/${this.owner}/${this.repo}/git/trees/${sha}`, tree: this.treeEntries(tree, query.has('recursive')), truncated: false } };
      }
      case 'git/get-blob': {
        const sha = params['file_sha'] ?? '';
        const content = this.blobs.get(sha);
        if (content === undefined) throw new HttpError(404, 'Not Found');
        const bytes = Buffer.from(content, 'utf8');
        // GitHub wraps the base64 at 60 characters.
        const base64 = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
        return { data: { sha, node_id: `B_${sha}`, size: bytes.length, url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${sha}`, content: base64 === '' ? '' : `${base64}\n`, encoding: 'base64' } };
      }
      case 'git/create-blob': {
        const encoding = body['encoding'] ?? 'utf-8';
        const content = encoding === 'base64' ? Buffer.from(String(body['content']), 'base64').toString('utf8') : String(body['content']);
        return { data: { sha: this.putBlob(content) } };
      }
      case 'git/create-tree': {
        const base = body['base_tree'] === undefined ? new Map<string, string>() : this.trees.get(String(body['base_tree']));
        if (base === undefined) throw new HttpError(422, 'base_tree not found');
        const entries = new Map(base);
        for (const entry of body['tree'] as { path: string; mode: string; sha?: string | null; content?: string }[]) {
          if (entry.mode !== GIT_TREE_FILE) throw new HttpError(422, 'only files are supported by the fake');
          if (entry.sha === null) entries.delete(entry.path);
          else if (entry.sha !== undefined) {
            if (!this.blobs.has(entry.sha)) throw new HttpError(422, `blob ${entry.sha} not found`);
            entries.set(entry.path, entry.sha);
          } else entries.set(entry.path, this.putBlob(entry.content ?? ''));
        }
        return { data: { sha: this.putTree(entries) } };
      }
      case 'git/create-commit': {
        const tree = String(body['tree']);
        const parents = ((body['parents'] ?? []) as string[]).map(String);
        if (!this.trees.has(tree) || parents.some((p) => !this.commits.has(p))) throw new HttpError(422, 'tree or parent not found');
        return { data: { sha: this.putCommit(tree, parents, String(body['message'])) } };
      }
      case 'git/create-ref': {
        const ref = String(body['ref']).replace(/^refs\//, '');
        // GitHub refuses what git refuses; ask the real git (`a.lock`, `a..b`, a trailing dot).
        if (!String(body['ref']).startsWith('refs/') || ref.split('/').length < 2 || spawnSync('git', ['check-ref-format', String(body['ref'])]).status !== 0) {
          throw new HttpError(422, 'Reference name is not valid');
        }
        if (this.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
        if (!this.commits.has(String(body['sha']))) throw new HttpError(422, 'Object does not exist');
        this.refs.set(ref, String(body['sha']));
        return { data: { ref: `refs/${ref}`, object: { sha: body['sha'], type: 'commit' } } };
      }
      case 'git/update-ref': {
        const ref = params['ref'] ?? '';
        const current = this.refs.get(ref);
        if (current === undefined) throw new HttpError(422, 'Reference does not exist');
        const sha = String(body['sha']);
        if (body['force'] !== true && !this.commits.get(sha)?.parents.includes(current)) throw new HttpError(422, 'Update is not a fast forward');
        this.refs.set(ref, sha);
        return { data: { ref: `refs/${ref}`, object: { sha, type: 'commit' } } };
      }
      case 'repos/get-content': {
        const branch = query.get('ref') ?? this.defaultBranch;
        const content = this.fileOn(branch, params['path'] ?? '');
        if (content === null) throw new HttpError(404, 'Not Found');
        const path = params['path'] ?? '';
        return { data: { type: 'file', encoding: 'base64', size: Buffer.byteLength(content), name: path.split('/').pop(), path, content: Buffer.from(content).toString('base64'), sha: this.putBlob(content) } };
      }
      case 'pulls/list': {
        const state = query.get('state') ?? 'open';
        const head = query.get('head');
        let items = this.pulls()
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => head === null || `${this.owner}:${p.pull?.head}` === head);
        items = query.get('direction') === 'asc' ? items.sort((a, b) => a.number - b.number) : items.sort((a, b) => b.number - a.number);
        return this.page(items.map((p) => this.pullJson(p)), query, url);
      }
      case 'pulls/create': {
        const head = String(body['head']);
        const base = String(body['base']);
        if (!this.refs.has(`heads/${head}`) || !this.refs.has(`heads/${base}`)) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
        if (this.pulls().some((p) => p.state === 'open' && p.pull?.head === head)) {
          throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${this.owner}:${head}.` }] });
        }
        const pull: FakeIssue = {
          number: this.nextNumber++,
          title: String(body['title']),
          body: String(body['body'] ?? ''),
          state: 'open',
          state_reason: null,
          labels: [],
          comments: [],
          created_at: new Date().toISOString(),
          closed_at: null,
          pull: { head, base, merged_at: null, reviewers: [], team_reviewers: [] },
        };
        this.issues.set(pull.number, pull);
        return { data: this.pullJson(pull) };
      }
      case 'pulls/update': {
        const pull = this.issueOr404(number);
        if (pull.pull === undefined) throw new HttpError(404, 'Not Found');
        if (typeof body['title'] === 'string') pull.title = body['title'];
        if (typeof body['body'] === 'string') pull.body = body['body'];
        return { data: this.pullJson(pull) };
      }
      case 'pulls/request-reviewers': {
        const pull = this.issueOr404(number);
        if (pull.pull === undefined) throw new HttpError(404, 'Not Found');
        pull.pull.reviewers.push(...((body['reviewers'] ?? []) as string[]));
        pull.pull.team_reviewers.push(...((body['team_reviewers'] ?? []) as string[]));
        return { status: 201, data: this.pullJson(pull) };
      }
      default:
        throw this.violation(`${op}: valid for GitHub, but the fake does not implement it`);
    }
  }

  /** A flat tree (path → blob) as GitHub lists it: direct entries, or all of them when recursive. */
  private treeEntries(tree: ReadonlyMap<string, string>, recursive: boolean): Record<string, unknown>[] {
    const entries: Record<string, unknown>[] = [];
    const dirs = new Map<string, Map<string, string>>();
    for (const [path, blob] of tree) {
      const parts = path.split('/');
      for (let depth = 1; depth < parts.length; depth++) {
        const dir = parts.slice(0, depth).join('/');
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)?.set(parts.slice(depth).join('/'), blob);
      }
      if (recursive || parts.length === 1) {
        entries.push({ path, mode: GIT_TREE_FILE, type: 'blob', sha: blob, size: Buffer.byteLength(this.blobs.get(blob) ?? ''), url: `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${blob}` });
      }
    }
    for (const [dir, sub] of dirs) {
      if (!recursive && dir.includes('/')) continue;
      const sha = this.putTree(sub);
      entries.push({ path: dir, mode: '040000', type: 'tree', sha, url: `${this.url}/repos/${this.owner}/${this.repo}/git/trees/${sha}` });
    }
    return entries.sort((a, b) => (String(a['path']) < String(b['path']) ? -1 : 1));
  }

  private issueOr404(number: number): FakeIssue {
    const issue = this.issues.get(number);
    if (issue === undefined) throw new HttpError(404, 'Not Found');
    return issue;
  }

  private page(items: unknown[], query: URLSearchParams, url: URL): { data: unknown; headers: Record<string, string> } {
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    const data = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.host = new URL(this.url).host;
      next.searchParams.set('page', String(page + 1));
      headers['link'] = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    return { data, headers };
  }

  private issueJson(issue: FakeIssue): Record<string, unknown> {
    return {
      id: issue.number * 1000,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map((name) => ({ name })),
      created_at: issue.created_at,
      closed_at: issue.closed_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
      ...(issue.pull ? { pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${issue.number}` } } : {}),
    };
  }

  private pullJson(pull: FakeIssue): Record<string, unknown> {
    return {
      ...this.issueJson(pull),
      head: { ref: pull.pull?.head, label: `${this.owner}:${pull.pull?.head}` },
      base: { ref: pull.pull?.base },
      merged_at: pull.pull?.merged_at ?? null,
      requested_reviewers: pull.pull?.reviewers.map((login) => ({ login })) ?? [],
    };
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
