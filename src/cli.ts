#!/usr/bin/env node
/**
 * modelwatch CLI: `check` evaluates policies and writes a report, `validate` checks policy files,
 * `init` scaffolds a policy from a data file (src/init/), `history` prints a model's stored runs
 * (src/cli-history.ts), `plan` splits the fleet into shards (src/cli-plan.ts) and `merge` joins
 * the shards' reports (src/engine/shard-files.ts).
 * Exit codes: 0 nothing fails, 1 something fails (see --fail-on), 2 usage or policy errors.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Report } from './engine/report.js';
import type { FailOn } from './engine/exit-code.js';
import type { PolicyError } from './policy/types.js';
import { checkOutputPath, guardStandardStreams, OutputError, writeOutputFile, writeProblem } from './cli-output.js';

// The engine, the policy loader and the renderers are megabytes of bundle (issue 15): they are
// imported when a command needs them, so that --version and --help start as fast as Node does.
// Only type imports and node: built-ins above; test/e2e/cli-start.test.ts holds the bundle to it.

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

const MAIN_HELP = `modelwatch ${__MODELWATCH_VERSION__} — monitoring-as-code for deployed ML models

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

const CHECK_HELP = `Usage: modelwatch check [PATHS...] [options]

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

const VALIDATE_HELP = `Usage: modelwatch validate [PATHS...] [options]

Check policy files against the schema and the rules of the policy language.

Options:
  -f, --format FORMAT   text (default): every problem on stderr as file:line:column: message,
                        then a count on stdout; json: one document on stdout,
                        { "valid": N, "problems": [{ file, line, column, code, message }] }
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -q, --quiet           print only the problems (text): no count line
  -h, --help            show this help

Exit codes: 0 no problem, 1 any problem, 2 usage errors.`;

const INIT_HELP = `Usage: modelwatch init DATA [options]

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

const HISTORY_HELP = `Usage: modelwatch history MODEL [options]

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

const PLAN_HELP = `Usage: modelwatch plan [PATHS...] [options]

Split the fleet under PATHS into shards, balanced by the bytes of each model's data (a source that
is not a file counts as 16 MiB) and stable across runs: a model changes shard only when the fleet
or the shard count does (docs/github.md#fleets-over-a-matrix).

Options:
      --shards N|auto   the shard count (default auto: at most 25 models and 256 MiB per shard,
                        at most 20 shards, never more than the models)
  -f, --format FORMAT   json (default): one line for a workflow's strategy.matrix,
                        {"shard":["1/3","2/3","3/3"],"include":[{"shard":"1/3","models":"…"},…]};
                        text: each shard's models and bytes
      --root FOLDER     data files must lie inside FOLDER (as for check)
  -h, --help            show this help

Exit codes: 0 planned, 2 usage or policy errors (the plan of the policies that loaded is printed).`;

const MERGE_HELP = `Usage: modelwatch merge REPORTS... [options]

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

const PROFILE_HELP = `Usage: modelwatch profile POLICY [options]
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

const PROFILE_OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  side: { type: 'string' },
  now: { type: 'string' },
  bits: { type: 'string' },
  top: { type: 'string' },
  'joint-limit': { type: 'string' },
  root: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PLAN_OPTIONS = {
  shards: { type: 'string' },
  format: { type: 'string', short: 'f' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MERGE_OPTIONS = {
  policies: { type: 'string', multiple: true },
  'expect-shards': { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  root: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HISTORY_OPTIONS = {
  state: { type: 'string' },
  check: { type: 'string', short: 'c' },
  runs: { type: 'string', short: 'n' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {
  /** The command whose usage was wrong, so the hint points at its own help. */
  constructor(message: string, readonly command?: Command) {
    super(message);
  }
}

