import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  isHttpError
} from "./chunk-IUO4VOPN.js";
import {
  MODEL_NAME,
  README_PATH,
  StateWriteError,
  appendRecords,
  modelPath,
  parseHistory,
  serializeHistory,
  stateReadme
} from "./chunk-X62GKPC3.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-FQDB3IQE.js";

// src/state/branch-store.ts
import { createHash } from "node:crypto";
var DEFAULT_STATE_BRANCH = "modelwatch/state";
var MAX_APPEND_ATTEMPTS = 8;
var BACKOFF_BASE_MS = 500;
var BACKOFF_CAP_MS = 8e3;
var ReadFailure = class extends Error {
};
var BranchStore = class {
  constructor(octokit, options) {
    this.octokit = octokit;
    this.owner = options.owner;
    this.repo = options.repo;
    this.branch = options.branch ?? DEFAULT_STATE_BRANCH;
    this.description = `branch ${this.branch}`;
    this.runUrl = options.runUrl ?? null;
    this.log = options.log ?? (() => {
    });
    this.backoffMs = options.backoffMs ?? BACKOFF_BASE_MS;
  }
  octokit;
  description;
  branch;
  owner;
  repo;
  runUrl;
  log;
  backoffMs;
  async read(models) {
    let head;
    try {
      head = await this.head();
    } catch (error) {
      return { ok: false, message: error instanceof ReadFailure ? error.message : String(error) };
    }
    const reads = await Promise.all(
      models.map(
        (model) => MODEL_NAME.test(model) ? this.readModel(head, model) : Promise.resolve({ ok: false, message: `${JSON.stringify(model)} is not a model name; the state store holds none for it` })
      )
    );
    return { ok: true, models: new Map(models.map((model, i) => [model, reads[i]])) };
  }
  async append(records) {
    if (records.length === 0) return;
    for (const record of records) {
      if (!MODEL_NAME.test(record.model)) throw new StateWriteError(`cannot store a record of ${JSON.stringify(record.model)}: not a model name`);
    }
    const byModel = /* @__PURE__ */ new Map();
    for (const record of records) byModel.set(record.model, [...byModel.get(record.model) ?? [], record]);
    const message = this.commitMessage(records, [...byModel.keys()]);
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
      if (attempt > 1) await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, this.backoffMs * 2 ** (attempt - 2)));
      let head;
      try {
        head = await this.head();
      } catch (error) {
        throw new StateWriteError(`${error instanceof Error ? error.message : String(error)}; this run's records were not stored`, { cause: error });
      }
      const refused = [];
      const changes = [];
      const currents = await Promise.all([...byModel.keys()].map((model) => this.readModel(head, model)));
      for (const [i, [model, mine]] of [...byModel].entries()) {
        const current = currents[i];
        if (!current.ok) {
          refused.push(`${current.message} Its record from this run was not stored.`);
          continue;
        }
        const content = serializeHistory(appendRecords(current.history, mine, this.where(model)));
        if (head?.files.get(modelPath(model)) === gitBlobSha(content)) continue;
        changes.push({ path: modelPath(model), content });
      }
      const refusal = (stored2) => new StateWriteError(`${refused.join(" ")}${stored2.length > 0 ? ` (Stored: ${stored2.join(", ")}.)` : ""}`);
      if (changes.length === 0) {
        this.log(`state: nothing new for ${[...byModel.keys()].join(", ")} on ${this.branch}`);
        if (refused.length > 0) throw refusal([]);
        return;
      }
      if (head === null || !head.files.has(README_PATH)) changes.push({ path: README_PATH, content: stateReadme("branch") });
      const commit = await this.writing(async () => {
        const tree = await this.octokit.rest.git.createTree({
          owner: this.owner,
          repo: this.repo,
          ...head === null ? {} : { base_tree: head.tree },
          tree: changes.map((c) => ({ path: c.path, mode: "100644", type: "blob", content: c.content }))
        });
        const created = await this.octokit.rest.git.createCommit({ owner: this.owner, repo: this.repo, message, tree: tree.data.sha, parents: head === null ? [] : [head.commit] });
        return created.data.sha;
      });
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
      const stored = changes.filter((c) => c.path !== README_PATH).map((c) => c.path.slice("models/".length, -".json".length));
      this.log(`state: ${head === null ? "created" : "updated"} ${this.branch} at ${commit.slice(0, 7)} (${stored.join(", ")})`);
      if (refused.length > 0) throw refusal(stored);
      return;
    }
    throw new StateWriteError(
      `the state branch ${this.branch} kept moving: ${MAX_APPEND_ATTEMPTS} attempts to append this run's records lost the race to other runs, and they were not stored. Limit how many monitoring runs write at once (a \`concurrency:\` group), then rerun.`
    );
  }
  where(model) {
    return `branch ${this.branch}: ${modelPath(model)}`;
  }
  commitMessage(records, models) {
    const runs = [...new Set(records.map((r) => `${r.run.id}${r.run.attempt !== null && r.run.attempt > 1 ? ` (attempt ${r.run.attempt})` : ""}`))];
    const urls = [...new Set(records.map((r) => r.run.url ?? this.runUrl).filter((u) => u !== null))];
    return `modelwatch state: run ${runs.join(", ")} for ${models.join(", ")}${urls.length > 0 ? `

${urls.map((u) => `Run: ${u}`).join("\n")}` : ""}
`;
  }
  /** The branch's commit, tree and state files, or null when the branch does not exist. */
  async head() {
    const { owner, repo } = this;
    const fail = (doing, error) => new ReadFailure(explainRead(this.branch, doing, error));
    let commit;
    try {
      commit = (await this.octokit.rest.git.getRef({ owner, repo, ref: `heads/${this.branch}` })).data.object.sha;
    } catch (error) {
      if (isHttpError(error) && error.status === 404) return null;
      throw fail("reading its ref", error);
    }
    let tree;
    try {
      tree = (await this.octokit.rest.git.getCommit({ owner, repo, commit_sha: commit })).data.tree.sha;
    } catch (error) {
      throw fail(`reading commit ${commit.slice(0, 7)}`, error);
    }
    const files = /* @__PURE__ */ new Map();
    try {
      const listing = (await this.octokit.rest.git.getTree({ owner, repo, tree_sha: tree, recursive: "1" })).data;
      if (!listing.truncated) {
        for (const entry of listing.tree) {
          if (entry.type === "blob" && entry.path !== void 0 && entry.sha !== void 0 && (entry.path === README_PATH || entry.path.startsWith("models/"))) files.set(entry.path, entry.sha);
        }
      } else {
        for (const entry of listing.tree) if (entry.type === "blob" && entry.path === README_PATH && entry.sha !== void 0) files.set(entry.path, entry.sha);
        const models = listing.tree.find((e) => e.path === "models" && e.type === "tree");
        if (models?.sha !== void 0) {
          const inside = (await this.octokit.rest.git.getTree({ owner, repo, tree_sha: models.sha })).data;
          for (const entry of inside.tree) if (entry.type === "blob" && entry.path !== void 0 && entry.sha !== void 0) files.set(`models/${entry.path}`, entry.sha);
        }
      }
    } catch (error) {
      throw fail(`listing tree ${tree.slice(0, 7)}`, error);
    }
    return { commit, tree, files };
  }
  async readModel(head, model) {
    const blob = head?.files.get(modelPath(model));
    if (blob === void 0) return { ok: true, history: null };
    let text;
    try {
      const data = (await this.octokit.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: blob })).data;
      text = data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
    } catch (error) {
      return { ok: false, message: `${this.where(model)}: cannot be read (${isHttpError(error) ? `HTTP ${error.status}: ${error.message}` : String(error)})` };
    }
    const parsed = parseHistory(text, model, this.where(model));
    return parsed.ok ? { ok: true, history: parsed.history } : parsed;
  }
  async writing(step) {
    try {
      return await step();
    } catch (error) {
      throw this.writeError(error);
    }
  }
  writeError(error) {
    const doing = `Writing the state branch ${this.branch}`;
    if (!isHttpError(error)) return new StateWriteError(`${doing} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    if (error.status === 401 || error.status === 403 || error.status === 404) {
      return new StateWriteError(
        `${doing} failed (HTTP ${error.status}: ${error.message}). The workflow needs \`permissions: contents: write\`: add \`contents: write\` to the job's \`permissions:\` block (see examples/workflows/modelwatch.yml), or pass a token that has it as the \`github-token\` input. This run's records were not stored.`,
        { cause: error }
      );
    }
    return new StateWriteError(`${doing} failed (HTTP ${error.status}: ${error.message}); this run's records were not stored`, { cause: error });
  }
};
function isConflict(error) {
  if (!isHttpError(error)) return false;
  if (error.status === 409) return true;
  return error.status === 422 && /fast[- ]forward|already exists|does not exist|cannot be updated/i.test(error.message);
}
function explainRead(branch, doing, error) {
  const base = `the state branch ${branch} cannot be read (${doing}`;
  if (!isHttpError(error)) return `${base}: ${error instanceof Error ? error.message : String(error)})`;
  if (error.status === 401 || error.status === 403) {
    return `${base}: HTTP ${error.status}: ${error.message}); the token needs \`contents: read\` (the workflow's \`permissions:\` block; writing needs \`contents: write\`)`;
  }
  return `${base}: HTTP ${error.status}: ${error.message})`;
}
function gitBlobSha(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  BranchStore,
  DEFAULT_STATE_BRANCH,
  MAX_APPEND_ATTEMPTS
};
