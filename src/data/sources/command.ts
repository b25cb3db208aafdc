/**
 * A program whose standard output is the table: run without a shell, its stdout spooled to a
 * private temporary file (spool.ts) and read as `format` (default csv; gzip output is recognised
 * by its bytes and decompressed under max_gzip_ratio).
 *
 * Arguments. `argv` as written: argv[0] is the program (a path, or a name looked up on PATH),
 * and `{{window.start}}` / `{{window.end}}` are replaced inside each argument by the window's
 * bounds (ISO 8601 UTC), never splitting or joining arguments: a value with spaces stays one
 * argument and no shell interprets anything. The working folder is `cwd` (the policy's folder),
 * the environment modelwatch's own (a command takes its secrets from there, not from argv).
 *
 * Limits. stdout counts against max_bytes as it arrives. Past it, past `timeout_ms`, or when the
 * model's time budget is spent, the command is stopped: SIGTERM to its process group, SIGKILL
 * 2 s later to whatever is left. stderr is kept only as its last 4 KiB (at most 20 lines of it
 * reach the message), so a chatty program cannot fill memory.
 *
 * Process tree (decision). The command runs as the leader of a process group of its own
 * (`detached: true`) and the group is what is signalled, so a script's children (a pipeline,
 * `sleep 1000 &`) stop with it; when the command ends, whatever it left running in its group is
 * stopped the same way, so nothing it started outlives the read. A process that leaves the group
 * on purpose (setsid, a daemon) escapes. The price: a Ctrl-C in a terminal reaches modelwatch
 * but not the group, so modelwatch kills the groups still running when it exits. Windows has no
 * process groups: there only the command itself is killed.
 *
 * Failures. A non-zero exit or death by a signal → source/command with the end of stderr (the
 * engine masks secrets in it afterwards); a program that cannot start (not found, not
 * executable, a missing cwd) → source/command saying which; the timeout → source/timeout; too
 * much output → data/too-large.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { PassThrough } from 'node:stream';
import type { CommandSourceSpec } from '../../policy/types.js';
import { ReadBudget } from '../bytes.js';
import { DataError } from '../errors.js';
import type { Table } from '../table.js';
import type { Source, SourceContext } from './source.js';
import { fillWindow, formatMs, type Spool, withSpool } from './spool.js';

const GRACE_MS = 2_000;
const STDERR_BYTES = 4_096;
const STDERR_LINES = 20;
/** Characters of stderr a message shows at most (reports cut a message at 2,000). */
const STDERR_SHOWN = 1_200;
const DESCRIBED_CHARS = 60;
/** A local path longer than this is described by its last part. */
const SHORTENED_PATH_CHARS = 24;
const GROUPS = process.platform !== 'win32';

/** Process groups still running, killed if modelwatch exits before their read ends. */
const runningGroups = new Set<number>();
let exitHookInstalled = false;

export const commandSource: Source<CommandSourceSpec> = {
  kind: 'command',
  thread: 'main',
  read: readCommand,
  size: () => Promise.resolve(undefined),
  describe: describeCommand,
};

/**
 * `command "python export.py --since {{window.start}}"`, cut to about 60 characters. A long
 * local path keeps only its last part (`…/export.py`), so the script's name survives the cut
 * however deep the checkout is.
 */
function describeCommand(spec: CommandSourceSpec): string {
  const text = spec.argv.map((arg) => quoteArg(shortenPath(arg))).join(' ');
  return `command "${text.length > DESCRIBED_CHARS ? `${text.slice(0, DESCRIBED_CHARS - 1)}…` : text}"`;
}

