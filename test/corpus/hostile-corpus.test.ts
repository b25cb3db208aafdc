/**
 * The hostile corpus (hostile-corpus.ts: 500+ broken policies, 100+ broken data files, beside
 * good policies) through the loader, the engine and the bundled CLI, in one run each:
 *
 * - every broken policy is refused with a `file:line:column` error carrying a code (and, where
 *   the case says, the right code on the right lines); every broken data file makes its model
 *   `error` with a code and a message naming the file (and row and column for a bad cell);
 * - no output (stdout, stderr, the JSON, Markdown, HTML and text reports, the job summary, the
 *   issue bodies) holds a stack trace, "internal error", "undefined", "NaN", the secret or the
 *   process environment;
 * - every good model in the same run is reported exactly as in a run of the good policies alone;
 * - every case finishes within its bound (a policy loads in POLICY_MS, a model in MODEL_MS).
 *
 * Linux: the FIFO watchdog reads /proc. Needs the bundle: `npm run -s build` first. Set MODELWATCH_CORPUS_KEEP=<folder> to keep the
 * corpus there for a look (with failures.json, every failure by case), and
 * MODELWATCH_CORPUS_CLI=<cli.js> to run another bundle (an older commit's) through it.
 */
import { spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/run.js';
import type { ModelReport, Report } from '../../src/engine/report.js';
import { loadPolicyFile, loadPolicySource } from '../../src/policy/load.js';
import type { PolicyError } from '../../src/policy/types.js';
import { isProblemCode } from '../../src/problems.js';
import { renderHtml } from '../../src/report/html.js';
import { renderIssueBody } from '../../src/report/issue-body.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { CLI, ROOT } from '../e2e/run-cli.js';
import { type Corpus, writeHostileCorpus, type WrittenDataCase, type WrittenPolicyCase } from './hostile-corpus.js';

/**
 * Cases known to fail, each with the defect it targets: none since issue 9 closed. A new case
 * for a defect not fixed yet goes here with its reason; the test fails when a listed case
 * passes, so the list cannot go stale. Nothing else is skipped.
 */
const KNOWN_OPEN: Readonly<Record<string, string>> = {};

const SEED = 20261201;
const BUNDLE = process.env.MODELWATCH_CORPUS_CLI ?? CLI;
/** A gzip bomb expands to this; its source is capped at BOMB_CAP_BYTES (data-cases.ts). */
const BOMB_BYTES = 16 << 20;
/** Bounds on two busy cores: one policy's load, one model's evaluation, a whole CLI run. */
const POLICY_MS = 2_000;
const MODEL_MS = 10_000;
const CLI_MS = 150_000;
const NOW = '2026-11-24T00:00:00Z';
/** In the CLI's environment only, so /proc/self/environ would carry it into a report. */
const ENV_MARKER = 'MODELWATCH_CORPUS_ENV_MARKER';
const ENV_MARKER_VALUE = 'env-marker-7f3a9c';

/** What no output may hold, with the reason. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\n\s+at (?:async )?\S.*?:\d+:\d+\)?/, 'a stack trace'],
  [/internal error/i, '"internal error"'],
  // "is undefined" is English (a relative change against 0, a metric on one class), not a leak.
  // (and check/undefined-metric is a code).
  [/(?<!is |check\/)\bundefined\b/, '"undefined"'],
  [/\bNaN\b/, '"NaN"'],
  [/\b(?:TypeError|RangeError|ReferenceError)\b|Cannot read propert|is not a function|Cannot create a string|Maximum call stack|Invalid string length/, 'a JavaScript runtime error'],
  [/\bPATH=\//, 'the process environment'],
  [new RegExp(ENV_MARKER_VALUE), 'the process environment'],
];

interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): { pid: number | undefined; done: Promise<CliRun> } {
  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<CliRun>((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
  });
  return { pid: child.pid, done };
}

/**
 * A FIFO opened for reading blocks its reader until a writer comes, for ever. Twice a second,
 * look whether a thread of this process or of the CLI waits in the kernel for a FIFO's other
 * end (wchan `wait_for_partner`, Linux); when one has waited at two looks in a row, open each
 * FIFO for writing without blocking (which succeeds only where a reader waits) and close it, so
 * the reader sees an empty file and the run goes on, and remember those FIFOs. A reader that
 * opens a FIFO without blocking, to refuse it, never waits there and is never counted.
 */
function fifoWatchdog(fifos: readonly string[], pids: () => readonly (number | undefined)[]): { blocked: Set<string>; stop(): void } {
  const blocked = new Set<string>();
  let looks = 0;
  const waiting = (pid: number): boolean => {
    try {
      return readdirSync(`/proc/${pid}/task`).some((tid) => {
        try {
          return readFileSync(`/proc/${pid}/task/${tid}/wchan`, 'utf8') === 'wait_for_partner';
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  };
  const timer = setInterval(() => {
    looks = pids().some((pid) => pid !== undefined && waiting(pid)) ? looks + 1 : 0;
    if (looks < 2) return;
    looks = 0;
    for (const fifo of fifos) {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
        blocked.add(fifo);
      } catch {
        // ENXIO: nobody is reading this one.
      }
    }
  }, 500);
  return { blocked, stop: () => clearInterval(timer) };
}

class Failures {
  readonly byCase = new Map<string, string[]>();
  readonly global: string[] = [];
  add(name: string | null, why: string): void {
    if (name === null) {
      this.global.push(why);
      return;
    }
    const list = this.byCase.get(name) ?? [];
    if (list.length < 6) list.push(why.length > 400 ? `${why.slice(0, 400)}…` : why);
    this.byCase.set(name, list);
  }
}

const describeError = (e: PolicyError) => `${e.file}:${e.line}:${e.column}: [${e.code}] ${e.message.slice(0, 200)}`;

/** The policy errors of a case satisfy it: some error, every one well formed, one with its code on its lines. */
function checkPolicyErrors(c: WrittenPolicyCase, errors: readonly PolicyError[], where: string, fail: (why: string) => void): void {
  if (errors.length === 0) return fail(`${where}: no policy error`);
  for (const e of errors) {
    if (!isProblemCode(e.code)) fail(`${where}: unknown code in ${describeError(e)}`);
    if (!(e.line >= 1 && e.column >= 1)) fail(`${where}: no position in ${describeError(e)}`);
    if (e.message.trim() === '') fail(`${where}: empty message at ${e.line}:${e.column}`);
  }
  const right = errors.filter((e) => (c.codes === undefined || c.codes.includes(e.code)) && (c.lines === undefined || (e.line >= c.lines[0] && e.line <= c.lines[1])));
  if (right.length === 0) {
    const wanted = `${c.codes === undefined ? 'an error' : c.codes.join(' or ')}${c.lines === undefined ? '' : ` on lines ${c.lines[0]}-${c.lines[1]}`}`;
    fail(`${where}: wanted ${wanted}; got ${errors.slice(0, 3).map(describeError).join(' | ')}`);
  }
}

function forbiddenIn(text: string): string[] {
  return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([pattern, why]) => `${why}: …${snippet(text, pattern)}…`);
}

function snippet(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (m === null) return '';
  return JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
}

describe('the hostile corpus', () => {
  const root = process.env.MODELWATCH_CORPUS_KEEP ?? mkdtempSync(path.join(tmpdir(), 'modelwatch-corpus-'));
  let corpus: Corpus;
  const failures = new Failures();
  const timings: Record<string, number> = {};
  let caseNames: string[] = [];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run -s build\` first`);
    rmSync(root, { recursive: true, force: true });
    const lap = (() => {
      let last = performance.now();
      return (step: string) => {
        const now = performance.now();
        timings[step] = Math.round(now - last);
        last = now;
      };
    })();
    corpus = writeHostileCorpus(root, { seed: SEED, bombBytes: BOMB_BYTES });
    lap('write the corpus');
    caseNames = [...corpus.policyCases.map((c) => c.name), ...corpus.dataCases.map((c) => c.name)];
    const env: NodeJS.ProcessEnv = { ...process.env, ...corpus.env };
    for (const name of Object.keys(env)) if (name.startsWith('MODELWATCH_CORPUS_UNSET_')) delete env[name];
    let cliPid: number | undefined;
    const watchdog = fifoWatchdog(corpus.fifos, () => [process.pid, cliPid]);
    const out = path.join(root, 'out');
    const cliEnv = { ...env, NO_COLOR: '1', [ENV_MARKER]: ENV_MARKER_VALUE };
    const args = ['check', ...corpus.paths, '--now', NOW, '--fail-on', 'never'];
    try {
      // The CLI runs while the loader and the engine run in this process (two cores).
      const cli = runCli([...args, '--format', 'json', '--out', `${out}/report.json`], root, cliEnv);
      cliPid = cli.pid;
      const loads = await loadEachPolicy(corpus, env);
      lap('load each policy in-process');
      const good = [...corpus.good.keys()];
      const inProcess = await evaluate({ paths: ['data-policies', ...good], cwd: root, env, now: new Date(NOW) });
      lap('evaluate the data cases in-process');
      const alone = await evaluate({ paths: good, cwd: root, env, now: new Date(NOW) });
      lap('evaluate the good policies alone');
      const done = await cli.done;
      lap('wait for the CLI');
      timings['the CLI run'] = Math.round(done.ms);
      judge({ corpus, failures, loads, inProcess: inProcess.report, alone: alone.report, cli: done, out, blocked: watchdog.blocked });
      lap('judge');
      if (process.env.MODELWATCH_CORPUS_KEEP !== undefined) {
        const cases = Object.fromEntries(failures.byCase);
        writeFileSync(path.join(root, 'failures.json'), JSON.stringify({ timings, global: failures.global, cases }, null, 1));
      }
    } finally {
      watchdog.stop();
    }
  }, 300_000);

  afterAll(() => {
    if (process.env.MODELWATCH_CORPUS_KEEP === undefined) rmSync(root, { recursive: true, force: true });
  });

  it('holds at least 500 broken policies and 100 broken data files, each named once', () => {
    expect(corpus.policyCases.length).toBeGreaterThanOrEqual(500);
    expect(corpus.dataCases.filter((c) => 'codes' in c.expect).length).toBeGreaterThanOrEqual(100);
    expect(new Set(caseNames).size).toBe(caseNames.length);
  });

  it('is the same corpus for the same seed', () => {
    const again = writeHostileCorpus(mkdtempSync(path.join(tmpdir(), 'modelwatch-corpus-again-')), { seed: SEED, bombBytes: BOMB_BYTES });
    const digest = (c: Corpus) => [...c.policyCases.map((p) => `${p.name}\u0000${String(typeof p.content === 'string' || p.content instanceof Uint8Array ? Buffer.from(p.content).toString('base64') : JSON.stringify(p.content))}`), ...c.dataCases.map((d) => `${d.name}\u0000${d.path}`)];
    expect(digest(again)).toEqual(digest(corpus));
    rmSync(again.root, { recursive: true, force: true });
  });

  it('whole outputs: no stack trace, internal error, undefined, NaN or environment outside a case', () => {
    expect(failures.global).toEqual([]);
  });

  it('every case holds, but those known to be open', () => {
    const unexpected = Object.fromEntries([...failures.byCase].filter(([name]) => !(name in KNOWN_OPEN)));
    expect(unexpected).toEqual({});
  });

  it('every case known to be open still fails (empty KNOWN_OPEN when it is fixed)', () => {
    const fixed = Object.keys(KNOWN_OPEN).filter((name) => !failures.byCase.has(name));
    const unknown = Object.keys(KNOWN_OPEN).filter((name) => !caseNames.includes(name));
    expect({ fixed, unknown }).toEqual({ fixed: [], unknown: [] });
  });
});

