import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { findPolicyFiles } from '../../src/policy/find.js';

const POLICY = 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\n';
const FOREIGN = 'name: CI\non: [push]\n';

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'modelwatch-find-'));
  const files: Record<string, string> = {
    'monitors/churn.yaml': POLICY,
    'monitors/fraud.yml': POLICY,
    'monitors/nested/deep/adult.yaml': POLICY,
    'monitors/nested/workflow.yaml': FOREIGN,
    'monitors/notes.txt': POLICY,
    'monitors/node_modules/pkg/policy.yaml': POLICY,
    'monitors/.hidden/policy.yaml': POLICY,
    'monitors/broken.yaml': 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: "x }\n',
    'monitors/v2.yaml': 'apiVersion: modelwatch/v2\nkind: ModelMonitor\n',
    'other/ci.yaml': FOREIGN,
    'empty/readme.md': '# nothing\n',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
    await writeFile(path.join(cwd, file), text);
  }
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('findPolicyFiles', () => {
  it('searches a folder recursively, skipping node_modules, dot-folders and non-policies', async () => {
    const { files, errors } = await findPolicyFiles(['monitors'], cwd);
    expect(errors).toEqual([]);
    // broken.yaml does not parse but declares itself a policy, and v2.yaml has a wrong version:
    // both are kept so that the loader can say what is wrong with them.
    expect(files).toEqual(['monitors/broken.yaml', 'monitors/churn.yaml', 'monitors/fraud.yml', 'monitors/nested/deep/adult.yaml', 'monitors/v2.yaml']);
  });

  it('takes an explicit file as is, sorted and without duplicates', async () => {
    const { files, errors } = await findPolicyFiles(['monitors/fraud.yml', 'monitors', './monitors/churn.yaml'], cwd);
    expect(errors).toEqual([]);
    expect(files).toContain('monitors/fraud.yml');
    expect(files.filter((f) => f.endsWith('churn.yaml'))).toHaveLength(1);
    expect(files).toEqual([...files].sort());
  });

  it('expands a glob pattern', async () => {
    const { files, errors } = await findPolicyFiles(['monitors/**/*.yaml'], cwd);
    expect(errors).toEqual([]);
    expect(files).toEqual(['monitors/broken.yaml', 'monitors/churn.yaml', 'monitors/nested/deep/adult.yaml', 'monitors/v2.yaml']);
  });

  it('reports a path that matches nothing at 1:1', async () => {
    const { files, errors } = await findPolicyFiles(['monitors/churn.yaml', 'nope.yaml', 'nope/*.yaml'], cwd);
    expect(files).toEqual(['monitors/churn.yaml']);
    expect(errors.map(formatPolicyError)).toEqual(['nope.yaml:1:1: no such file or folder', 'nope/*.yaml:1:1: no file matches this pattern']);
  });

  it('reports a non-policy named explicitly, and a folder without policies', async () => {
    const { files, errors } = await findPolicyFiles(['other/ci.yaml', 'empty', 'other'], cwd);
    expect(files).toEqual([]);
    expect(errors.map(formatPolicyError)).toEqual([
      'other/ci.yaml:1:1: not a modelwatch policy (expected "apiVersion: modelwatch/v1" and "kind: ModelMonitor")',
      'empty:1:1: no modelwatch policy (*.yaml, *.yml) found in this folder',
      'other:1:1: no modelwatch policy (*.yaml, *.yml) found in this folder',
    ]);
  });

  it('keeps absolute paths absolute', async () => {
    const absolute = path.join(cwd, 'monitors', 'churn.yaml');
    const { files, errors } = await findPolicyFiles([absolute], '/');
    expect(errors).toEqual([]);
    expect(files).toEqual([absolute]);
  });
});