// Node's util.parseArgs, not a CLI library: three commands and a dozen options need no more,
// it adds nothing to the bundle or to start time, and the messages below are our own.
const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  now: { type: 'string' },
  root: { type: 'string' },
  state: { type: 'string' },
  'run-id': { type: 'string' },
  shard: { type: 'string' },
  wide: { type: 'boolean', short: 'w' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VALIDATE_OPTIONS = {
  format: { type: 'string', short: 'f' },
  root: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const INIT_OPTIONS = {
  target: { type: 'string' },
  prediction: { type: 'string' },
  score: { type: 'string' },
  timestamp: { type: 'string' },
  id: { type: 'string' },
  task: { type: 'string' },
  name: { type: 'string' },
  current: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const COMMANDS = { check: CHECK_HELP, validate: VALIDATE_HELP, init: INIT_HELP, history: HISTORY_HELP, plan: PLAN_HELP, merge: MERGE_HELP, profile: PROFILE_HELP } as const;
type Command = keyof typeof COMMANDS;

function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMANDS, name);
}

function parse<O extends typeof CHECK_OPTIONS | typeof VALIDATE_OPTIONS | typeof INIT_OPTIONS | typeof HISTORY_OPTIONS | typeof PLAN_OPTIONS | typeof MERGE_OPTIONS | typeof PROFILE_OPTIONS>(command: Command, options: O, args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (cause) {
    throw new UsageError(usageMessage(command, Object.keys(options), cause), command);
  }
}

/** parseArgs' error as one line, with the closest option when the name looks like a typo. */
function usageMessage(command: Command, names: readonly string[], cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | null)?.code;
  const given = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && given !== undefined) {
    const near = closestName(given.replace(/^-+/, '').replace(/=.*$/, ''), names);
    return `unknown option '${given}' for ${command}${near === undefined ? '' : `; did you mean '--${near}'?`}`;
  }
  return message.split('\n')[0] ?? message;
}

/** The candidate within two edits of `word` (one for short words), if there is exactly a closest one. */
function closestName(word: string, names: readonly string[]): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/**
 * Levenshtein distance with adjacent transpositions, for option and command names (a dozen
 * short words; src/policy/suggest.ts has the same for policy keys but the CLI's --help path
 * must not load the policy modules).
 */