interface Loaded {
  readonly errors: readonly PolicyError[];
  readonly loaded: boolean;
  readonly ms: number;
  readonly threw?: string;
}

/** Each broken policy loaded alone in this process, timed: text through loadPolicySource, special files through loadPolicyFile. */
async function loadEachPolicy(corpus: Corpus, env: NodeJS.ProcessEnv): Promise<Map<string, Loaded>> {
  const results = new Map<string, Loaded>();
  for (const c of corpus.policyCases) {
    const absolute = path.join(corpus.root, c.file);
    const started = performance.now();
    try {
      const result =
        typeof c.content === 'string' || c.content instanceof Uint8Array
          ? loadPolicySource(c.file, readFileSync(absolute, 'utf8'), { env, dir: path.dirname(absolute), root: corpus.root })
          : await loadPolicyFile(c.file, { env, cwd: corpus.root });
      results.set(c.name, { errors: result.errors, loaded: result.policy !== null, ms: performance.now() - started });
    } catch (error) {
      results.set(c.name, { errors: [], loaded: false, ms: performance.now() - started, threw: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return results;
}

interface Runs {
  readonly corpus: Corpus;
  readonly failures: Failures;
  readonly loads: ReadonlyMap<string, Loaded>;
  readonly inProcess: Report;
  readonly alone: Report;
  /** `check --format json --out report.json`: the text report on stdout, the log on stderr. */
  readonly cli: CliRun;
  readonly out: string;
  readonly blocked: ReadonlySet<string>;
}

function judge(runs: Runs): void {
  const { corpus, failures, cli } = runs;
  const cliReport = readReport(runs, failures);
  const reports: [string, Report][] = [['in-process', runs.inProcess]];
  if (cliReport !== null) reports.push(['cli', cliReport]);

  // Who each identifier in an output belongs to.
  const owner = new Map<string, string>();
  for (const c of corpus.policyCases) {
    owner.set(c.file, c.name);
    const name = /name: (c-[0-9a-f]{8})/.exec(typeof c.content === 'string' ? c.content : '')?.[1];
    if (name !== undefined) owner.set(name, c.name);
  }
  for (const c of corpus.dataCases) {
    owner.set(c.policyFile, c.name);
    owner.set(c.model, c.name);
  }

  for (const c of corpus.policyCases) judgePolicyCase(c, runs, cliReport);
  for (const c of corpus.dataCases) judgeDataCase(c, runs, reports);
  judgeGoodModels(runs, reports);

  // Every output, line by line: a forbidden text is charged to the case whose file or model
  // was named last before it, else to the run as a whole. The Markdown and HTML reports, the
  // job summary and the issue bodies are rendered from the reports here (the renderers are
  // pure functions of a report), rather than by more runs of the CLI over the whole corpus.
  const outputs: [string, string][] = [
    ['cli stdout (text report)', cli.stdout],
    ['cli stderr', cli.stderr],
  ];
  const jsonFile = path.join(runs.out, 'report.json');
  if (existsSync(jsonFile)) outputs.push(['cli JSON report', readFileSync(jsonFile, 'utf8')]);
  for (const [label, report] of reports) {
    outputs.push([`${label}: Markdown`, renderMarkdown(report)], [`${label}: HTML`, renderHtml(report)], [`${label}: job summary`, renderSummary(report)]);
    if (label === 'in-process') outputs.push([`${label}: text`, renderText(report, { color: false, width: 200 })], [`${label}: JSON`, renderJson(report)]);
    for (const model of report.models) {
      outputs.push([`${label}: issue body of ${model.name}`, renderIssueBody({ model, since: {}, openedAt: report.generated_at, firstRun: null, latestRun: null, runbookUrl: null })]);
    }
  }
  const identifiers = /(?:data-)?policies\/[dp]-[a-z0-9-]+\.yaml|\b[cd]-[0-9a-f]{8}\b/g;
  for (const [label, text] of outputs) {
    let current: string | null = null;
    for (const line of text.split('\n')) {
      // Markdown escapes the dashes and dots of a name; look at it unescaped.
      for (const m of line.replace(/\\(.)/g, '$1').matchAll(identifiers)) current = owner.get(m[0]) ?? current;
      for (const [pattern, why] of FORBIDDEN) if (pattern.test(`\n${line}`)) failures.add(current, `${label}: ${why}: ${snippet(line, pattern)}`);
      if (line.includes(corpus.secret)) failures.add(current, `${label}: the secret value`);
    }
  }
  // 2: there are policy errors; anything else (3: internal error, a signal) is a crash.
  if (cli.code !== 2) failures.add(null, `the CLI exited ${cli.code} (signal ${cli.signal}) after ${Math.round(cli.ms)} ms, not 2 (policy errors); stderr: ${cli.stderr.slice(-300)}`);

}

function readReport(runs: Runs, failures: Failures): Report | null {
  const file = path.join(runs.out, 'report.json');
  if (!existsSync(file)) {
    failures.add(null, `no JSON report after ${Math.round(runs.cli.ms)} ms (exit ${runs.cli.code}, signal ${runs.cli.signal}): ${runs.cli.stderr.slice(-500)}`);
    return null;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.v1.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(report)) failures.add(null, `the JSON report does not validate: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return report;
}

function judgePolicyCase(c: WrittenPolicyCase, runs: Runs, cliReport: Report | null): void {
  const fail = (why: string) => runs.failures.add(c.name, why);
  const loaded = runs.loads.get(c.name)!;
  if (loaded.threw !== undefined) fail(`load threw: ${loaded.threw.split('\n').slice(0, 3).join(' ')}`);
  else {
    if (c.inRunOnly !== true) {
      if (loaded.loaded) fail('loadPolicy accepted it');
      checkPolicyErrors(c, loaded.errors, 'loadPolicy', fail);
    }
    for (const e of loaded.errors) for (const why of forbiddenIn(e.message)) fail(`loadPolicy message: ${why}`);
  }
  if (loaded.ms > POLICY_MS) fail(`loading took ${Math.round(loaded.ms)} ms (bound ${POLICY_MS} ms)`);
  if (typeof c.content === 'object' && 'fifo' in c.content && runs.blocked.has(path.join(runs.corpus.root, c.file))) fail('a reader blocked on this FIFO');
  if (cliReport === null) return;
  const errors = cliReport.policy_errors.filter((e) => e.file === c.file);
  checkPolicyErrors(c, errors, 'cli', fail);
  const model = cliReport.models.find((m) => m.policy === c.file);
  if (model !== undefined) fail(`cli: evaluated as model ${model.name}`);
  // The text report lists each policy error as file:line:column.
  const first = errors[0];
  if (first !== undefined && !runs.cli.stdout.includes(`${first.file}:${first.line}:${first.column}: `)) fail('the text report does not show file:line:column');
}

const SLOT_ROWS = { reference: 'reference', current: 'current', labels: null } as const;

function judgeDataCase(c: WrittenDataCase, runs: Runs, reports: readonly [string, Report][]): void {
  const fail = (why: string) => runs.failures.add(c.name, why);
  if (typeof c.content === 'object' && 'fifo' in c.content && runs.blocked.has(path.resolve(runs.corpus.root, 'data-policies', c.path))) fail('a reader blocked on this FIFO');
  for (const [label, report] of reports) {
    const model = report.models.find((m) => m.name === c.model);
    const errors = report.policy_errors.filter((e) => e.file === c.policyFile);
    if (model === undefined && errors.length === 0) {
      fail(`${label}: neither a model nor a policy error`);
      continue;
    }
    if (model !== undefined) judgeModel(model, label, fail);
    const expect = c.expect;
    if ('codes' in expect) {
      if (model !== undefined) {
        if (model.error === null) fail(`${label}: model is ${model.status} with no model error (checks: ${model.checks.filter((k) => k.status === 'error').map((k) => `${k.id} [${k.code}]`).join(', ') || 'none in error'})`);
        else {
          if (model.error_code === null || !expect.codes.includes(model.error_code)) fail(`${label}: code ${model.error_code}, wanted ${expect.codes.join(' or ')}: ${model.error.slice(0, 200)}`);
          if (!model.error.includes(c.shownAs)) fail(`${label}: the message does not name ${c.shownAs}: ${model.error.slice(0, 200)}`);
          if (expect.row !== undefined && !model.error.includes(`row ${expect.row}`)) fail(`${label}: the message does not name row ${expect.row}: ${model.error.slice(0, 200)}`);
          if (expect.column !== undefined && !model.error.includes(JSON.stringify(expect.column))) fail(`${label}: the message does not name column ${expect.column}: ${model.error.slice(0, 200)}`);
        }
      } else if (!errors.some((e) => expect.codes.includes(e.code) && e.message.includes(c.shownAs))) {
        fail(`${label}: policy errors without ${expect.codes.join(' or ')} naming ${c.shownAs}: ${errors.slice(0, 2).map(describeError).join(' | ')}`);
      }
    } else if ('rows' in expect) {
      if (model === undefined) fail(`${label}: refused at load: ${errors.slice(0, 2).map(describeError).join(' | ')}`);
      else if (model.error !== null) {
        if (expect.orCodes === undefined || model.error_code === null || !expect.orCodes.includes(model.error_code)) fail(`${label}: model error [${model.error_code}] ${model.error.slice(0, 200)}`);
      } else {
        const slot = SLOT_ROWS[c.slot];
        if (slot !== null && model.rows[slot] !== expect.rows) fail(`${label}: ${model.rows[slot]} ${slot} rows, wanted ${expect.rows}`);
      }
    } else if (model === undefined) {
      fail(`${label}: refused at load: ${errors.slice(0, 2).map(describeError).join(' | ')}`);
    }
  }
}

/** What every model in a report must satisfy: within its time, and a code for every problem. */
function judgeModel(model: ModelReport, label: string, fail: (why: string) => void): void {
  if (model.duration_ms > MODEL_MS) fail(`${label}: the model took ${model.duration_ms} ms (bound ${MODEL_MS} ms)`);
  if (model.error !== null && (model.error_code === null || !isProblemCode(model.error_code))) fail(`${label}: model error without a code: ${model.error.slice(0, 200)}`);
  for (const check of model.checks) {
    if ((check.status === 'error' || check.status === 'no_data') && (check.code === undefined || !isProblemCode(check.code))) fail(`${label}: check ${check.id} is ${check.status} without a code: ${check.message.slice(0, 200)}`);
  }
}

/** The good models: evaluated in the corpus's run exactly as in a run of the good policies alone. */
function judgeGoodModels(runs: Runs, reports: readonly [string, Report][]): void {
  const summary = (m: ModelReport) => ({ status: m.status, error: m.error, rows: m.rows, checks: m.checks.map((c) => `${c.id} ${c.status} ${String(c.value)}`) });
  for (const [file, name] of runs.corpus.good) {
    const alone = runs.alone.models.find((m) => m.name === name);
    if (alone === undefined || alone.error !== null) {
      runs.failures.add(null, `good policy ${file} (${name}) fails alone: ${alone?.error ?? runs.alone.policy_errors.filter((e) => e.file === file).map(describeError).join(' | ')}`);
      continue;
    }
    for (const [label, report] of reports) {
      const model = report.models.find((m) => m.name === name && m.policy === file);
      if (model === undefined) runs.failures.add(null, `${label}: good model ${name} (${file}) is not reported`);
      else {
        judgeModel(model, label, (why) => runs.failures.add(null, `good model ${name}: ${why}`));
        if (JSON.stringify(summary(model)) !== JSON.stringify(summary(alone))) runs.failures.add(null, `${label}: good model ${name} differs from a run of the good policies alone: ${JSON.stringify(summary(model)).slice(0, 300)} vs ${JSON.stringify(summary(alone)).slice(0, 300)}`);
      }
    }
  }
}
