#!/usr/bin/env node
import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import "./chunks/chunk-FQDB3IQE.js";

// src/cli.ts
import { stat as stat2 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/cli-output.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var OutputError = class extends Error {
  code = "cli/output";
};
function writeProblem(cause) {
  const code = cause?.code;
  switch (code) {
    case "EISDIR":
      return "it is a folder";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is exhausted";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOTDIR":
    case "EEXIST":
      return "part of the path is a file, not a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EIO":
      return "the device reported an input/output error";
    case "EPIPE":
      return "the reader closed the pipe";
    default: {
      const text = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
      return typeof code === "string" ? `${code}: ${text}` : text ?? "unknown error";
    }
  }
}
async function checkOutputPath(file) {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`cannot write the report to ${file}: it is a folder`);
  const parent = await nearestExisting(dirname(file));
  if (parent !== null && !parent.isDirectory) throw new OutputError(`cannot write the report to ${file}: ${parent.path} is a file, not a folder`);
}
async function nearestExisting(folder) {
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info !== null) return { path: at, isDirectory: info.isDirectory() };
    if (dirname(at) === at) return null;
  }
}
async function writeOutputFile(file, text) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (cause) {
    throw new OutputError(`cannot write the report to ${file}: ${writeProblem(cause)}`);
  }
}
function guardStandardStreams(onFailure) {
  let reported = false;
  process.stdout.on("error", (cause) => {
    if (cause.code === "EPIPE" || reported) return;
    reported = true;
    onFailure(`cannot write to standard output: ${writeProblem(cause)}`);
  });
  process.stderr.on("error", () => {
  });
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown", "html"];
var MAIN_HELP = `modelwatch ${"0.1.0"} \u2014 monitoring-as-code for deployed ML models

Usage:
  modelwatch check [PATHS...] [options]     evaluate policies and report
  modelwatch validate [PATHS...] [options]  check policy files for mistakes
  modelwatch init DATA [options]            scaffold a policy from a reference data file
  modelwatch history MODEL [options]        what the state store remembers of a model's runs
  modelwatch plan [PATHS...] [options]      split the fleet into shards (a workflow matrix)
  modelwatch merge REPORTS... [options]     join the shards' reports into one fleet report
  modelwatch profile POLICY [options]       write the aggregates a model's checks need (no rows)
  modelwatch help [COMMAND]                 this text, or a command's options
  modelwatch --version

PATHS are policy files, folders (searched for *.yaml and *.yml) or globs; default: monitors/.
Run 'modelwatch help <command>' (or 'modelwatch <command> --help') for a command's options.`;
var CHECK_HELP = `Usage: modelwatch check [PATHS...] [options]

Evaluate every check of every policy under PATHS and report.

Options:
  -f, --format FORMAT   text (default), json, markdown or html
  -o, --out FILE        write the report in FORMAT to FILE; the terminal still gets the text report
      --fail-on LEVEL   exit 1 when a model is at LEVEL or worse: fail (default), warn, never.
                        A check that could not run (error) counts as failing.
      --now INSTANT     the run's clock as an ISO 8601 instant (windows, freshness, silences)
      --root FOLDER     data files must lie inside FOLDER (default: the repository holding
                        each policy, found by its .git, else the working directory)
      --state FOLDER    remember runs in FOLDER (created if needed): the alert lifecycle
                        (for, keep_firing_for), vs: previous and vs: history thresholds,
                        forecasts and history charts need it; without it nothing is remembered
      --run-id ID       this run's id in the state (default: local-<the run's clock>); a run
                        stored again under the same id replaces its earlier record
      --shard I/N       evaluate only shard I of N of the fleet plan ('modelwatch plan'),
                        recomputed from the policies; the report names the shard and its models
  -w, --wide            on a terminal, print whole messages rather than fit its width
                        (output that is not a terminal always gets whole messages)
      --color / --no-color   force colours on or off (default: on for a terminal; FORCE_COLOR
                        turns them on, FORCE_COLOR=0 and NO_COLOR off)
  -q, --quiet           print nothing but errors
  -h, --help            show this help

Exit codes: 0 nothing fails, 1 something fails, 2 usage or policy errors, or the state
could not be written (the report was).`;
var VALIDATE_HELP = `Usage: modelwatch validate [PATHS...] [options]

Check policy files against the schema and the rules of the policy language.

Options:
  -f, --format FORMAT   text (default): every problem on stderr as file:line:column: message,
                        then a count on stdout; json: one document on stdout,
                        { "valid": N, "problems": [{ file, line, column, code, message }] }
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -q, --quiet           print only the problems (text): no count line
  -h, --help            show this help

Exit codes: 0 no problem, 1 any problem, 2 usage errors.`;
var INIT_HELP = `Usage: modelwatch init DATA [options]

Write a policy for the model whose reference data is DATA (.csv, .jsonl, .parquet, optionally .gz):
column roles inferred from the data and their names, and drift, data quality and performance
checks whose thresholds come from how much the reference varies between random halves of
itself, so the policy passes on its own reference. Review it before relying on it.

Options:
      --target COL      the label column (default: one named label, target, y, class, outcome)
      --prediction COL  the model's predicted label (default: pred, prediction, predicted, y_pred)
      --score COL       the model's score or probability (default: score, proba, probability)
      --timestamp COL   the prediction time (default: the one column of ISO 8601 date-times)
      --id COL          the request id (default: a column named id, uuid, *_id unique per row)
      --task TASK       binary_classification, multiclass_classification or regression
                        (default: inferred from the target)
      --name NAME       the model's name (default: from DATA's name, or its folder's)
      --current FILE    the current data file the policy reads (default: DATA)
  -o, --out FILE        write the policy to FILE (paths in it are relative to FILE's folder);
                        default: print it (paths relative to the working directory)
      --force           with --out, replace an existing file
  -h, --help            show this help

Columns named like personal data (email, phone, name, address, ssn, ...) go to columns.pii
and are never read. Exit codes: 0 written, 2 usage or data errors.`;
var HISTORY_HELP = `Usage: modelwatch history MODEL [options]

Print what the state store remembers of MODEL's runs, oldest first: each run's time, id,
status, and each check's status, value and alert (pending, firing, resolved). The audit trail:
with --format json, every stored record as written (policy blob SHA, data window, rows,
source fingerprints, thresholds), and the daily summaries of older runs.

Options:
      --state FOLDER    the state folder (default: .modelwatch/state)
  -c, --check ID        only this check's column
  -n, --runs N          only the last N runs (default: all kept)
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help

Exit codes: 0 printed, 1 nothing stored for MODEL, 2 usage errors or an unreadable state.`;
var PLAN_HELP = `Usage: modelwatch plan [PATHS...] [options]

Split the fleet under PATHS into shards, balanced by the bytes of each model's data (a source that
is not a file counts as 16 MiB) and stable across runs: a model changes shard only when the fleet
or the shard count does (docs/github.md#fleets-over-a-matrix).

Options:
      --shards N|auto   the shard count (default auto: at most 25 models and 256 MiB per shard,
                        at most 20 shards, never more than the models)
  -f, --format FORMAT   json (default): one line for a workflow's strategy.matrix,
                        {"shard":["1/3","2/3","3/3"],"include":[{"shard":"1/3","models":"\u2026"},\u2026]};
                        text: each shard's models and bytes
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -h, --help            show this help

Exit codes: 0 planned, 2 usage or policy errors (the plan of the policies that loaded is printed).`;
var MERGE_HELP = `Usage: modelwatch merge REPORTS... [options]

Join the JSON reports of a fleet's shards ('modelwatch check --shard I/N --format json') into one
fleet report, in policy order. REPORTS are files or folders (their *.json files). The plan is
recomputed from the policies, so a shard that failed or never reported has its models named,
each with status error (code model/shard-missing).

Options:
      --policies PATH   the fleet's policies, as for check (repeatable; default: monitors/)
      --expect-shards N the shard count (default: the count the reports give; needed when none
                        reported)
  -f, --format FORMAT   text (default), json, markdown or html
  -o, --out FILE        write the report in FORMAT to FILE; the terminal still gets the text report
      --fail-on LEVEL   exit 1 when a model is at LEVEL or worse: fail (default), warn, never
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -q, --quiet           print nothing but errors
  -h, --help            show this help

Exit codes: 0 nothing fails, 1 something fails (a missing shard's models are errors), 2 usage
or policy errors.`;
var PROFILE_HELP = `Usage: modelwatch profile POLICY [options]
       modelwatch profile merge PROFILES... --out FILE [options]

Write a profile of the model's data: the aggregates its checks need and no row (bin edges and
counts, buckets of values, category counts, missing counts, the joint counts of target,
prediction, scores and groups; schema/profile.v1.schema.json). Commit a reference profile beside
the policy and read it with data.reference: { profile: FILE }, so that training data need not
be copied to the runner. The same data gives the same bytes. 'merge' adds profiles of the same
model up (daily into weekly); see docs/statistics.md#profiles for what is exact and what is
bounded.

Options:
  -o, --out FILE        where to write the profile (default: standard output)
      --force           with --out, replace an existing file
      --side SIDE       reference (default) or current: the current data, cut to the window
                        ending --now and bucketed against the reference's bin edges
      --now TIME        the run's clock for the current window (ISO 8601; default: now)
      --bits N          mantissa bits of the numeric buckets, 0 to 20 (default 6: a bucket is
                        under 1.6 % of its values wide; a bucket of one distinct value is exact)
      --top K           categories kept per column (default 1000; the rest are counted as other)
      --joint-limit N   joint combinations kept before scores are rounded to 0.001 (default 10000)
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -q, --quiet           print nothing but errors
  -h, --help            show this help

Exit codes: 0 written, 2 usage, policy or data errors.`;
var PROFILE_OPTIONS = {
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  side: { type: "string" },
  now: { type: "string" },
  bits: { type: "string" },
  top: { type: "string" },
  "joint-limit": { type: "string" },
  root: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var PLAN_OPTIONS = {
  shards: { type: "string" },
  format: { type: "string", short: "f" },
  root: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var MERGE_OPTIONS = {
  policies: { type: "string", multiple: true },
  "expect-shards": { type: "string" },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  root: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var HISTORY_OPTIONS = {
  state: { type: "string" },
  check: { type: "string", short: "c" },
  runs: { type: "string", short: "n" },
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends Error {
  /** The command whose usage was wrong, so the hint points at its own help. */
  constructor(message, command) {
    super(message);
    this.command = command;
  }
  command;
};
var CHECK_OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  now: { type: "string" },
  root: { type: "string" },
  state: { type: "string" },
  "run-id": { type: "string" },
  shard: { type: "string" },
  wide: { type: "boolean", short: "w" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var VALIDATE_OPTIONS = {
  format: { type: "string", short: "f" },
  root: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
var INIT_OPTIONS = {
  target: { type: "string" },
  prediction: { type: "string" },
  score: { type: "string" },
  timestamp: { type: "string" },
  id: { type: "string" },
  task: { type: "string" },
  name: { type: "string" },
  current: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var COMMANDS = { check: CHECK_HELP, validate: VALIDATE_HELP, init: INIT_HELP, history: HISTORY_HELP, plan: PLAN_HELP, merge: MERGE_HELP, profile: PROFILE_HELP };
function isCommand(name) {
  return Object.hasOwn(COMMANDS, name);
}
function parse(command, options, args) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (cause) {
    throw new UsageError(usageMessage(command, Object.keys(options), cause), command);
  }
}
function usageMessage(command, names, cause) {
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = cause?.code;
  const given = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && given !== void 0) {
    const near = closestName(given.replace(/^-+/, "").replace(/=.*$/, ""), names);
    return `unknown option '${given}' for ${command}${near === void 0 ? "" : `; did you mean '--${near}'?`}`;
  }
  return message.split("\n")[0] ?? message;
}
function closestName(word, names) {
  const limit = word.length <= 4 ? 1 : 2;
  let best;
  let bestDistance = limit + 1;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let beforePrevious = previous;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (beforePrevious[j - 2] ?? 0) + 1);
      row.push(d);
    }
    [beforePrevious, previous] = [previous, row];
  }
  return previous[b.length] ?? 0;
}
function colorWanted(flags, env, isTty) {
  if (flags["no-color"]) return false;
  if (flags.color !== void 0) return flags.color;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTty;
}
async function rendererFor(format, wide = false) {
  switch (format) {
    case "text": {
      const { renderText } = await import("./chunks/text-4O5SVFI6.js");
      const width = process.stdout.isTTY && !wide ? process.stdout.columns ?? 100 : WHOLE_LINE_WIDTH;
      return (report, color) => renderText(report, { color, width });
    }
    case "json": {
      const { renderJson } = await import("./chunks/json-ZZJP2LGB.js");
      return (report) => renderJson(report);
    }
    case "markdown": {
      const { renderMarkdown } = await import("./chunks/markdown-JRD4JFNR.js");
      return (report) => renderMarkdown(report);
    }
    case "html": {
      const { renderHtml } = await import("./chunks/html-APAYUOLJ.js");
      return (report) => renderHtml(report);
    }
  }
}
var WHOLE_LINE_WIDTH = 1e5;
async function check(args) {
  const { values, positionals } = args;
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${format}"`, "check");
  const failOn = values["fail-on"] ?? "fail";
  if (!["fail", "warn", "never"].includes(failOn)) throw new UsageError(`--fail-on must be fail, warn or never, got "${failOn}"`, "check");
  let now;
  if (values.now !== void 0) {
    const { parseIsoTimestamp } = await import("./chunks/timestamp-Y23WHVS6.js");
    const ms = parseIsoTimestamp(values.now);
    if (Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 date or date-time that exists (2026-11-24, 2026-11-24T06:00:00Z), got "${values.now}"`, "check");
    now = new Date(ms);
  }
  if (values.out !== void 0) await checkOutputPath(values.out);
  const color = colorWanted(values, process.env, process.stdout.isTTY === true);
  const paths = positionals.length > 0 ? positionals : ["monitors"];
  const [{ evaluate }, { maskOutput }, { exitCodeFor }, { formatPolicyError }] = await Promise.all([
    import("./chunks/run-SAXBL67Q.js"),
    import("./chunks/mask-FPFGCST3.js"),
    import("./chunks/exit-code-XRG6EGFX.js"),
    import("./chunks/format-A4X7OXCT.js")
  ]);
  let secrets = [];
  const progress = !values.quiet && process.stderr.isTTY ? new (await import("./chunks/cli-progress-RVABAFL2.js")).ProgressLine(process.stderr, (text) => maskOutput(text, secrets)) : null;
  const write = (text) => void (progress === null ? process.stderr.write(text) : progress.log(text));
  const log = values.quiet ? void 0 : (line) => write(maskOutput(`modelwatch: ${line}
`, secrets));
  const runId = values["run-id"];
  if (runId !== void 0 && !/^[\w.:-]{1,100}$/.test(runId)) throw new UsageError(`--run-id must be 1\u2013100 letters, digits, ".", ":", "_" or "-", got "${runId}"`, "check");
  if (runId !== void 0 && values.state === void 0) throw new UsageError("--run-id names the run in the state: it needs --state", "check");
  const state = values.state === void 0 ? void 0 : new (await import("./chunks/directory-store-NOV3VVVB.js")).DirectoryStore(values.state);
  let shard;
  if (values.shard !== void 0) {
    try {
      shard = (await import("./chunks/plan-EEE5OJRT.js")).parseShard(values.shard);
    } catch (cause) {
      throw new UsageError(`--shard: ${cause instanceof Error ? cause.message : String(cause)}`, "check");
    }
  }
  let evaluation;
  try {
    evaluation = await evaluate({ paths, now, log, ...shard === void 0 ? {} : { shard }, ...state === void 0 ? {} : { state }, ...runId === void 0 ? {} : { run: { id: runId, attempt: null, url: null } }, onSecrets: (found) => secrets = found, ...progress === null ? {} : { progress: (event) => progress.handle(event) }, ...await rootOption(values.root) });
  } finally {
    progress?.stop();
  }
  const { report, ...run } = evaluation;
  const render = async (r, f, c) => maskOutput((await rendererFor(f, values.wide))(r, c), run.secrets);
  if (values.out !== void 0) {
    await writeOutputFile(values.out, await render(report, format, false));
    if (!values.quiet) process.stdout.write(await render(report, "text", color));
  } else if (!values.quiet || format !== "text") {
    process.stdout.write(await render(report, format, color && format === "text"));
  }
  if (values.quiet) for (const error of report.policy_errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}
`, run.secrets));
  if (report.state?.read === "failed") process.stderr.write(maskOutput(`modelwatch: warning: cannot read the state in ${values.state}: ${(report.state.error ?? "").replace(/\.$/, "")}; judged without memory, and nothing stored for what could not be read [state/read]
`, run.secrets));
  if (state !== void 0 && run.records.length > 0) {
    try {
      await state.append(run.records);
    } catch (cause) {
      process.stderr.write(maskOutput(`modelwatch: cannot write the state to ${values.state}: ${cause instanceof Error ? cause.message : String(cause)} [state/write]
`, run.secrets));
      return 2;
    }
  }
  return exitCodeFor(report, failOn);
}
async function merge(args) {
  const { values, positionals } = args;
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${format}"`, "merge");
  const failOn = values["fail-on"] ?? "fail";
  if (!["fail", "warn", "never"].includes(failOn)) throw new UsageError(`--fail-on must be fail, warn or never, got "${failOn}"`, "merge");
  if (positionals.length === 0) throw new UsageError("merge takes the shard reports: files, or the folder they were downloaded to", "merge");
  const expect = values["expect-shards"] === void 0 ? void 0 : Number(values["expect-shards"]);
  if (expect !== void 0 && !(Number.isInteger(expect) && expect >= 1 && expect <= 256)) throw new UsageError(`--expect-shards must be a whole number from 1 to 256, got "${values["expect-shards"]}"`, "merge");
  if (values.out !== void 0) await checkOutputPath(values.out);
  const [{ mergeFleet, MergeError }, { maskOutput }, { exitCodeFor }] = await Promise.all([import("./chunks/shard-files-SO7RSHRR.js"), import("./chunks/mask-FPFGCST3.js"), import("./chunks/exit-code-XRG6EGFX.js")]);
  const log = values.quiet ? void 0 : (line) => void process.stderr.write(`modelwatch: ${line}
`);
  let merged;
  try {
    merged = await mergeFleet({ reports: positionals, policies: values.policies ?? ["monitors"], ...expect === void 0 ? {} : { expectShards: expect }, ...log === void 0 ? {} : { log }, ...await rootOption(values.root) });
  } catch (cause) {
    if (cause instanceof MergeError) throw new UsageError(cause.message, "merge");
    throw cause;
  }
  const { report, secrets } = merged;
  const color = colorWanted({}, process.env, process.stdout.isTTY === true);
  const render = async (f, c) => maskOutput((await rendererFor(f))(report, c), secrets);
  if (values.out !== void 0) {
    await writeOutputFile(values.out, await render(format, false));
    if (!values.quiet) process.stdout.write(await render("text", color));
  } else if (!values.quiet || format !== "text") {
    process.stdout.write(await render(format, color && format === "text"));
  }
  return exitCodeFor(report, failOn);
}
async function rootOption(root) {
  if (root === void 0) return {};
  const info = await stat2(root).catch(() => null);
  if (info === null || !info.isDirectory()) throw new UsageError(`--root must be an existing folder, got "${root}"`);
  return { root };
}
var VALIDATE_FORMATS = ["text", "json"];
function validationJson(valid, problems) {
  const items = problems.map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));
  return `${JSON.stringify({ valid, problems: items }, null, 2)}
`;
}
async function validate(args) {
  const format = args.values.format ?? "text";
  if (!VALIDATE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${VALIDATE_FORMATS.join(", ")} for validate, got "${format}"`, "validate");
  const paths = args.positionals.length > 0 ? args.positionals : ["monitors"];
  const [{ loadPolicies }, { maskOutput }, { formatPolicyError }, { redactSecrets }] = await Promise.all([
    import("./chunks/run-SAXBL67Q.js"),
    import("./chunks/mask-FPFGCST3.js"),
    import("./chunks/format-A4X7OXCT.js"),
    import("./chunks/redact-P5CSHS3D.js")
  ]);
  const { policies, errors, secrets } = await loadPolicies(paths, await rootOption(args.values.root));
  if (format === "json") {
    process.stdout.write(maskOutput(validationJson(policies.length, redactSecrets(errors, secrets)), secrets));
    return errors.length > 0 ? 1 : 0;
  }
  for (const error of errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}
`, secrets));
  const summary = `${policies.length} valid polic${policies.length === 1 ? "y" : "ies"}, ${errors.length} problem${errors.length === 1 ? "" : "s"}`;
  if (!args.values.quiet) process.stdout.write(`${summary}
`);
  return errors.length > 0 ? 1 : 0;
}
async function init(args) {
  const { values, positionals } = args;
  if (positionals.length !== 1) throw new UsageError(`init takes one data file, got ${positionals.length}`, "init");
  const { initPolicy, InitError, TASKS } = await import("./chunks/init-4N54SG4I.js");
  const task = values.task;
  if (task !== void 0 && !TASKS.includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(", ")}, got "${task}"`, "init");
  if (values.force && values.out === void 0) throw new UsageError("--force needs --out (it allows replacing that file)", "init");
  if (values.out !== void 0) {
    const existing = await stat2(values.out).catch(() => null);
    if (existing?.isDirectory()) throw new OutputError(`cannot write the policy to ${values.out}: it is a folder; name a file, such as ${values.out.replace(/\/+$/, "")}/model.yaml`);
    await checkOutputPath(values.out);
    if (!values.force && existing !== null) throw new OutputError(`${values.out} already exists; pass --force to replace it`);
  }
  try {
    const result = await initPolicy({ ...values, task, data: positionals[0] });
    if (values.out === void 0) {
      process.stdout.write(result.text);
      return 0;
    }
    await writeNewFile(values.out, result.text, values.force === true);
    process.stderr.write(`modelwatch: wrote ${values.out}: ${result.checks} checks for model ${JSON.stringify(result.name)} from ${result.rows.toLocaleString("en-US")} rows; check it with 'modelwatch validate ${values.out}'
`);
    return 0;
  } catch (cause) {
    if (!(cause instanceof InitError)) throw cause;
    process.stderr.write(`modelwatch: ${cause.message} [${cause.code}]
`);
    return 2;
  }
}
async function writeNewFile(file, text, force) {
  const { mkdir: mkdir2, writeFile: writeFile2 } = await import("node:fs/promises");
  const { dirname: dirname2 } = await import("node:path");
  try {
    await mkdir2(dirname2(file), { recursive: true });
    await writeFile2(file, text, { flag: force ? "w" : "wx" });
  } catch (cause) {
    const code = cause?.code;
    throw new OutputError(code === "EEXIST" && !force ? `${file} already exists; pass --force to replace it` : `cannot write the policy to ${file}: ${writeProblem(cause)}`);
  }
}
function unknownCommand(name) {
  const near = closestName(name, Object.keys(COMMANDS));
  return `unknown command "${name}"${near === void 0 ? "" : `; did you mean "${near}"?`}`;
}
function help(args) {
  const [topic, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`help takes one command name, got ${args.length}`);
  if (topic === void 0) process.stdout.write(`${MAIN_HELP}
`);
  else if (isCommand(topic)) process.stdout.write(`${COMMANDS[topic]}
`);
  else throw new UsageError(unknownCommand(topic));
  return 0;
}
async function main(argv) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "-h" || command === "--help") {
      process.stdout.write(`${MAIN_HELP}
`);
      return command === void 0 ? 2 : 0;
    }
    if (command === "help") return help(rest);
    if (command === "--version" || command === "-V") {
      process.stdout.write(`${"0.1.0"}
`);
      return 0;
    }
    if (command === "check") {
      const args = parse(command, CHECK_OPTIONS, rest);
      if (!args.values.help) return await check(args);
      process.stdout.write(`${CHECK_HELP}
`);
      return 0;
    }
    if (command === "init") {
      const args = parse(command, INIT_OPTIONS, rest);
      if (!args.values.help) return await init(args);
      process.stdout.write(`${INIT_HELP}
`);
      return 0;
    }
    if (command === "history") {
      const args = parse(command, HISTORY_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${HISTORY_HELP}
`);
        return 0;
      }
      try {
        return await (await import("./chunks/cli-history-NKBYCJSJ.js")).history(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === "HistoryUsageError") throw new UsageError(cause.message, "history");
        throw cause;
      }
    }
    if (command === "plan") {
      const args = parse(command, PLAN_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${PLAN_HELP}
`);
        return 0;
      }
      try {
        return await (await import("./chunks/cli-plan-D2TBJ6QP.js")).plan(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === "PlanUsageError") throw new UsageError(cause.message, "plan");
        throw cause;
      }
    }
    if (command === "profile") {
      const args = parse(command, PROFILE_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${PROFILE_HELP}
`);
        return 0;
      }
      try {
        return await (await import("./chunks/cli-profile-GBZKT4SZ.js")).profile(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === "ProfileUsageError") throw new UsageError(cause.message, "profile");
        throw cause;
      }
    }
    if (command === "merge") {
      const args = parse(command, MERGE_OPTIONS, rest);
      if (!args.values.help) return await merge(args);
      process.stdout.write(`${MERGE_HELP}
`);
      return 0;
    }
    if (command === "validate") {
      const args = parse(command, VALIDATE_OPTIONS, rest);
      if (!args.values.help) return await validate(args);
      process.stdout.write(`${VALIDATE_HELP}
`);
      return 0;
    }
    throw new UsageError(unknownCommand(command));
  } catch (cause) {
    if (cause instanceof UsageError) {
      const hint = cause.command === void 0 ? "modelwatch --help" : `modelwatch help ${cause.command}`;
      process.stderr.write(`modelwatch: ${cause.message} [cli/usage]
Run '${hint}' for usage.
`);
      return 2;
    }
    if (cause instanceof OutputError) {
      process.stderr.write(`modelwatch: ${cause.message} [${cause.code}]
`);
      return 2;
    }
    throw cause;
  }
}
var outputFailed = false;
guardStandardStreams((message) => {
  outputFailed = true;
  process.stderr.write(`modelwatch: ${message} [cli/output]
`);
  process.exitCode = 2;
});
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.once(signal, () => process.exit(code));
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (cause) => {
    process.stderr.write(`modelwatch: internal error: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}
`);
    process.exitCode = 3;
  }
);
export {
  main
};
