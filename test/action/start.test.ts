/**
 * Process start of the Action (issue 15): dist/index.js imports statically only what reading
 * the inputs and logging need; the engine, the renderers, the GitHub client, the state store and
 * @actions/artifact come through import() when a step needs them. This follows the bundle's
 * static imports from dist/index.js and weighs what they load, then runs the Action to see that
 * its first line comes before the engine's and that the run still completes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { DIST, runAction } from './runner.js';
import { createWorkspace, type Workspace } from './workspace.js';

/** Relative modules imported statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s[^;(]*?["'](\.\.?\/[^"']+)["']/gm), ...text.matchAll(/^\s*import\s*["'](\.\.?\/[^"']+)["']/gm)];
  return found.map((m) => join(dirname(file), m[1]!));
}

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return seen;
}

let fake: FakeGitHub;
let workspace: Workspace;
beforeEach(async () => {
  expect(existsSync(DIST), `${DIST} is missing: run \`npm run build\` before the tests`).toBe(true);
  fake = await new FakeGitHub().start();
  workspace = await createWorkspace();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

describe('the Action\'s process start', () => {
  it('loads well under 100 kB of bundle before a step needs the engine, GitHub or the artifact service', () => {
    const graph = staticGraph(DIST);
    const bytes = [...graph].reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes, [...graph].join('\n')).toBeLessThan(100_000);
    const text = [...graph].map((file) => readFileSync(file, 'utf8')).join('\n');
    // undici (through @actions/core's OIDC client), Octokit and the artifact client are not in it.
    expect(text).not.toMatch(/llhttp|DefaultArtifactClient|octokit\/core/i);
    expect(readFileSync(DIST, 'utf8')).toMatch(/import\("\.\/chunks\//);
  });

  it('logs its version first, then evaluates and reports as before', async () => {
    // No issues or PRs (dist.test.ts writes them): the GitHub double spaces writes a second apart.
    const run = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '901', inputs: { issues: 'false', 'retraining-prs': 'false' } });
    expect(run.code, run.stdout).toBe(1); // churn fails at fail-on `fail`
    // Workflow commands (`::add-mask::` for the token) are not log lines.
    const lines = run.stdout.split('\n').filter((line) => !line.startsWith('::'));
    expect(lines[0]).toBe('modelwatch 0.1.0: evaluating monitors');
    expect(run.stdout).toContain('2 policies loaded, 0 error(s)');
    expect(run.stdout).toContain('report written to ');
    expect(run.outputs['status']).toBe('fail');
    expect(run.outputs['failing-models']).toBe('["churn"]');
  });
});
