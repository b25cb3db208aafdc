import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  write
} from "./chunk-GCNGDRPN.js";
import {
  issueTitle,
  renderIssueBody
} from "./chunk-5IPQZ3EY.js";
import {
  hasStatus
} from "./chunk-IUO4VOPN.js";
import {
  code,
  link
} from "./chunk-LVWLLQQY.js";
import {
  checkValue,
  statusLabel,
  statusSymbol
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown
} from "./chunk-TPAHR6PB.js";

// src/github/incident.ts
function incidentAction(status) {
  switch (status) {
    case "fail":
    case "error":
      return "open";
    case "pass":
    case "silenced":
    case "inhibited":
    case "skipped":
      return "close";
    case "warn":
    case "pending":
    case "no_data":
      return "hold";
  }
}
function modelIncidentAction(model) {
  if (!model.checks.some((c) => c.alert !== void 0)) return incidentAction(model.status);
  if (model.error !== null) return "open";
  const hidden = (c) => c.status === "silenced" || c.status === "inhibited";
  if (model.checks.some((c) => c.alert?.state === "firing" && !hidden(c))) return "open";
  if (model.checks.some((c) => c.status === "warn" || c.status === "pending" || c.status === "no_data")) return "hold";
  return "close";
}
function markerFor(model) {
  return `<!-- modelwatch:incident model=${encodeURIComponent(model)} -->`;
}
var MARKER = /^<!-- modelwatch:incident model=([^\s>]*) -->/;
var STATE = /<!-- modelwatch:state ([A-Za-z0-9_-]+) -->\s*$/;
function incidentModel(body) {
  const match = MARKER.exec(body ?? "");
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1] ?? "");
  } catch {
    return null;
  }
}
function readState(body) {
  const match = STATE.exec(body ?? "");
  if (match === null) return null;
  try {
    const parsed = JSON.parse(Buffer.from(match[1] ?? "", "base64url").toString("utf8"));
    return isState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
function isState(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return v["v"] === 1 && typeof v["model"] === "string" && typeof v["opened_at"] === "string" && typeof v["checks"] === "object" && v["checks"] !== null;
}
function stateComment(state) {
  return `<!-- modelwatch:state ${Buffer.from(JSON.stringify(state), "utf8").toString("base64url")} -->`;
}
function composeBody(model, visible, state) {
  return `${markerFor(model)}
${visible.trimEnd()}

${stateComment(state)}
`;
}
function reserveFor(model, state) {
  return markerFor(model).length + stateComment(state).length + 8;
}
var FAILING = /* @__PURE__ */ new Set(["fail", "error"]);
function transition(previous, model, now) {
  const checks = {};
  const started = [];
  for (const check of model.checks) {
    const before = previous?.checks[check.id];
    checks[check.id] = before !== void 0 && before.status === check.status ? before : { status: check.status, since: now };
    const wasFailing = before !== void 0 && FAILING.has(before.status);
    if (previous !== null && FAILING.has(check.status) && !wasFailing) started.push(check);
    else if (previous !== null && check.status === "fail" && before?.status === "error") started.push(check);
  }
  return { started, checks };
}
function sinceMap(checks) {
  return Object.fromEntries(Object.entries(checks).map(([id, m]) => [id, m.since]));
}

// src/github/labels.ts
var COLOURS = { modelwatch: "5319e7", retrain: "fbca04" };
var DEFAULT_COLOUR = "c5def5";
async function ensureLabels(sink, names) {
  const { owner, repo } = sink.run;
  for (const name of names) {
    if (sink.knownLabels.has(name)) continue;
    try {
      await sink.octokit.rest.issues.getLabel({ owner, repo, name });
      sink.knownLabels.add(name);
      continue;
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
    try {
      await write(
        sink,
        `create label "${name}"`,
        null,
        () => sink.octokit.rest.issues.createLabel({
          owner,
          repo,
          name,
          color: COLOURS[name] ?? DEFAULT_COLOUR,
          description: "Managed by modelwatch"
        })
      );
    } catch (error) {
      if (!hasStatus(error, 422)) throw error;
    }
    sink.knownLabels.add(name);
  }
}

// src/github/retrain-condition.ts
function retrainConditionHolds(spec, model) {
  const ids = spec.when.any_failing;
  return model.checks.some((c) => c.status === "fail" && (ids === "any" || ids.includes(c.id)));
}
function nextStreak(spec, previous, holds, now) {
  if (!holds) return null;
  const cap = spec.when.for.kind === "runs" ? Math.max(1, spec.when.for.runs) : 1;
  if (previous === null) return { runs: 1, since: now };
  return { runs: Math.min(cap, previous.runs + 1), since: previous.since };
}
function retrainDue(spec, streak, now) {
  if (streak === null) return false;
  const needed = spec.when.for;
  if (needed.kind === "runs") return streak.runs >= needed.runs;
  return now.getTime() - Date.parse(streak.since) >= needed.ms;
}

// src/github/issues.ts
var INCIDENT_LABEL = "modelwatch";
async function listIncidents(sink) {
  const { owner, repo } = sink.run;
  const items = await sink.octokit.paginate(sink.octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    labels: INCIDENT_LABEL,
    per_page: 100
  });
  const byModel = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (item.pull_request !== void 0 && item.pull_request !== null) continue;
    const model = incidentModel(item.body);
    if (model === null) continue;
    const list = byModel.get(model) ?? [];
    list.push({ number: item.number, title: item.title, body: item.body ?? "" });
    byModel.set(model, list);
  }
  for (const list of byModel.values()) list.sort((a, b) => a.number - b.number);
  return byModel;
}
function runLink(sink) {
  const { runId, runUrl } = sink.run;
  return runId === null || runUrl === null ? null : { id: runId, url: runUrl };
}
function runbookUrl(sink, runbook) {
  if (runbook === null) return null;
  if (/^https?:\/\//i.test(runbook)) return runbook;
  const { serverUrl, owner, repo, sha } = sink.run;
  return `${serverUrl}/${owner}/${repo}/blob/${sha ?? "HEAD"}/${runbook.replace(/^\.?\//, "")}`;
}
async function syncIssues(sink, report, policies, options = {}) {
  const models = report.models.filter((m) => policies.get(m.policy)?.alerting.issue.enabled ?? true);
  if (models.length === 0) return [];
  sink.log(`issues: listing open incidents (label ${INCIDENT_LABEL})`);
  const incidents = await listIncidents(sink);
  const outcomes = [];
  for (const model of models) {
    outcomes.push(await syncModel(sink, report, model, policies.get(model.policy) ?? null, incidents.get(model.name) ?? [], options));
  }
  return outcomes;
}
async function syncModel(sink, report, model, policy, open, options) {
  const { owner, repo } = sink.run;
  const action = modelIncidentAction(model);
  const [current, ...duplicates] = open;
  if (current !== void 0) for (const duplicate of duplicates) await closeDuplicate(sink, duplicate.number, current.number);
  if (current === void 0) {
    if (action !== "open") return { model: model.name, issue: null, state: null };
    const { body: body2, state: state2 } = render(sink, report, model, policy, null, null, options);
    const labels = [.../* @__PURE__ */ new Set([INCIDENT_LABEL, ...policy?.alerting.issue.labels ?? []])];
    await ensureLabels(sink, labels);
    const created = await write(
      sink,
      `open issue for ${model.name}`,
      body2,
      () => sink.octokit.rest.issues.create({ owner, repo, title: issueTitle(model), body: body2, labels })
    );
    if (created === null) return { model: model.name, issue: null, state: state2 };
    const survivor = await dedupAfterCreate(sink, model.name, created.data.number);
    return { model: model.name, issue: survivor, state: state2 };
  }
  const previous = readState(current.body);
  if (action === "close") {
    const comment = `${statusSymbol(model.status)} **${escapeMarkdown(model.name)} is healthy again** (status: ${statusLabel(model.status)})${runSuffix(sink)}. Closing this incident.`;
    await write(
      sink,
      `comment on #${current.number} (${model.name} recovered)`,
      comment,
      () => sink.octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: comment })
    );
    await write(
      sink,
      `close #${current.number}`,
      null,
      () => sink.octokit.rest.issues.update({ owner, repo, issue_number: current.number, state: "closed", state_reason: "completed" })
    );
    return { model: model.name, issue: null, state: null };
  }
  const { body, state, started } = render(sink, report, model, policy, previous, current.body, options);
  const title = issueTitle(model);
  if (body !== current.body || title !== current.title) {
    await write(
      sink,
      `update issue #${current.number} (${model.name})`,
      body,
      () => sink.octokit.rest.issues.update({ owner, repo, issue_number: current.number, title, body })
    );
  } else {
    sink.log(`issue #${current.number} (${model.name}) is up to date`);
  }
  if (started.length > 0) {
    const lines = started.map((c) => `- ${statusSymbol(c.status)} ${code(c.id)} is now **${statusLabel(c.status)}**: ${checkValue(c)} \u2014 ${escapeMarkdown(c.message)}`);
    const comment = `New failing check(s) for ${escapeMarkdown(model.name)}${runSuffix(sink)}:

${lines.join("\n")}`;
    await write(
      sink,
      `comment on #${current.number} (${started.length} check(s) started failing)`,
      comment,
      () => sink.octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: comment })
    );
  }
  return { model: model.name, issue: current.number, state };
}
function runSuffix(sink) {
  const run = runLink(sink);
  return run === null ? "" : ` in ${link(`run ${run.id}`, run.url)}`;
}
function render(sink, report, model, policy, previous, currentBody, options) {
  const now = report.generated_at;
  const run = runLink(sink);
  const { checks, started } = transition(previous, model, now);
  const retraining = policy?.retraining;
  const retrain = retraining === void 0 ? null : nextStreak(retraining, previous?.retrain ?? null, retrainConditionHolds(retraining, model), now);
  const base = {
    v: 1,
    model: model.name,
    opened_at: previous?.opened_at ?? now,
    first_run: previous === null ? run : previous.first_run,
    checks,
    retrain
  };
  const visibleWith = (latest, state2) => renderIssueBody({
    model,
    since: sinceMap(checks),
    openedAt: base.opened_at,
    firstRun: base.first_run,
    latestRun: latest,
    runbookUrl: runbookUrl(sink, model.runbook),
    reserve: reserveFor(model.name, state2),
    generatedAt: now,
    artifactName: options.artifactName ?? null
  });
  if (previous !== null && currentBody !== null) {
    const kept = { ...base, latest_run: previous.latest_run };
    const body = composeBody(model.name, visibleWith(previous.latest_run, kept), kept);
    if (visibleOf(body) === visibleOf(currentBody)) return { body, state: kept, started };
  }
  const state = { ...base, latest_run: run };
  return { body: composeBody(model.name, visibleWith(run, state), state), state, started };
}
function visibleOf(body) {
  return body.replace(/^<!-- modelwatch:incident [^\n]*\n/, "").replace(/\n*<!-- modelwatch:state [A-Za-z0-9_-]+ -->\s*$/, "").trimEnd();
}
async function dedupAfterCreate(sink, model, mine) {
  const again = (await listIncidents(sink)).get(model) ?? [];
  const survivor = again[0]?.number ?? mine;
  if (survivor !== mine) {
    sink.log(`issues: a concurrent run opened #${survivor} for ${model} first; closing #${mine} as its duplicate`);
    await closeDuplicate(sink, mine, survivor);
  }
  return survivor;
}
async function closeDuplicate(sink, duplicate, survivor) {
  const { owner, repo } = sink.run;
  const comment = `Duplicate of #${survivor}: modelwatch keeps one open incident per model.`;
  await write(sink, `close #${duplicate} as duplicate of #${survivor}`, comment, async () => {
    await sink.octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate, body: comment });
    return sink.octokit.rest.issues.update({ owner, repo, issue_number: duplicate, state: "closed", state_reason: "duplicate" });
  });
}

export {
  modelIncidentAction,
  ensureLabels,
  retrainConditionHolds,
  nextStreak,
  retrainDue,
  INCIDENT_LABEL,
  listIncidents,
  runLink,
  runbookUrl,
  syncIssues,
  visibleOf
};