function editDistance(a: string, b: string): number {
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

/**
 * Colours: --color/--no-color, then FORCE_COLOR (on unless "0" or "false", as Node reads it),
 * then NO_COLOR (https://no-color.org: any non-empty value), then whether stdout is a terminal.
 */
function colorWanted(flags: { color?: boolean; 'no-color'?: boolean }, env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (flags['no-color']) return false;
  if (flags.color !== undefined) return flags.color;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTty;
}

/** The renderer of one format, loaded on its own: a text run never loads the HTML renderer. */
async function rendererFor(format: Format, wide = false): Promise<(report: Report, color: boolean) => string> {
  switch (format) {
    case 'text': {
      const { renderText } = await import('./report/text.js');
      // A terminal gets its own width (unless --wide); a log file or CI output gets whole messages.
      const width = process.stdout.isTTY && !wide ? (process.stdout.columns ?? 100) : WHOLE_LINE_WIDTH;
      return (report, color) => renderText(report, { color, width });
    }
    case 'json': {
      const { renderJson } = await import('./report/json.js');
      return (report) => renderJson(report);
    }
    case 'markdown': {
      const { renderMarkdown } = await import('./report/markdown.js');
      return (report) => renderMarkdown(report);
    }
    case 'html': {
      const { renderHtml } = await import('./report/html.js');
      return (report) => renderHtml(report);
    }
  }
}

/** Wide enough that the text renderer never cuts a message (it still cuts one string past its own cap). */
const WHOLE_LINE_WIDTH = 100_000;

async function check(args: ReturnType<typeof parse<typeof CHECK_OPTIONS>>): Promise<number> {
  const { values, positionals } = args;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, 'check');
  const failOn = (values['fail-on'] ?? 'fail') as FailOn;
  if (!['fail', 'warn', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be fail, warn or never, got "${failOn}"`, 'check');
  let now: Date | undefined;
  if (values.now !== undefined) {
    const { parseIsoTimestamp } = await import('./data/timestamp.js');
    // Strict, field by field: new Date() would roll 2026-02-30 over into March.
    const ms = parseIsoTimestamp(values.now);
    if (Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 date or date-time that exists (2026-11-24, 2026-11-24T06:00:00Z), got "${values.now}"`, 'check');
    now = new Date(ms);
  }
  // A folder or a path through a file can never take the report: say so before the run, not after.
  if (values.out !== undefined) await checkOutputPath(values.out);
  const color = colorWanted(values, process.env, process.stdout.isTTY === true);
  const paths = positionals.length > 0 ? positionals : ['monitors'];
  const [{ evaluate }, { maskOutput }, { exitCodeFor }, { formatPolicyError }] = await Promise.all([
    import('./engine/run.js'),
    import('./report/mask.js'),
    import('./engine/exit-code.js'),
    import('./policy/format.js'),
  ]);
  // Secrets are masked in the report and the log by the engine; maskOutput checks what is printed.
  let secrets: readonly string[] = [];
  // On a terminal, a progress line (redrawn in place) with the log lines above it; elsewhere the log lines alone.
  const progress = !values.quiet && process.stderr.isTTY ? new (await import('./cli-progress.js')).ProgressLine(process.stderr, (text) => maskOutput(text, secrets)) : null;
  const write = (text: string): void => void (progress === null ? process.stderr.write(text) : progress.log(text));
  const log = values.quiet ? undefined : (line: string) => write(maskOutput(`modelwatch: ${line}\n`, secrets));
  const runId = values['run-id'];
  if (runId !== undefined && !/^[\w.:-]{1,100}$/.test(runId)) throw new UsageError(`--run-id must be 1–100 letters, digits, ".", ":", "_" or "-", got "${runId}"`, 'check');
  if (runId !== undefined && values.state === undefined) throw new UsageError('--run-id names the run in the state: it needs --state', 'check');
  const state = values.state === undefined ? undefined : new (await import('./state/directory-store.js')).DirectoryStore(values.state);
  let shard: { index: number; count: number } | undefined;
  if (values.shard !== undefined) {
    try {
      shard = (await import('./engine/plan.js')).parseShard(values.shard);
    } catch (cause) {
      throw new UsageError(`--shard: ${cause instanceof Error ? cause.message : String(cause)}`, 'check');
    }
  }
  let evaluation;
  try {
    evaluation = await evaluate({ paths, now, log, ...(shard === undefined ? {} : { shard }), ...(state === undefined ? {} : { state }), ...(runId === undefined ? {} : { run: { id: runId, attempt: null, url: null } }), onSecrets: (found) => (secrets = found), ...(progress === null ? {} : { progress: (event) => progress.handle(event) }), ...(await rootOption(values.root)) });
  } finally {
    progress?.stop();
  }
  const { report, ...run } = evaluation;
  const render = async (r: Report, f: Format, c: boolean): Promise<string> => maskOutput((await rendererFor(f, values.wide))(r, c), run.secrets);
  if (values.out !== undefined) {
    await writeOutputFile(values.out, await render(report, format, false));
    if (!values.quiet) process.stdout.write(await render(report, 'text', color));
  } else if (!values.quiet || format !== 'text') {
    process.stdout.write(await render(report, format, color && format === 'text'));
  }
  if (values.quiet) for (const error of report.policy_errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}\n`, run.secrets));
  if (report.state?.read === 'failed') process.stderr.write(maskOutput(`modelwatch: warning: cannot read the state in ${values.state}: ${(report.state.error ?? '').replace(/\.$/, '')}; judged without memory, and nothing stored for what could not be read [state/read]\n`, run.secrets));
  // After the report is out: a state that cannot be written loses this run's record, not its report.
  if (state !== undefined && run.records.length > 0) {
    try {
      await state.append(run.records);
    } catch (cause) {
      process.stderr.write(maskOutput(`modelwatch: cannot write the state to ${values.state}: ${cause instanceof Error ? cause.message : String(cause)} [state/write]\n`, run.secrets));
      return 2;
    }
  }
  return exitCodeFor(report, failOn);
}

async function merge(args: ReturnType<typeof parse<typeof MERGE_OPTIONS>>): Promise<number> {
  const { values, positionals } = args;
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, 'merge');
  const failOn = (values['fail-on'] ?? 'fail') as FailOn;
  if (!['fail', 'warn', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be fail, warn or never, got "${failOn}"`, 'merge');
  if (positionals.length === 0) throw new UsageError('merge takes the shard reports: files, or the folder they were downloaded to', 'merge');
  const expect = values['expect-shards'] === undefined ? undefined : Number(values['expect-shards']);
  if (expect !== undefined && !(Number.isInteger(expect) && expect >= 1 && expect <= 256)) throw new UsageError(`--expect-shards must be a whole number from 1 to 256, got "${values['expect-shards']}"`, 'merge');
  if (values.out !== undefined) await checkOutputPath(values.out);
  const [{ mergeFleet, MergeError }, { maskOutput }, { exitCodeFor }] = await Promise.all([import('./engine/shard-files.js'), import('./report/mask.js'), import('./engine/exit-code.js')]);
  const log = values.quiet ? undefined : (line: string) => void process.stderr.write(`modelwatch: ${line}\n`);
  let merged;
  try {
    merged = await mergeFleet({ reports: positionals, policies: values.policies ?? ['monitors'], ...(expect === undefined ? {} : { expectShards: expect }), ...(log === undefined ? {} : { log }), ...(await rootOption(values.root)) });
  } catch (cause) {
    if (cause instanceof MergeError) throw new UsageError(cause.message, 'merge');
    throw cause;
  }
  const { report, secrets } = merged;
  const color = colorWanted({}, process.env, process.stdout.isTTY === true);
  const render = async (f: Format, c: boolean): Promise<string> => maskOutput((await rendererFor(f))(report, c), secrets);
  if (values.out !== undefined) {
    await writeOutputFile(values.out, await render(format, false));
    if (!values.quiet) process.stdout.write(await render('text', color));
  } else if (!values.quiet || format !== 'text') {
    process.stdout.write(await render(format, color && format === 'text'));
  }
  return exitCodeFor(report, failOn);
}

