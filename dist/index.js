import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  maskOutput,
  printedForms
} from "./chunks/chunk-4TDULAWQ.js";
import {
  exitCodeFor,
  failingModels
} from "./chunks/chunk-QH7HFFFQ.js";
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
  MIN_SECRET_LENGTH
} from "./chunks/chunk-ICZFUYP7.js";
import "./chunks/chunk-TPAHR6PB.js";
import "./chunks/chunk-FQDB3IQE.js";

// src/action.ts
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  core.info(`modelwatch ${"0.1.0"}: evaluating ${inputs.policies.join(", ")}`);
  if (inputs.dryRun) core.info("dry-run: every read is performed, no write; what would be written is printed");
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const github = await connect(inputs, env);
  const [{ evaluate }, { redactPolicy }] = await Promise.all([import("./chunks/run-JHYGCI43.js"), import("./chunks/redact-P5CSHS3D.js")]);
  const { report, policies: loaded, secrets, records } = await evaluate({
    paths: inputs.policies,
    cwd: workspace,
    root: workspace,
    env,
    log: (line) => core.info(line),
    onSecrets: registerSecrets,
    ...github?.state === void 0 ? {} : { state: github.state, run: runIdentity(github.run, env) }
  });
  const mask = (text) => maskOutput(text, secrets);
  const policies = new Map([...loaded].map(([file, policy]) => [file, redactPolicy(policy, secrets)]));
  core.info(`modelwatch: ${report.status} (${report.models.length} model(s), ${report.policy_errors.length} policy error(s))`);
  const { dir, files } = await writeReport(report, inputs.artifact, env, mask);
  core.setOutput("report-path", files.json);
  core.info(`report written to ${files.json}`);
  const uploaded = await uploadReport(uploader, inputs, dir, [files.json, files.markdown]);
  for (const error2 of report.policy_errors.slice(0, MAX_ANNOTATIONS)) {
    core.error(mask(error2.message), { title: "modelwatch policy error", file: error2.file, startLine: error2.line, startColumn: error2.column });
  }
  if (inputs.summary) {
    if (env["GITHUB_STEP_SUMMARY"]) {
      const { renderSummary } = await import("./chunks/summary-A7FZCVM6.js");
      const markdown = mask(renderSummary(report, { artifactName: inputs.artifact || null, annotated: Math.min(MAX_ANNOTATIONS, report.policy_errors.length) }));
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
      import("./chunks/issues-677SX3FS.js"),
      import("./chunks/retraining-EMJCUJ2G.js"),
      import("./chunks/sink-YZVNP7U4.js")
    ]);
    const sink = createSink(octokit, run2, { dryRun: inputs.dryRun, log: (line) => core.info(line) });
    if (inputs.issues) {
      try {
        incidents = await attempt("Updating incident issues", "issues: write", () => syncIssues(sink, report, policies, { artifactName: uploaded ? inputs.artifact : null }));
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
  core.setOutput("status", report.status);
  core.setOutput("failing-models", JSON.stringify(failingModels(report, "fail")));
  core.setOutput("issues", JSON.stringify(incidents.map((i) => i.issue).filter((n) => n !== null)));
  core.setOutput("pull-requests", JSON.stringify(pullRequests));
  if (failures.length > 0) {
    for (const failure of failures) core.error(failure);
    core.setFailed(`${failures.length} GitHub step(s) failed; the report is at ${files.json}${inputs.artifact ? ` and in the artifact "${inputs.artifact}"` : ""}.
${failures.join("\n")}`);
    return;
  }
  const code = exitCodeFor(report, inputs.failOn);
  if (code === 2) core.setFailed(`${report.policy_errors.length} policy error(s); see the annotations and the job summary`);
  else if (code === 1) core.setFailed(`failing model(s) at fail-on "${inputs.failOn}": ${failingModels(report, inputs.failOn).join(", ")}`);
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
  return {
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
async function writeReport(report, artifact, env, mask) {
  const dir = join(env["RUNNER_TEMP"] || tmpdir(), `modelwatch-${env["GITHUB_RUN_ID"] || process.pid}-${env["GITHUB_RUN_ATTEMPT"] || "1"}`);
  await mkdir(dir, { recursive: true });
  const [{ renderJson }, { renderSummary }] = await Promise.all([import("./chunks/json-ZZJP2LGB.js"), import("./chunks/summary-A7FZCVM6.js")]);
  const files = { json: join(dir, "modelwatch-report.json"), markdown: join(dir, "modelwatch-report.md") };
  await writeFile(files.json, mask(renderJson(report)));
  await writeFile(files.markdown, mask(renderSummary(report, { limitBytes: Number.MAX_SAFE_INTEGER, artifactName: artifact || null })));
  return { dir, files };
}
async function uploadReport(uploader, inputs, dir, files) {
  if (inputs.artifact === "") {
    core.info("report artifact disabled (report-artifact is empty)");
    return false;
  }
  if (inputs.dryRun) {
    core.info(`[dry-run] would upload the report as artifact "${inputs.artifact}"`);
    return true;
  }
  if (uploader === null) {
    core.warning("report artifact not uploaded: the artifact service is not available (ACTIONS_RUNTIME_TOKEN is unset outside a runner)");
    return false;
  }
  try {
    const { id } = await uploader.upload(inputs.artifact, files, dir);
    core.info(`report uploaded as artifact "${inputs.artifact}"${id === null ? "" : ` (id ${id})`}`);
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
