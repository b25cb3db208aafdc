/**
 * The artifact upload sits behind `ArtifactUploader` (src/github/artifact.ts); the runner's
 * artifact service is not doubled. This test runs the Action in-process with a recording
 * uploader and checks what the interface promises: both report files are uploaded under the
 * input's name, before any write to GitHub, and an upload failure or a failing GitHub write
 * still leaves the report on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action.js';
import type { ArtifactUploader } from '../../src/github/artifact.js';
import { artifactServiceAvailable } from '../../src/github/artifact.js';
import { FakeGitHub } from '../github/fake-github.js';
import { createWorkspace, type Workspace } from './workspace.js';

let fake: FakeGitHub;
let workspace: Workspace;
const saved = { ...process.env };
const savedExitCode = process.exitCode;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  workspace = await createWorkspace();
  const output = join(workspace.dir, 'output');
  await writeFile(output, '');
  Object.assign(process.env, {
    'INPUT_GITHUB-TOKEN': 'ghs_test',
    INPUT_POLICIES: 'monitors',
    'INPUT_REPORT-ARTIFACT': 'modelwatch-report',
    'INPUT_RETRAINING-PRS': 'false',
    INPUT_SUMMARY: 'false',
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_API_URL: fake.url,
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: join(workspace.dir, 'temp'),
  });
});

afterEach(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  process.exitCode = savedExitCode;
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

class RecordingUploader implements ArtifactUploader {
  readonly calls: { name: string; files: string[]; root: string; writesBefore: number; contents: string[] }[] = [];
  constructor(
    private readonly server: FakeGitHub,
    private readonly fail = false,
  ) {}
  async upload(name: string, files: readonly string[], root: string): Promise<{ id: number | null }> {
    this.calls.push({ name, files: [...files], root, writesBefore: this.server.writes.length, contents: files.map((f) => readFileSync(f, 'utf8')) });
    if (this.fail) throw new Error('artifact service unavailable');
    return { id: 7 };
  }
}

describe('report artifact', () => {
  it('uploads the JSON and Markdown reports before any write to GitHub', async () => {
    const uploader = new RecordingUploader(fake);
    await run({ env: process.env, uploader });
    expect(uploader.calls).toHaveLength(1);
    const [call] = uploader.calls;
    expect(call?.name).toBe('modelwatch-report');
    expect(call?.files.map((f) => f.slice(call.root.length + 1))).toEqual(['modelwatch-report.json', 'modelwatch-report.md']);
    expect(call?.writesBefore).toBe(0);
    expect(fake.writes.length).toBeGreaterThan(0); // the issue was opened after the upload
    expect(JSON.parse(call?.contents[0] ?? '{}').models.map((m: { name: string }) => m.name)).toEqual(['churn', 'steady']);
  });

  it('goes on when the upload fails, and keeps the report on disk when GitHub refuses', async () => {
    fake.withheld.add('issues');
    const uploader = new RecordingUploader(fake, true);
    await run({ env: process.env, uploader });
    expect(process.exitCode).toBe(1);
    expect(existsSync(uploader.calls[0]?.files[0] ?? '')).toBe(true);
  });

  it('knows when the runner provides the artifact service', () => {
    expect(artifactServiceAvailable({})).toBe(false);
    expect(artifactServiceAvailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results' })).toBe(true);
  });
});
