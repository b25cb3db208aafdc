/**
 * Issue 5's acceptance on the shipped examples: `node dist/index.js` on examples/monitors
 * against the OpenAPI-checked fake GitHub. The first run opens one issue per failing model and
 * the retraining PR that adult-income-shifted asks for; an identical second run writes nothing;
 * when the shifted data is replaced by the real test rows, that model's issue is closed.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentModel } from '../../src/github/incident.js';
import { FakeGitHub } from '../github/fake-github.js';
import { DIST, runAction } from './runner.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

let fake: FakeGitHub;
let workspace: string;
beforeEach(async () => {
  expect(existsSync(DIST), `${DIST} is missing: run \`npm run build\` before the tests`).toBe(true);
  fake = await new FakeGitHub().start();
  workspace = await mkdtemp(join(tmpdir(), 'mw-examples-'));
  await cp(join(EXAMPLES, 'monitors'), join(workspace, 'examples', 'monitors'), { recursive: true });
  await cp(join(EXAMPLES, 'data'), join(workspace, 'examples', 'data'), { recursive: true });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

const openIncidents = () => fake.openIssues().map((i) => incidentModel(i.body) ?? '?').sort();

describe('the Action on the bundled examples', () => {
  it('opens an issue per failing model and the requested PR, re-runs without writing, closes on recovery', async () => {
    const inputs = { policies: 'examples/monitors' };
    const first = await runAction({ workspace, apiUrl: fake.url, runId: '901', inputs });
    expect(first.code).toBe(1);
    const failing = JSON.parse(first.outputs['failing-models'] ?? '[]') as string[];
    // Every example with a seeded fault fails: the shifted Adult rows, the offer log's outage, the
    // miscalibrated scale of the diabetes batch and the wine batch's class mix.
    expect(failing.sort()).toEqual(['adult-income-shifted', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']);
    expect(openIncidents()).toEqual(['adult-income-shifted', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']);
    const pulls = fake.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.pull).toMatchObject({ head: 'modelwatch/retrain/adult-income-shifted' });
    const request = fake.fileOn('modelwatch/retrain/adult-income-shifted', 'models/adult-income/retrain-request.yaml');
    expect(request).toContain('adult-income-shifted');
    expect(request).toContain('feature-drift');
    expect(first.summary).toContain('adult\\-income\\-shifted');

    const writes = fake.writes.length;
    const second = await runAction({ workspace, apiUrl: fake.url, runId: '902', inputs });
    expect(second.code).toBe(1);
    expect(fake.writes.slice(writes)).toEqual([]);

    await cp(join(EXAMPLES, 'data', 'adult', 'current.csv'), join(workspace, 'examples', 'data', 'adult-shifted', 'current.csv'));
    const third = await runAction({ workspace, apiUrl: fake.url, runId: '903', inputs });
    expect(JSON.parse(third.outputs['failing-models'] ?? '[]')).toEqual(['diabetes-progression', 'offer-ranker', 'wine-cultivar']);
    expect(openIncidents()).toEqual(['diabetes-progression', 'offer-ranker', 'wine-cultivar']);
    const closed = [...fake.issues.values()].find((i) => i.pull === undefined && incidentModel(i.body) === 'adult-income-shifted');
    expect(closed?.state).toBe('closed');
  }, 300_000);
});
