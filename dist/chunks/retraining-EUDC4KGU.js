import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  ensureLabels,
  modelIncidentAction,
  nextStreak,
  retrainConditionHolds,
  retrainDue,
  runLink
} from "./chunk-LEAHINPM.js";
import {
  write
} from "./chunk-GCNGDRPN.js";
import {
  ISSUE_BODY_LIMIT,
  checksTable,
  checksTitle,
  evidence,
  windowText
} from "./chunk-5IPQZ3EY.js";
import {
  attempt,
  hasStatus,
  isHttpError
} from "./chunk-IUO4VOPN.js";
import {
  modelOfRetrainBranch,
  retrainBranch
} from "./chunk-55QY547W.js";
import {
  require_dist
} from "./chunk-WLYCNJEK.js";
import "./chunk-762UMVV3.js";
import "./chunk-XYOAXCDO.js";
import {
  code,
  fitSections,
  link,
  mention,
  utf16Chars
} from "./chunk-LVWLLQQY.js";
import {
  statusLabel,
  statusSymbol
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import {
  __toESM
} from "./chunk-FQDB3IQE.js";

// src/report/pr-body.ts
function prTitle(model, failing) {
  return checksTitle(`Retrain ${model.name}`, failing.map((c) => c.id), "failing");
}
function renderPrBody(input) {
  const { model } = input;
  const head = [];
  head.push(`## Retraining requested for ${escapeMarkdown(model.name)}`);
  head.push(
    `modelwatch requests retraining because ${input.failing.map((c) => code(c.id)).join(", ")} ${input.failing.length === 1 ? "has" : "have"} been failing for ${escapeMarkdown(input.heldFor)}, as the policy's \`retraining.when\` asks. This pull request writes the retrain request ${code(input.requestPath)}; merging it is the go-ahead for the training pipeline that reads it.`
  );
  const facts = [];
  facts.push(`- **Model:** ${escapeMarkdown(model.name)}${model.version === null ? "" : ` version ${escapeMarkdown(model.version)}`}`);
  facts.push(`- **Data window:** ${windowText(model)}`);
  facts.push(`- **Policy:** ${input.policyUrl === null ? code(model.policy) : link(model.policy, input.policyUrl)}`);
  if (input.run !== null) facts.push(`- **Run:** ${link(`run ${input.run.id}`, input.run.url)}`);
  if (input.incident !== null) facts.push(`- **Incident:** #${input.incident}`);
  if (model.owners.length > 0) facts.push(`- **Owners:** ${model.owners.map(mention).join(" ")}`);
  head.push(facts.join("\n"));
  head.push("### Failing checks");
  head.push(checksTable(input.failing));
  const sections = input.failing.map(evidence).filter((s) => s !== "");
  const tail = ["<sub>Opened by modelwatch. Re-running the monitor updates this pull request; it never opens a second one.</sub>"];
  return fitSections(
    { head, sections, tail },
    ISSUE_BODY_LIMIT,
    utf16Chars,
    (n) => `_${n} evidence section(s) left out to stay within GitHub's size limit; the full report is in the run's artifact._`
  );
}

// src/github/retrain-request.ts
var import_yaml = __toESM(require_dist(), 1);
function buildRequest(model, failing, heldFor, run, generatedAt) {
  return {
    apiVersion: "modelwatch/v1",
    kind: "RetrainRequest",
    model: model.name,
    version: model.version,
    reason: `${failing.map((c) => c.id).join(", ")} failing for ${heldFor}`,
    failing_checks: failing.map((c) => ({
      id: c.id,
      type: c.type,
      status: c.status,
      value: c.value,
      thresholds: JSON.parse(JSON.stringify(c.thresholds)),
      message: c.message
    })),
    data_window: model.window,
    rows: { reference: model.rows.reference, current: model.rows.current },
    provenance: { policy: model.policy, commit: run.sha, run_id: run.runId, run_url: run.runUrl, generated_at: generatedAt }
  };
}
function serializeRequest(request, path) {
  if (path.toLowerCase().endsWith(".json")) return `${JSON.stringify(request, null, 2)}
`;
  return `# Retrain request written by modelwatch (docs/github.md). Merging the pull request approves it.
${(0, import_yaml.stringify)(request, { lineWidth: 0 })}`;
}
function sameSubstance(text, request) {
  let parsed;
  try {
    parsed = (0, import_yaml.parse)(text);
  } catch {
    return false;
  }
  if (typeof parsed !== "object" || parsed === null) return false;
  const { provenance: _ignored, ...theirs } = parsed;
  const { provenance: _mine, ...ours } = request;
  return stableJson(theirs) === stableJson(JSON.parse(JSON.stringify(ours)));
}
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/github/retrain-recovery.ts
var OPEN = "<!-- modelwatch:recovered -->";
var CLOSE = "<!-- /modelwatch:recovered -->";
var NOTE = /^<!-- modelwatch:recovered -->[\s\S]*?<!-- \/modelwatch:recovered -->\n*/;
function isHealthy(model) {
  return modelIncidentAction(model) === "close";
}
function hasRecoveryNote(body) {
  return NOTE.test(body ?? "");
}
function withoutRecoveryNote(body) {
  return (body ?? "").replace(NOTE, "");
}
function sentence(sink, model) {
  const run = runLink(sink);
  const where = run === null ? "" : ` in ${link(`run ${run.id}`, run.url)}`;
  return `${statusSymbol(model.status)} **${escapeMarkdown(model.name)} is healthy again** (status: ${statusLabel(model.status)})${where}. modelwatch no longer asks for this retraining; merging or closing this pull request stays your decision.`;
}
function withRecoveryNote(body, text) {
  const note = `${OPEN}
> [!NOTE]
> ${text}
${CLOSE}

`;
  const rest = withoutRecoveryNote(body);
  const cutNote = "\n\n_(cut to make room for the note above)_";
  const fits = note.length + rest.length <= ISSUE_BODY_LIMIT;
  return fits ? note + rest : note + Array.from(rest).slice(0, ISSUE_BODY_LIMIT - note.length - cutNote.length - 2).join("") + cutNote;
}
async function syncRecovery(sink, model, pull) {
  const { owner, repo } = sink.run;
  const noted = hasRecoveryNote(pull.body);
  if (isHealthy(model) === noted) return { body: pull.body, announced: false };
  if (noted) {
    const body2 = withoutRecoveryNote(pull.body);
    await write(
      sink,
      `update retraining PR #${pull.number} (${model.name} is no longer healthy: note removed)`,
      null,
      () => sink.octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body: body2 })
    );
    return { body: body2, announced: false };
  }
  const text = sentence(sink, model);
  await write(
    sink,
    `comment on retraining PR #${pull.number} (${model.name} is healthy again)`,
    text,
    () => sink.octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text })
  );
  const body = withRecoveryNote(pull.body, text);
  await write(
    sink,
    `note on retraining PR #${pull.number} that ${model.name} is healthy again`,
    null,
    () => sink.octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body })
  );
  return { body, announced: true };
}

