import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPolicyFiles } from '../../src/policy/find.js';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';

const LINES = [
  '# a comment first, as the examples have',
  'apiVersion: modelwatch/v1',
  'kind: ModelMonitor',
  'model: { name: m, task: regression }',
  'data:',
  '  current: { file: c.csv }',
  'checks:',
  '  - id: rows',
  '    type: data_quality',
  '    metric: row_count',
  '    fial: { lt: 1 }',
];

// Found by the hostile corpus (test/corpus): YAML counts CR LF and LF as line breaks but the
// parser took a lone CR (classic Mac line endings) for ordinary text, so the whole file was its
// first comment: "the policy file is empty" at 1:1, and a folder search skipped it in silence.
describe('line endings', () => {
  it.each([
    ['LF', '\n'],
    ['CR LF', '\r\n'],
    ['CR', '\r'],
  ])('a policy with %s line endings is read, and its mistake placed on its line', (_, eol) => {
    const { errors } = loadPolicySource('p.yaml', LINES.join(eol) + eol, { env: {}, dir: '/policies' });
    expect(errors.map(formatPolicyError)).toEqual(['p.yaml:11:5: unknown key "fial" in a data_quality check (did you mean "fail"?)']);
  });

  it('a folder search keeps a policy with CR line endings', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'modelwatch-eol-'));
    try {
      await writeFile(path.join(cwd, 'mac.yaml'), LINES.join('\r') + '\r');
      expect(await findPolicyFiles(['.'], cwd)).toEqual({ files: ['mac.yaml'], errors: [] });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
