import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';

// Expected values are written by hand from docs/policy.md (defaults), not produced by the loader.
const GOOD = 'test/fixtures/policies/good';
const root = path.resolve(import.meta.dirname, '../..');
const env = { MODEL_VERSION: '4.2.0', DATA_ROOT: '/mnt/data' };

async function expected(name: string): Promise<unknown> {
  const dir = path.join(root, GOOD);
  const text = await readFile(path.join(dir, `${name}.expected.json`), 'utf8');
  // The repository root: the nearest folder with .git above the fixtures.
  return JSON.parse(text.replaceAll('<dir>', dir).replaceAll('<root>', root));
}

describe('loadPolicyFile on good policies', async () => {
  const names = (await readdir(path.join(root, GOOD))).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of names) {
    it(`${name}.yaml normalises to ${name}.expected.json`, async () => {
      const { policy, errors } = await loadPolicyFile(`${GOOD}/${name}.yaml`, { cwd: root, env });
      expect(errors).toEqual([]);
      expect(JSON.parse(JSON.stringify(policy))).toEqual(await expected(name));
    });
  }

  it('keeps the file as given and the folder absolute', async () => {
    const { policy } = await loadPolicyFile(`./${GOOD}/minimal.yaml`, { cwd: root, env });
    expect(policy?.file).toBe(`./${GOOD}/minimal.yaml`);
    expect(policy?.dir).toBe(path.join(root, GOOD));
    expect(path.isAbsolute(policy?.dir ?? '')).toBe(true);
  });

  it('positionOf finds nodes by JSON pointer (1-based line and column)', async () => {
    const { policy } = await loadPolicyFile(`${GOOD}/churn.yaml`, { cwd: root, env });
    expect(policy).not.toBeNull();
    // `    fail: { gt: 0.02 }` on line 46 of churn.yaml: the value 0.02 starts at column 17.
    expect(policy?.positionOf('/checks/2/fail/gt')).toEqual({ line: 46, column: 17 });
    expect(policy?.positionOf('/checks/0')).toEqual({ line: 29, column: 5 });
    expect(policy?.positionOf('/model/name')).toEqual({ line: 6, column: 9 });
    expect(policy?.positionOf('/nope')).toBeUndefined();
  });

  it('positionOf is not part of the serialised policy', async () => {
    const { policy } = await loadPolicyFile(`${GOOD}/minimal.yaml`, { cwd: root, env });
    expect(Object.keys(policy ?? {})).not.toContain('positionOf');
    expect(typeof policy?.positionOf).toBe('function');
  });
});
