/**
 * Runs `node dist/index.js` as the GitHub runner does: inputs as INPUT_<NAME> (upper-cased,
 * hyphens kept), the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH) and
 * context variables, with GITHUB_API_URL pointing at a fake GitHub. Asynchronous, so that the
 * fake server in the test's own process keeps answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist/index.js');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

let counter = 0;

export async function runAction(options: {
  workspace: string;
  apiUrl: string;
  runId: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Called with the child process once it runs (to kill it mid-run). */
  onSpawn?: (child: ChildProcess) => void;
}): Promise<ActionRun> {
  const files = join(options.workspace, `.runner-${options.runId}-${counter++}`);
  await mkdir(join(files, 'temp'), { recursive: true });
  const output = join(files, 'output');
  const summary = join(files, 'summary.md');
  const event = join(files, 'event.json');
  await writeFile(output, '');
  await writeFile(summary, '');
  await writeFile(event, JSON.stringify({ schedule: '17 6 * * *' }));
  const inputs: Record<string, string> = {
    policies: 'monitors',
    'github-token': 'ghs_fake_token_for_tests',
    issues: 'true',
    'retraining-prs': 'true',
    'fail-on': 'fail',
    'dry-run': 'false',
    'report-artifact': 'modelwatch-report',
    summary: 'true',
    // The runner passes action.yml's default, modelwatch/state; these tests opt in to state
    // (test/action/state.test.ts), the others check a run that keeps none.
    'state-branch': '',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: options.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff',
    RUNNER_TEMP: join(files, 'temp'),
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [DIST], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, outputs: parseOutputs(await readFile(output, 'utf8')), summary: await readFile(summary, 'utf8') };
}

/** The `name<<DELIMITER` blocks @actions/core appends to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