/** `--root` must name a folder: a typo would otherwise refuse every data file of every model. */
async function rootOption(root: string | undefined): Promise<{ root?: string }> {
  if (root === undefined) return {};
  const info = await stat(root).catch(() => null);
  if (info === null || !info.isDirectory()) throw new UsageError(`--root must be an existing folder, got "${root}"`);
  return { root };
}

const VALIDATE_FORMATS = ['text', 'json'] as const;

/**
 * What `validate --format json` prints: the number of policies that loaded and every problem,
 * each as the JSON report's `policy_errors[]` items (same keys, same order). Kept this small on
 * purpose; a key is added, never renamed or removed.
 */
function validationJson(valid: number, problems: readonly PolicyError[]): string {
  const items = problems.map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));
  return `${JSON.stringify({ valid, problems: items }, null, 2)}\n`;
}

async function validate(args: ReturnType<typeof parse<typeof VALIDATE_OPTIONS>>): Promise<number> {
  const format = args.values.format ?? 'text';
  if (!(VALIDATE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${VALIDATE_FORMATS.join(', ')} for validate, got "${format}"`, 'validate');
  const paths = args.positionals.length > 0 ? args.positionals : ['monitors'];
  const [{ loadPolicies }, { maskOutput }, { formatPolicyError }, { redactSecrets }] = await Promise.all([
    import('./engine/run.js'),
    import('./report/mask.js'),
    import('./policy/format.js'),
    import('./engine/redact.js'),
  ]);
  const { policies, errors, secrets } = await loadPolicies(paths, await rootOption(args.values.root));
  if (format === 'json') {
    // Masked field by field first, then as printed: the JSON escapes of a secret are masked too.
    process.stdout.write(maskOutput(validationJson(policies.length, redactSecrets(errors, secrets)), secrets));
    return errors.length > 0 ? 1 : 0;
  }
  for (const error of errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}\n`, secrets));
  const summary = `${policies.length} valid polic${policies.length === 1 ? 'y' : 'ies'}, ${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  if (!args.values.quiet) process.stdout.write(`${summary}\n`);
  return errors.length > 0 ? 1 : 0;
}

async function init(args: ReturnType<typeof parse<typeof INIT_OPTIONS>>): Promise<number> {
  const { values, positionals } = args;
  if (positionals.length !== 1) throw new UsageError(`init takes one data file, got ${positionals.length}`, 'init');
  const { initPolicy, InitError, TASKS } = await import('./init/index.js');
  const task = values.task;
  if (task !== undefined && !(TASKS as readonly string[]).includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(', ')}, got "${task}"`, 'init');
  if (values.force && values.out === undefined) throw new UsageError('--force needs --out (it allows replacing that file)', 'init');
  if (values.out !== undefined) {
    const existing = await stat(values.out).catch(() => null);
    if (existing?.isDirectory()) throw new OutputError(`cannot write the policy to ${values.out}: it is a folder; name a file, such as ${values.out.replace(/\/+$/, '')}/model.yaml`);
    await checkOutputPath(values.out);
    // Checked before the work, and again by the write itself (flag wx), which is what holds.
    if (!values.force && existing !== null) throw new OutputError(`${values.out} already exists; pass --force to replace it`);
  }
  try {
    const result = await initPolicy({ ...values, task: task as (typeof TASKS)[number] | undefined, data: positionals[0]! });
    if (values.out === undefined) {
      process.stdout.write(result.text);
      return 0;
    }
    await writeNewFile(values.out, result.text, values.force === true);
    process.stderr.write(`modelwatch: wrote ${values.out}: ${result.checks} checks for model ${JSON.stringify(result.name)} from ${result.rows.toLocaleString('en-US')} rows; check it with 'modelwatch validate ${values.out}'\n`);
    return 0;
  } catch (cause) {
    if (!(cause instanceof InitError)) throw cause;
    process.stderr.write(`modelwatch: ${cause.message} [${cause.code}]\n`);
    return 2;
  }
}

