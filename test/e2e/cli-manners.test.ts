/**
 * The CLI's manners: help for each command, one-line usage errors that name the closest option
 * or command, colours by the usual conventions, and whole messages on demand on a terminal
 * (run in a real pseudo-terminal by util-linux's `script`, essential in Debian).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './run-cli.js';

const ESC = '\u001b[';

describe('help and usage errors', () => {
  it('modelwatch help COMMAND prints that command\'s options, as COMMAND --help does', () => {
    for (const command of ['check', 'validate']) {
      const help = runCli(['help', command]);
      expect(help.code).toBe(0);
      expect(help.stdout).toBe(runCli([command, '--help']).stdout);
      expect(help.stdout).toMatch(new RegExp(`^Usage: modelwatch ${command} `));
    }
    expect(runCli(['help']).stdout).toContain('modelwatch help [COMMAND]');
  });

  it('an unknown option or command is one line naming the closest one, then where help is', () => {
    const cases: [string[], string, string][] = [
      [['check', '--fial-on', 'warn'], "unknown option '--fial-on' for check; did you mean '--fail-on'?", 'modelwatch help check'],
      [['check', '--formt=json'], "unknown option '--formt' for check; did you mean '--format'?", 'modelwatch help check'],
      [['validate', '--out', 'x.json'], "unknown option '--out' for validate", 'modelwatch help validate'],
      [['chek'], 'unknown command "chek"; did you mean "check"?', 'modelwatch --help'],
      [['help', 'valdiate'], 'unknown command "valdiate"; did you mean "validate"?', 'modelwatch --help'],
      [['check', '--xyzzy'], "unknown option '--xyzzy' for check", 'modelwatch help check'],
    ];
    for (const [args, message, hint] of cases) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(`modelwatch: ${message} [cli/usage]\nRun '${hint}' for usage.\n`);
    }
    expect(runCli(['check', '--xyzzy']).stderr).not.toContain('did you mean');
  });
});

describe('colours', () => {
  // A small policy of its own: six runs of an example would be most of this file's time.
  const dir = mkdtempSync(join(tmpdir(), 'mw-colours-'));
  writeFileSync(join(dir, 'data.csv'), ['x,c', ...Array.from({ length: 40 }, (_, i) => `${i % 9},${i % 2 === 0 ? 'a' : 'b'}`)].join('\n'));
  writeFileSync(join(dir, 'colours.yaml'), ['apiVersion: modelwatch/v1', 'kind: ModelMonitor', 'model: { name: colours, task: regression }', 'data:', '  reference: { file: data.csv }', '  current: { file: data.csv }', 'defaults: { min_samples: 10 }', 'checks:', '  - { id: drift, type: drift, features: all }', ''].join('\n'));
  const run = (env: NodeJS.ProcessEnv, args: string[] = []) => runCli(['check', join(dir, 'colours.yaml'), '--root', dir, ...args], { env: { NO_COLOR: '', FORCE_COLOR: '', ...env } }).stdout;

  it('off when stdout is not a terminal; FORCE_COLOR turns them on, FORCE_COLOR=0 and NO_COLOR off; the flags win', () => {
    expect(run({})).not.toContain(ESC);
    expect(run({ FORCE_COLOR: '1' })).toContain(ESC);
    expect(run({ FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toContain(ESC);
    expect(run({ NO_COLOR: '1' }, ['--color'])).toContain(ESC);
    expect(run({ FORCE_COLOR: '1' }, ['--no-color'])).not.toContain(ESC);
  });
});

describe('on a terminal', () => {
  /** The lines as left on the screen: a line redrawn in place (progress) shows its last drawing. */
  function inTerminal(columns: number, args: string[]): string[] {
    return terminalOutput(columns, args).split('\n').map((line) => (line.split('\u001b[2K').pop() ?? '').replace(/\r/g, ''));
  }

  /** Runs the CLI in a pseudo-terminal of the given width and returns what it wrote, colours off. */
  function terminalOutput(columns: number, args: string[]): string {
    const command = `stty cols ${columns} rows 40; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args.join(' ')}`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  it('shows a progress line on stderr (model, rows, checks, time), erased at the end; none when piped or with -q', () => {
    const args = ['check', 'examples/monitors/adult-income.yaml', '--fail-on', 'never'];
    const text = terminalOutput(100, args);
    expect(text).toMatch(/modelwatch: model 1 of 1 · adult-income · 32,561 \+ 16,281 rows · checks 8 of 8 · \d+\.\d s/);
    expect(text).toContain('\u001b[2K');
    const piped = runCli(args);
    expect(piped.stderr).toContain('modelwatch: evaluating adult-income');
    expect(piped.stderr).not.toContain('model 1 of 1');
    expect(piped.stderr).not.toContain('\u001b[');
    expect(terminalOutput(100, [...args, '-q'])).not.toContain('model 1 of 1');
  });

  it('fits messages to its width, and --wide prints them whole as a log file gets them', () => {
    const args = ['check', 'examples/monitors/adult-income-shifted.yaml', '--fail-on', 'never'];
    const narrow = inTerminal(100, args);
    const wide = inTerminal(100, [...args, '--wide']);
    const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length));
    expect(narrow.join('\n')).toContain('…');
    expect(longest(wide)).toBeGreaterThan(longest(narrow) + 20);
    // The terminal also gets stderr's progress lines; every line of the log-file output is there whole.
    const whole = runCli(args).stdout.split('\n').filter((line) => !line.startsWith('modelwatch 0.1.0'));
    for (const line of whole) expect(wide).toContain(line);
  });
});