// src/github/retraining.ts
async function syncRetraining(sink, report, policies, incidents) {
  const outcomes = [];
  const now = new Date(report.generated_at);
  const openPulls = await listOpenRetrainPulls(sink);
  for (const model of report.models) {
    const spec = policies.get(model.policy)?.retraining;
    const listed = openPulls.get(retrainBranch(model.name)) ?? null;
    if (spec === void 0 && listed === null) continue;
    const incident = incidents.find((i) => i.model === model.name) ?? null;
    const streak = spec === void 0 ? null : incident?.state ? incident.state.retrain : nextStreak(spec, null, retrainConditionHolds(spec, model), report.generated_at);
    if (spec === void 0 || !retrainDue(spec, streak, now)) {
      const why = spec === void 0 ? "the policy asks for none" : streak === null ? "condition does not hold" : `held ${streak.runs} of ${spec.when.for.text}`;
      sink.log(`retraining ${model.name}: not due (${why})${listed === null ? "" : `; PR #${listed.number} stays open`}`);
      const announced = listed === null ? false : (await syncRecovery(sink, model, listed)).announced;
      outcomes.push({ model: model.name, pullRequest: listed?.number ?? null, action: announced ? "recovered" : "not-due" });
      continue;
    }
    outcomes.push(await syncModel(sink, report, model, spec, incident?.issue ?? null, now, listed));
  }
  return outcomes;
}
async function syncModel(sink, report, model, spec, incident, now, listed) {
  const { owner, repo } = sink.run;
  const octokit = sink.octokit;
  const branch = retrainBranch(model.name);
  const head = `${owner}:${branch}`;
  const path = spec.pull_request.path.replace(/^\.?\//, "");
  const failing = failingFor(spec, model);
  let open = listed;
  if (open === null) {
    const closedAt = await newestClosedAt(sink, head);
    if (closedAt !== null && spec.cooldown.kind === "time" && now.getTime() - closedAt.getTime() < spec.cooldown.ms) {
      sink.log(`retraining ${model.name}: in cool-down (${spec.cooldown.text}) since the last retraining PR closed at ${closedAt.toISOString()}`);
      return { model: model.name, pullRequest: null, action: "cooldown" };
    }
  }
  const heldFor = spec.when.for.kind === "runs" ? `${spec.when.for.runs} consecutive run(s)` : spec.when.for.text;
  const request = buildRequest(model, failing, heldFor, sink.run, report.generated_at);
  const content = serializeRequest(request, path);
  if (open !== null) {
    const existing = await readFile(sink, path, branch);
    if (existing !== null && sameSubstance(existing, request)) {
      sink.log(`retraining ${model.name}: PR #${open.number} already requests this retraining`);
      await syncRecovery(sink, model, open);
      return { model: model.name, pullRequest: open.number, action: "up-to-date" };
    }
  }
  const base = spec.pull_request.base ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  const baseSha = (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` })).data.object.sha;
  const baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha })).data.tree.sha;
  const message = `Request retraining of ${model.name}

${request.reason}.
Run: ${sink.run.runUrl ?? "local"}`;
  const committed = await attempt(`Committing ${path} to ${branch}`, "contents: write", () => write(sink, `commit ${path} to ${branch} (over ${base})`, content, async () => {
    const blob = await octokit.rest.git.createBlob({ owner, repo, content, encoding: "utf-8" });
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseTree,
      tree: [{ path, mode: "100644", type: "blob", sha: blob.data.sha }]
    });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [baseSha] });
    try {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
    } catch (error) {
      if (!hasStatus(error, 422)) throw error;
      await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha, force: true });
    }
    return commit.data.sha;
  }));
  const title = prTitle(model, failing);
  const body = renderPrBody({
    model,
    failing,
    heldFor,
    requestPath: path,
    policyUrl: sink.run.sha === null ? null : `${sink.run.serverUrl}/${owner}/${repo}/blob/${sink.run.sha}/${model.policy.replace(/^\.?\//, "")}`,
    run: runLink(sink),
    incident
  });
  if (committed === null) {
    sink.log(`[dry-run] would ${open === null ? "open" : `update #${open.number}`}: ${title}`);
    sink.log(body.replace(/^/gm, "    | "));
    return { model: model.name, pullRequest: open?.number ?? null, action: "dry-run" };
  }
  if (open === null) {
    try {
      const created = await attempt(
        `Opening the retraining pull request for ${model.name}`,
        "pull-requests: write",
        () => write(
          sink,
          `open retraining PR for ${model.name}`,
          null,
          () => octokit.rest.pulls.create({ owner, repo, title, body, head: branch, base, maintainer_can_modify: true })
        )
      );
      if (created !== null) {
        const number2 = created.data.number;
        await attempt(`Labelling retraining pull request #${number2}`, "pull-requests: write", () => decorate(sink, model, spec, number2));
        return { model: model.name, pullRequest: created.data.number, action: "opened" };
      }
    } catch (error) {
      const cause = error instanceof Error && error.cause !== void 0 ? error.cause : error;
      if (!(hasStatus(cause, 422) && isHttpError(cause) && /already exists/i.test(cause.message))) throw error;
      sink.log(`retraining ${model.name}: a PR for ${head} already exists (a concurrent run); updating it`);
    }
    open = await findOpenPull(sink, head);
    if (open === null) throw new Error(`GitHub said a pull request for ${head} exists, but none is open`);
  }
  const number = open.number;
  if (open.title !== title || open.body !== body) {
    await attempt(
      `Updating retraining pull request #${number}`,
      "pull-requests: write",
      () => write(sink, `update retraining PR #${number}`, null, () => octokit.rest.pulls.update({ owner, repo, pull_number: number, title, body }))
    );
  }
  return { model: model.name, pullRequest: number, action: "updated" };
}
function failingFor(spec, model) {
  const ids = spec.when.any_failing;
  return model.checks.filter((c) => c.status === "fail" && (ids === "any" || ids.includes(c.id)));
}
async function listOpenRetrainPulls(sink) {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.paginate(sink.octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 });
  const byBranch = /* @__PURE__ */ new Map();
  for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
    const branch = pull.head.ref;
    if (pull.head.label !== `${owner}:${branch}` || modelOfRetrainBranch(branch) === null || byBranch.has(branch)) continue;
    byBranch.set(branch, { number: pull.number, title: pull.title, body: pull.body });
  }
  return byBranch;
}
async function findOpenPull(sink, head) {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.rest.pulls.list({ owner, repo, state: "open", head, per_page: 10 });
  const first = [...pulls.data].sort((a, b) => a.number - b.number)[0];
  return first === void 0 ? null : { number: first.number, title: first.title, body: first.body };
}
async function newestClosedAt(sink, head) {
  const { owner, repo } = sink.run;
  const pulls = await sink.octokit.rest.pulls.list({ owner, repo, state: "closed", head, sort: "updated", direction: "desc", per_page: 20 });
  let newest = null;
  for (const pull of pulls.data) {
    const at = Date.parse(pull.merged_at ?? pull.closed_at ?? "");
    if (Number.isFinite(at) && (newest === null || at > newest)) newest = at;
  }
  return newest === null ? null : new Date(newest);
}
async function readFile(sink, path, ref) {
  const { owner, repo } = sink.run;
  try {
    const response = await sink.octokit.rest.repos.getContent({ owner, repo, path, ref });
    const data = response.data;
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw error;
  }
}
async function decorate(sink, model, spec, number) {
  const { owner, repo } = sink.run;
  const labels = [...new Set(spec.pull_request.labels)];
  if (labels.length > 0) {
    await ensureLabels(sink, labels);
    await write(
      sink,
      `label PR #${number}: ${labels.join(", ")}`,
      null,
      () => sink.octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels })
    );
  }
  const reviewers = [];
  const teams = [];
  for (const owner2 of model.owners) {
    const match = /^@?([A-Za-z0-9-]+)(?:\/([A-Za-z0-9._-]+))?$/.exec(owner2.trim());
    if (match === null) continue;
    if (match[2] !== void 0) teams.push(match[2]);
    else if (match[1] !== void 0) reviewers.push(match[1]);
  }
  if (reviewers.length + teams.length === 0) return;
  try {
    await write(
      sink,
      `request reviews on PR #${number}`,
      null,
      () => sink.octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers, team_reviewers: teams })
    );
  } catch (error) {
    if (!hasStatus(error, 422)) throw error;
    sink.log(`retraining ${model.name}: GitHub refused the reviewers (${isHttpError(error) ? error.message : "unknown"}); owners must be collaborators`);
  }
}
export {
  syncRetraining
};