/** Writes `text` to `file`; without `force`, refuses a file that exists (exclusive create). */
async function writeNewFile(file: string, text: string, force: boolean): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text, { flag: force ? 'w' : 'wx' });
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    throw new OutputError(code === 'EEXIST' && !force ? `${file} already exists; pass --force to replace it` : `cannot write the policy to ${file}: ${writeProblem(cause)}`);
  }
}

function unknownCommand(name: string): string {
  const near = closestName(name, Object.keys(COMMANDS));
  return `unknown command "${name}"${near === undefined ? '' : `; did you mean "${near}"?`}`;
}

/** `modelwatch help [COMMAND]`. */
function help(args: readonly string[]): number {
  const [topic, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`help takes one command name, got ${args.length}`);
  if (topic === undefined) process.stdout.write(`${MAIN_HELP}\n`);
  else if (isCommand(topic)) process.stdout.write(`${COMMANDS[topic]}\n`);
  else throw new UsageError(unknownCommand(topic));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help') {
      process.stdout.write(`${MAIN_HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') return help(rest);
    if (command === '--version' || command === '-V') {
      process.stdout.write(`${__MODELWATCH_VERSION__}\n`);
      return 0;
    }
    if (command === 'check') {
      const args = parse(command, CHECK_OPTIONS, rest);
      if (!args.values.help) return await check(args);
      process.stdout.write(`${CHECK_HELP}\n`);
      return 0;
    }
    if (command === 'init') {
      const args = parse(command, INIT_OPTIONS, rest);
      if (!args.values.help) return await init(args);
      process.stdout.write(`${INIT_HELP}\n`);
      return 0;
    }
    if (command === 'history') {
      const args = parse(command, HISTORY_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${HISTORY_HELP}\n`);
        return 0;
      }
      try {
        return await (await import('./cli-history.js')).history(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === 'HistoryUsageError') throw new UsageError(cause.message, 'history');
        throw cause;
      }
    }
    if (command === 'plan') {
      const args = parse(command, PLAN_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${PLAN_HELP}\n`);
        return 0;
      }
      try {
        return await (await import('./cli-plan.js')).plan(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === 'PlanUsageError') throw new UsageError(cause.message, 'plan');
        throw cause;
      }
    }
    if (command === 'profile') {
      const args = parse(command, PROFILE_OPTIONS, rest);
      if (args.values.help) {
        process.stdout.write(`${PROFILE_HELP}\n`);
        return 0;
      }
      try {
        return await (await import('./cli-profile.js')).profile(args.positionals, args.values);
      } catch (cause) {
        if (cause instanceof Error && cause.name === 'ProfileUsageError') throw new UsageError(cause.message, 'profile');
        throw cause;
      }
    }
    if (command === 'merge') {
      const args = parse(command, MERGE_OPTIONS, rest);
      if (!args.values.help) return await merge(args);
      process.stdout.write(`${MERGE_HELP}\n`);
      return 0;
    }
    if (command === 'validate') {
      const args = parse(command, VALIDATE_OPTIONS, rest);
      if (!args.values.help) return await validate(args);
      process.stdout.write(`${VALIDATE_HELP}\n`);
      return 0;
    }
    throw new UsageError(unknownCommand(command));
  } catch (cause) {
    if (cause instanceof UsageError) {
      const hint = cause.command === undefined ? 'modelwatch --help' : `modelwatch help ${cause.command}`;
      process.stderr.write(`modelwatch: ${cause.message} [cli/usage]\nRun '${hint}' for usage.\n`);
      return 2;
    }
    if (cause instanceof OutputError) {
      process.stderr.write(`modelwatch: ${cause.message} [${cause.code}]\n`);
      return 2;
    }
    throw cause;
  }
}

let outputFailed = false;
guardStandardStreams((message) => {
  outputFailed = true;
  process.stderr.write(`modelwatch: ${message} [cli/output]\n`);
  process.exitCode = 2;
});

// Ctrl-C or a cancelled job: exit through process.exit, so that the exit hooks run and stop the
// commands a source started (their own process groups, which the terminal's signal misses) and
// remove spooled downloads (src/data/sources/command.ts, spool.ts).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => process.exit(code));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (cause: unknown) => {
    process.stderr.write(`modelwatch: internal error: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
    process.exitCode = 3;
  },
);
