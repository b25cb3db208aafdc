import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  error,
  getInput,
  getMultilineInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-ZMBTXUIG.js";
import {
  MAX_SHARDS,
  matrixJson,
  parseShard
} from "./chunks/chunk-HZWVBNBC.js";
import {
  maskOutput,
  printedForms
} from "./chunks/chunk-4TDULAWQ.js";
import {
  exitCodeFor,
  failingModels
} from "./chunks/chunk-QH7HFFFQ.js";
import {
  MIN_SECRET_LENGTH
} from "./chunks/chunk-ICZFUYP7.js";
import "./chunks/chunk-TPAHR6PB.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/action.ts
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var core = { error, getInput, getMultilineInput, info, setFailed, setOutput, setSecret, summary, warning };
var MAX_ANNOTATIONS = 10;
async function run(dependencies = {}) {
  const env = dependencies.env ?? process.env;
  try {
    const uploader = dependencies.uploader !== void 0 ? dependencies.uploader : await defaultUploader(env);
    await main(env, uploader);
  } catch (error2) {
    core.setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}
async function main(env, uploader) {
  const inputs = readInputs();
  core.info(`modelwatch ${"0.1.0"}: ${inputs.mode === "evaluate" ? "evaluating" : inputs.mode === "plan" ? "planning" : "merging the shards of"} ${inputs.policies.join(", ")}`);
  if (inputs.mode === "plan") return planMode(inputs, env);
  if (inputs.mode === "merge") return mergeMode(inputs, env, uploader);
  if (inputs.dryRun) core.info("dry-run: every read is performed, no write; what would be written is printed");
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const github = await connect(inputs, env);
  const [{ evaluate }, { redactPolicy }] = await Promise.all([import("./chunks/run-SAXBL67Q.js"), import("./chunks/redact-P5CSHS3D.js")]);
  const { report, policies: loaded, secrets, records } = await evaluate({
    paths: inputs.policies,
    cwd: workspace,
    root: workspace,
    env,
    log: (line) => core.info(line),
    onSecrets: registerSecrets,
    ...github?.state === void 0 ? {} : { state: github.state, run: runIdentity(github.run, env) },
    ...inputs.shard === null ? {} : { shard: inputs.shard }
  });
  const mask = (text) => maskOutput(text, secrets);
  const policies = new Map([...loaded].map(([file, policy]) => [file, redactPolicy(policy, secrets)]));
  core.info(`modelwatch: ${report.status} (${report.models.length} model(s), ${report.policy_errors.length} policy error(s))${inputs.shard === null ? "" : ` in shard ${inputs.shard.index}/${inputs.shard.count}: ${report.shard?.models.join(", ") || "no model"}`}`);
  const artifact = inputs.shard === null || inputs.artifact === "" ? inputs.artifact : `${inputs.artifact}-shard-${inputs.shard.index}-of-${inputs.shard.count}`;
  const { shardFileStem } = await import("./chunks/shard-files-SO7RSHRR.js");
  const { dir, files } = await writeReport(report, artifact, env, mask, inputs.shard === null ? "modelwatch-report" : shardFileStem("report", inputs.shard));
  core.setOutput("report-path", files.json);
  core.info(`report written to ${files.json}`);
  const uploaded = await uploadReport(uploader, inputs, artifact, dir, [files.json, files.markdown]);
  for (const error2 of report.policy_errors.slice(0, MAX_ANNOTATIONS)) {
    core.error(mask(error2.message), { title: "modelwatch policy error", file: error2.file, startLine: error2.line, startColumn: error2.column });
  }
  if (inputs.summary) {
    if (env["GITHUB_STEP_SUMMARY"]) {
      const { renderSummary } = await import("./chunks/summary-QUAAK77Q.js");
      const markdown = mask(renderSummary(report, { artifactName: artifact || null, annotated: Math.min(MAX_ANNOTATIONS, report.policy_errors.length) }));
      await core.summary.addRaw(markdown).write();
      core.info(`job summary written (${Buffer.byteLength(markdown)} bytes)`);
    } else {
      core.info("job summary skipped: GITHUB_STEP_SUMMARY is not set");
    }
  }
  const failures = [];
  if (report.state?.read === "failed") core.warning(mask(`state: ${report.state.error ?? "unreadable"}; judged without memory, and nothing stored for the models it could not read`), { title: "modelwatch state" });
  if (github?.state !== void 0 && records.length > 0) {
    if (inputs.dryRun) core.info(`[dry-run] would store ${records.length} run record(s) on ${github.state.description}`);
    else {
      try {
        await github.state.append(records);
        core.info(`state: ${records.length} run record(s) stored on ${github.state.description}`);
      } catch (error2) {
        failures.push(mask(`Writing the state (${github.state.description}) failed: ${error2 instanceof Error ? error2.message : String(error2)}`));
      }
    }
  }
  let incidents = [];
  const pullRequests = [];
  if ((inputs.issues || inputs.retrainingPrs) && report.models.length > 0) {
    if (github === null) throw new Error("the github-token input is empty; pass ${{ github.token }} or a token with issues, pull-requests and contents write");
    const { run: run2, octokit } = github;
    const [{ attempt }, { syncIssues }, { syncRetraining }, { createSink }] = await Promise.all([
      import("./chunks/errors-S5GZGWGS.js"),
      import("./chunks/issues-3EC2QB5F.js"),
      import("./chunks/retraining-EUDC4KGU.js"),
      import("./chunks/sink-YZVNP7U4.js")
    ]);
    const sink = createSink(octokit, run2, { dryRun: inputs.dryRun, log: (line) => core.info(line) });
    if (inputs.issues) {
      try {
        incidents = await attempt("Updating incident issues", "issues: write", () => syncIssues(sink, report, policies, { artifactName: uploaded ? artifact : null }));
      } catch (error2) {
        failures.push(error2 instanceof Error ? error2.message : String(error2));
      }
    }
    if (inputs.retrainingPrs) {
      try {
        const outcomes = await attempt("Reading retraining pull requests", "pull-requests: write", () => syncRetraining(sink, report, policies, incidents));
        for (const outcome of outcomes) if (outcome.pullRequest !== null) pullRequests.push(outcome.pullRequest);
      } catch (error2) {
        failures.push(error2 instanceof Error ? error2.message : String(error2));
      }
    }
    const performed = sink.writes.filter((w) => w.performed).length;
    core.info(inputs.dryRun ? `dry-run: ${sink.writes.length} write(s) not performed` : `${performed} write(s) to GitHub`);
  }
  const issueNumbers = incidents.map((i) => i.issue).filter((n) => n !== null);
  if (inputs.shard !== null) await saveShardGitHub(uploader, inputs, inputs.shard, dir, artifact, issueNumbers, pullRequests);
  core.setOutput("status", report.status);
  core.setOutput("failing-models", JSON.stringify(failingModels(report, "fail")));
  core.setOutput("issues", JSON.stringify(issueNumbers));
  core.setOutput("pull-requests", JSON.stringify(pullRequests));
  if (failures.length > 0) {
    for (const failure of failures) core.error(failure);
    core.setFailed(`${failures.length} GitHub step(s) failed; the report is at ${files.json}${artifact ? ` and in the artifact "${artifact}"` : ""}.
${failures.join("\n")}`);
    return;
  }
  finish(report, inputs.failOn);
}
function finish(report, failOn) {
  const code = exitCodeFor(report, failOn);
  if (code === 2) core.setFailed(`${report.policy_errors.length} policy error(s); see the annotations and the job summary`);
  else if (code === 1) core.setFailed(`failing model(s) at fail-on "${failOn}": ${failingModels(report, failOn).join(", ")}`);
}
async function saveShardGitHub(uploader, inputs, shard, dir, artifact, issues, pulls) {
  const { GITHUB_KIND, shardFileStem } = await import("./chunks/shard-files-SO7RSHRR.js");
  const file = join(dir, `${shardFileStem("github", shard)}.json`);
  const content = { kind: GITHUB_KIND, shard: { index: shard.index, count: shard.count }, issues, pull_requests: pulls };
  await writeFile(file, `${JSON.stringify(content, null, 2)}
`);
  core.info(`shard ${shard.index}/${shard.count}: issues and pull requests written to ${file}`);
  if (artifact !== "" && !inputs.dryRun && uploader !== null) {
    try {
      await uploader.upload(`${artifact}-github`, [file], dir);
      core.info(`uploaded as artifact "${artifact}-github"`);
    } catch (error2) {
      core.warning(`artifact "${artifact}-github" not uploaded: ${error2 instanceof Error ? error2.message : String(error2)}; the merge's issues and pull-requests outputs will miss this shard's`);
    }
  }
}
async function planMode(inputs, env) {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const [{ loadPolicies }, { planningEnv, planPolicies }] = await Promise.all([import("./chunks/run-SAXBL67Q.js"), import("./chunks/fleet-KIKFQ3V3.js")]);
  const { policies, errors, secrets } = await loadPolicies(inputs.policies, { cwd: workspace, root: workspace, env: planningEnv(env) });
  registerSecrets(secrets);
  for (const error2 of errors.slice(0, MAX_ANNOTATIONS)) core.warning(maskOutput(error2.message, secrets), { title: "modelwatch policy error (left out of the plan)", file: error2.file, startLine: error2.line, startColumn: error2.column });
  const plan = await planPolicies(policies, inputs.shards);
  for (const shard of plan.shards) core.info(maskOutput(`shard ${shard.index}/${plan.count}: ${shard.models.length} model(s), ${Math.round(shard.bytes)} planned bytes: ${shard.models.join(", ") || "\u2014"}`, secrets));
  core.setOutput("matrix", maskOutput(matrixJson(plan), secrets));
  core.setOutput("shard-count", String(plan.count));
}
async function mergeMode(inputs, env, uploader) {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const reportsInput = core.getMultilineInput("reports").flatMap((l) => l.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  const reports = (reportsInput.length > 0 ? reportsInput : ["modelwatch-shards"]).map((p) => resolve(workspace, p));
  const expectText = core.getInput("expect-shards").trim();
  const expectShards = expectText === "" ? void 0 : Number(expectText);
  if (expectShards !== void 0 && !(Number.isInteger(expectShards) && expectShards >= 1 && expectShards <= MAX_SHARDS)) throw new Error(`input "expect-shards" must be a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(expectText)}`);
  const { mergeFleet } = await import("./chunks/shard-files-SO7RSHRR.js");
  const { report, github, secrets } = await mergeFleet({ reports, policies: inputs.policies, cwd: workspace, root: workspace, env, log: (line) => core.info(line), ...expectShards === void 0 ? {} : { expectShards } });
  registerSecrets(secrets);
  const mask = (text) => maskOutput(text, secrets);
  core.info(`modelwatch: ${report.status} (${report.models.length} model(s) from ${report.shards?.reported.length ?? 0} of ${report.shards?.count ?? 0} shard(s))`);
  for (const index of report.shards?.missing ?? []) core.error(`shard ${index}/${report.shards?.count ?? "?"} failed or never uploaded its report; its models are error in the merged report`, { title: "modelwatch shard missing" });
  const { dir, files } = await writeReport(report, inputs.artifact, env, mask, "modelwatch-report");
  core.setOutput("report-path", files.json);
  core.info(`report written to ${files.json}`);
  await uploadReport(uploader, inputs, inputs.artifact, dir, [files.json, files.markdown]);
  for (const error2 of report.policy_errors.slice(0, MAX_ANNOTATIONS)) core.error(mask(error2.message), { title: "modelwatch policy error", file: error2.file, startLine: error2.line, startColumn: error2.column });
  if (inputs.summary && env["GITHUB_STEP_SUMMARY"]) {
    const { renderSummary } = await import("./chunks/summary-QUAAK77Q.js");
    const markdown = mask(renderSummary(report, { artifactName: inputs.artifact || null, annotated: Math.min(MAX_ANNOTATIONS, report.policy_errors.length) }));
    await core.summary.addRaw(markdown).write();
    core.info(`job summary written (${Buffer.byteLength(markdown)} bytes)`);
  }
  const seen = new Set(github.map((g) => g.shard.index));
  const without = (report.shards?.reported ?? []).filter((i) => !seen.has(i));
  if (without.length > 0) core.warning(`shard(s) ${without.join(", ")} left no issues and pull requests file; the issues and pull-requests outputs miss theirs`);
  const sorted = (numbers) => [...new Set(numbers)].sort((a, b) => a - b);
  core.setOutput("status", report.status);
  core.setOutput("failing-models", JSON.stringify(failingModels(report, "fail")));
  core.setOutput("issues", JSON.stringify(sorted(github.flatMap((g) => g.issues))));
  core.setOutput("pull-requests", JSON.stringify(sorted(github.flatMap((g) => g.pull_requests))));
  finish(report, inputs.failOn);
}
async function defaultUploader(env) {
  const { ActionsArtifactUploader, artifactServiceAvailable } = await import("./chunks/artifact-JJN5YG4D.js");
  return artifactServiceAvailable(env) ? new ActionsArtifactUploader() : null;
}
async function connect(inputs, env) {
  if (inputs.token === "") {
    if (inputs.stateBranch !== "") core.warning("the github-token input is empty: no state is read or stored (state-branch needs a token with contents write)");
    return null;
  }
  const [{ readRunContext }, { createClient }, { BranchStore }] = await Promise.all([import("./chunks/context-QBEAGEZE.js"), import("./chunks/client-7BK7GCRM.js"), import("./chunks/branch-store-3EUNNOZB.js")]);
  const run2 = readRunContext(env);
  const octokit = createClient(inputs.token, { baseUrl: run2.apiUrl, log: (line) => core.info(line) });
  if (inputs.stateBranch === "") return { run: run2, octokit };
  return { run: run2, octokit, state: new BranchStore(octokit, { owner: run2.owner, repo: run2.repo, branch: inputs.stateBranch, runUrl: run2.runUrl, log: (line) => core.info(line) }) };
}
function runIdentity(run2, env) {
  const attempt = Number(env["GITHUB_RUN_ATTEMPT"] ?? "");
  return { id: run2.runId ?? `local-${(/* @__PURE__ */ new Date()).toISOString()}`, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null, url: run2.runUrl };
}
function booleanInput(name, fallback) {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (["true", "yes", "on", "1"].includes(raw)) return true;
  if (["false", "no", "off", "0"].includes(raw)) return false;
  throw new Error(`input "${name}" must be true or false, got ${JSON.stringify(raw)}`);
}
function readInputs() {
  const policies = core.getMultilineInput("policies").flatMap((line) => line.split(",")).map((p) => p.trim()).filter((p) => p !== "");
  const failOn = core.getInput("fail-on").trim() || "fail";
  if (failOn !== "fail" && failOn !== "warn" && failOn !== "never") throw new Error(`input "fail-on" must be fail, warn or never, got ${JSON.stringify(failOn)}`);
  const token = core.getInput("github-token");
  if (token !== "") core.setSecret(token);
  const mode = core.getInput("mode").trim() || "evaluate";
  if (mode !== "evaluate" && mode !== "plan" && mode !== "merge") throw new Error(`input "mode" must be evaluate, plan or merge, got ${JSON.stringify(mode)}`);
  const shardText = core.getInput("shard").trim();
  let shard = null;
  if (shardText !== "") {
    if (mode !== "evaluate") throw new Error(`input "shard" is for mode evaluate; mode ${mode} takes the whole fleet`);
    try {
      shard = parseShard(shardText);
    } catch (error2) {
      throw new Error(`input "shard": ${error2 instanceof Error ? error2.message : String(error2)}`, { cause: error2 });
    }
  }
  const shardsText = core.getInput("shards").trim() || "auto";
  const shards = shardsText === "auto" ? "auto" : Number(shardsText);
  if (shards !== "auto" && !(Number.isInteger(shards) && shards >= 1 && shards <= MAX_SHARDS)) throw new Error(`input "shards" must be auto or a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(shardsText)}`);
  return {
    mode,
    shard,
    shards,
    policies: policies.length > 0 ? policies : ["monitors/**/*.yaml", "monitors/**/*.yml"],
    token,
    issues: booleanInput("issues", true),
    retrainingPrs: booleanInput("retraining-prs", true),
    failOn,
    dryRun: booleanInput("dry-run", false),
    artifact: core.getInput("report-artifact").trim(),
    summary: booleanInput("summary", true),
    stateBranch: core.getInput("state-branch").trim()
  };
}
function registerSecrets(secrets) {
  const forms = new Set(secrets.flatMap((secret) => printedForms(secret)).flatMap((form) => [form, ...form.split(/\r?\n/)]));
  for (const form of forms) if (form.trim().length >= MIN_SECRET_LENGTH) core.setSecret(form);
}
async function writeReport(report, artifact, env, mask, stem) {
  const dir = join(env["RUNNER_TEMP"] || tmpdir(), `modelwatch-${env["GITHUB_RUN_ID"] || process.pid}-${env["GITHUB_RUN_ATTEMPT"] || "1"}`);
  await mkdir(dir, { recursive: true });
  const [{ renderJson }, { renderSummary }] = await Promise.all([import("./chunks/json-ZZJP2LGB.js"), import("./chunks/summary-QUAAK77Q.js")]);
  const files = { json: join(dir, `${stem}.json`), markdown: join(dir, `${stem}.md`) };
  await writeFile(files.json, mask(renderJson(report)));
  await writeFile(files.markdown, mask(renderSummary(report, { limitBytes: Number.MAX_SAFE_INTEGER, artifactName: artifact || null })));
  return { dir, files };
}
async function uploadReport(uploader, inputs, artifact, dir, files) {
  if (artifact === "") {
    core.info("report artifact disabled (report-artifact is empty)");
    return false;
  }
  if (inputs.dryRun) {
    core.info(`[dry-run] would upload the report as artifact "${artifact}"`);
    return true;
  }
  if (uploader === null) {
    core.warning("report artifact not uploaded: the artifact service is not available (ACTIONS_RUNTIME_TOKEN is unset outside a runner)");
    return false;
  }
  try {
    const { id } = await uploader.upload(artifact, files, dir);
    core.info(`report uploaded as artifact "${artifact}"${id === null ? "" : ` (id ${id})`}`);
    return true;
  } catch (error2) {
    core.warning(`report artifact upload failed: ${error2 instanceof Error ? error2.message : String(error2)}`);
    return false;
  }
}

// src/index.ts
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.once(signal, () => process.exit(code));
}
void run();