function quoteArg(arg: string): string {
  return arg === '' || /[\s'"]/.test(arg) ? `'${arg}'` : arg;
}

function shortenPath(arg: string): string {
  if (arg.length <= SHORTENED_PATH_CHARS || arg.includes('://') || !/^\.{0,2}\//.test(arg)) return arg;
  return `…/${arg.slice(arg.lastIndexOf('/') + 1)}`;
}

async function readCommand(spec: CommandSourceSpec, context: SourceContext): Promise<Table> {
  const name = describeCommand(spec);
  if (spec.argv.length === 0 || spec.argv[0] === '') throw new DataError('policy/invalid-value', name, 'argv is empty: give the program and its arguments, e.g. ["python", "export.py"]');
  const argv: string[] = [];
  for (const arg of spec.argv) {
    const filled = fillWindow(arg, context.window);
    if (filled === null) {
      throw new DataError('policy/conflict', name, 'an argument uses {{window.start}} or {{window.end}}, but the model has no window; set data.window (e.g. `window: 7d`), or take the placeholder out of argv');
    }
    argv.push(filled);
  }
  return withSpool(async (spool) => {
    await run(argv, spec, spool, name, context.signal);
    return spool.read(spec.format, spec.delimiter, ReadBudget.of(spec), context.options, name);
  });
}

/** Runs the command with its stdout spooled; resolves once it exited 0 and nothing of it is left running. */
async function run(argv: readonly string[], spec: CommandSourceSpec, spool: Spool, name: string, signal: AbortSignal | undefined): Promise<void> {
  installExitHook();
  const child = spawn(argv[0]!, argv.slice(1), { shell: false, cwd: spec.cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: GROUPS });
  // Taken at once: Node drains (and drops) a child's stdout that nothing reads when the child
  // exits, and the spool only starts reading once its file is open, after a command that
  // prints little and exits at once may be gone.
  const output = child.stdout!.pipe(new PassThrough());
  const pid = child.pid;
  if (pid !== undefined && GROUPS) runningGroups.add(pid);

  let startError: NodeJS.ErrnoException | undefined;
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (error) => {
      startError ??= error;
      if (pid === undefined) resolve({ code: null, signal: null }); // never started: no 'close' to wait for
    });
    child.once('close', (code, killedBy) => resolve({ code, signal: killedBy }));
  });
  const stderr = new Tail(STDERR_BYTES);
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));

  // Why modelwatch stopped the command, once it did; the first reason wins.
  let stopped: DataError | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const stop = (why: DataError): void => {
    if (stopped !== undefined) return;
    stopped = why;
    signalTree(child, 'SIGTERM');
    killTimer = setTimeout(() => signalTree(child, 'SIGKILL'), GRACE_MS);
  };
  const timer = setTimeout(() => {
    stop(new DataError('source/timeout', name, `did not finish within the source's timeout of ${formatMs(spec.timeout_ms)}, and was stopped; raise timeout on the source if "${argv[0]}" is slow, or find out why it hangs`));
  }, spec.timeout_ms);
  const onAbort = (): void => stop(new DataError('source/interrupted', name, 'was stopped before it finished (the model ran out of time)'));
  if (signal?.aborted === true) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  const budget = ReadBudget.of(spec);
  const spooled = spool
    .write(output, (bytes) => budget.spend(name, bytes))
    .catch((error: unknown) => stop(error instanceof DataError ? error : new DataError('source/interrupted', name, `its output could not be written to a temporary file (${errorCode(error) ?? String(error)})`)));

  let result: { code: number | null; signal: NodeJS.Signals | null };
  try {
    result = await closed;
    await spooled;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (pid !== undefined && GROUPS) {
      await stopLeftovers(pid);
      runningGroups.delete(pid);
    }
    clearTimeout(killTimer);
  }

  if (startError !== undefined) throw await cannotStart(startError, argv[0]!, spec.cwd, name);
  if (stopped !== undefined) throw stopped;
  if (result.code === 0) return;
  const how = result.signal !== null ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  const lines = stderr.lastLines(STDERR_LINES, STDERR_SHOWN);
  const tail = lines === '' ? 'it wrote nothing to stderr' : `its last lines of stderr: ${lines}`;
  throw new DataError('source/command', name, `${how}; ${tail}`);
}

/** Signals the command's process group (its own process on Windows); a group already gone is fine. */
function signalTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (GROUPS) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // ESRCH: nothing left to signal.
  }
}

/** After the command ended: stops what it left in its group (SIGTERM, then SIGKILL after the grace). */
async function stopLeftovers(group: number): Promise<void> {
  if (!groupAlive(group)) return;
  try {
    process.kill(-group, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < GRACE_MS && groupAlive(group); waited += 50) await delay(50);
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // gone
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const group of runningGroups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });
}

async function cannotStart(error: NodeJS.ErrnoException, program: string, cwd: string, name: string): Promise<DataError> {
  // spawn says ENOENT for a missing cwd as for a missing program.
  const folder = await stat(cwd).catch(() => undefined);
  if (folder === undefined || !folder.isDirectory()) return new DataError('source/command', name, `cannot start: its working folder ${cwd} does not exist or is not a folder`);
  switch (error.code) {
    case 'ENOENT':
      return new DataError('source/command', name, `cannot start: program "${program}" not found (ENOENT); it runs without a shell, so argv[0] must be a path or a program on PATH`);
    case 'EACCES':
      return new DataError('source/command', name, `cannot start: "${program}" is not executable (EACCES); make it executable (chmod +x) or run it through its interpreter, e.g. ["python", "${program}"]`);
    default:
      return new DataError('source/command', name, `cannot start "${program}" (${error.code ?? error.message})`);
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The last `max` bytes of a stream: what is kept of stderr, never more. */
class Tail {
  #bytes: Buffer = Buffer.alloc(0);
  #cut = false;

  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    const piece = chunk.length > this.max ? chunk.subarray(chunk.length - this.max) : chunk;
    const joined = Buffer.concat([this.#bytes, piece]);
    if (joined.length > this.max || piece !== chunk) this.#cut = true;
    // A copy, so the kept bytes never hold a larger buffer alive.
    this.#bytes = joined.length > this.max ? Buffer.from(joined.subarray(joined.length - this.max)) : joined;
  }

  /** The last non-empty lines (at most `lines`, at most `chars` characters), joined by ` | `. */
  lastLines(lines: number, chars: number): string {
    const all = this.#bytes.toString('utf8').split(/\r?\n|\r/);
    if (this.#cut) all.shift(); // the first line was cut somewhere in its middle
    const kept = all.map((line) => line.trimEnd()).filter((line) => line !== '').slice(-lines);
    const text = kept.join(' | ');
    return text.length > chars ? `…${text.slice(text.length - chars + 1)}` : text;
  }
}
