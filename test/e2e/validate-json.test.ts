/**
 * `modelwatch validate --format json` (issue 13): one JSON document on stdout, `{ valid,
 * problems: [{ file, line, column, code, message }] }`, the same exit codes as the text form,
 * secrets masked as everywhere else, and an unknown format refused as a usage error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const CSV = ['id,x', ...Array.from({ length: 20 }, (_, i) => `${i},${i % 5}`)].join('\n');

function policy(name: string, checks: string): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: ${name}, task: regression }
data:
  reference: { file: data.csv }
  current: { file: data.csv }
checks:
${checks}`;
}

const GOOD = policy('good', '  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n');
// Line 8, column 73: the misspelt key.
const MISSPELT = policy('misspelt', '  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 }, treshold: 1 }\n');
const SECRET = 'zq-v4lid4te_s3cr3t';
// The secret lands where a number goes, so the problem's message would quote it.
const LEAKY = policy('leaky', '  - { id: rows, type: data_quality, metric: row_count, fail: { lt: "${MW_TEST_SECRET}" } }\n');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-validate-json-'));
  writeFileSync(join(dir, 'data.csv'), `${CSV}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Validation {
  valid: number;
  problems: { file: string; line: number; column: number; code: string; message: string }[];
}

function validateJson(dir: string, env: NodeJS.ProcessEnv = {}): { code: number | null; doc: Validation; stdout: string; stderr: string } {
  const result = runCli(['validate', '.', '--format', 'json'], { cwd: dir, env });
  return { code: result.code, doc: JSON.parse(result.stdout) as Validation, stdout: result.stdout, stderr: result.stderr };
}

describe('validate --format json', () => {
  it('counts the valid policies, lists no problem and exits 0 on good policies', () => {
    const dir = project({ 'a.yaml': GOOD, 'b.yaml': GOOD.replace('name: good', 'name: other') });
    const { code, doc, stderr } = validateJson(dir);
    expect(doc).toEqual({ valid: 2, problems: [] });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('gives each problem its file, line, column, code and message, and exits 1', () => {
    const dir = project({ 'good.yaml': GOOD, 'misspelt.yaml': MISSPELT, 'dup.yaml': GOOD });
    const { code, doc, stdout, stderr } = validateJson(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(doc.valid).toBe(1);
    const byCode = Object.fromEntries(doc.problems.map((p) => [p.code, p]));
    expect(Object.keys(byCode).sort()).toEqual(['policy/duplicate-model', 'policy/unknown-key']);
    expect(byCode['policy/unknown-key']).toEqual({ file: 'misspelt.yaml', line: 8, column: 73, code: 'policy/unknown-key', message: expect.stringContaining('unknown key "treshold"') });
    expect(byCode['policy/duplicate-model']).toMatchObject({ file: expect.stringMatching(/^(good|dup)\.yaml$/), line: 3, column: 16 });
    // The keys, in this order, are the format: tools read them.
    for (const problem of doc.problems) expect(Object.keys(problem)).toEqual(['file', 'line', 'column', 'code', 'message']);
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['valid', 'problems']);
  });

  it('says the same as the text form', () => {
    const dir = project({ 'misspelt.yaml': MISSPELT });
    const text = runCli(['validate', '.'], { cwd: dir });
    const { doc } = validateJson(dir);
    expect(text.stderr).toBe(doc.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}\n`).join(''));
  });

  it('never prints a secret a broken policy quotes', () => {
    const dir = project({ 'leaky.yaml': LEAKY });
    const env = { MW_TEST_SECRET: SECRET };
    const text = runCli(['validate', '.'], { cwd: dir, env });
    const { code, doc, stdout, stderr } = validateJson(dir, env);
    expect(code).toBe(1);
    // The problem is reported, at the threshold, with the secret masked.
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({ file: 'leaky.yaml', line: 8 });
    expect(text.stderr).toContain('***');
    expect(stdout).toContain('***');
    for (const fragment of [SECRET, 's3cr3t', 'v4lid4te']) {
      expect(stdout).not.toContain(fragment);
      expect(stderr).not.toContain(fragment);
    }
  });

  it('refuses an unknown format with exit 2 and a usage message', () => {
    const dir = project({ 'good.yaml': GOOD });
    for (const format of ['markdown', 'yaml']) {
      const result = runCli(['validate', '.', '--format', format], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`modelwatch: --format must be one of text, json for validate, got "${format}" [cli/usage]\nRun 'modelwatch help validate' for usage.\n`);
    }
  });

  it('is in validate --help', () => {
    const result = runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format FORMAT');
    expect(result.stdout).toContain('"problems"');
  });
});
