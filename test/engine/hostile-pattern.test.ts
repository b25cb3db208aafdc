/**
 * The patterns that hung `check` for over a minute on RegExp (issue 9, item 3) finish fast on
 * hostile statuses, and a good policy in the same run is still reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/run.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-hostile-pattern-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PATTERNS = ['^\\d*\\d*\\d*\\d*x', '^(a+){2,100}$', '^(a|aa){1,200}c$', '(a+)+$', '^(a|a?)+$', '^(\\w+\\s?)*$', '(x+x+)+y'];

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('hostile error_rate patterns in a run', () => {
  it('finish fast on statuses built to make them backtrack, and the good policy is reported', async () => {
    // Each status is a worst case for some pattern: long runs of digits, a's, words, x's.
    const statuses = ['1'.repeat(999), `${'a'.repeat(999)}b`, `${'word '.repeat(199)}!`, 'x'.repeat(999), 'ok'];
    write('statuses.csv', `status\n${Array.from({ length: 500 }, (_, i) => `${statuses[i % statuses.length]}${i % 5 === 4 ? '' : i}`).join('\n')}\n`);
    write('small.csv', 'status\nok\n');
    const checks = PATTERNS.map((pattern, i) => `  - { id: p${i}, type: operational, metric: error_rate, column: status, pattern: '${pattern}', fail: { gt: 0.99 } }`).join('\n');
    const head = (name: string, data: string) => `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: ${name}, task: regression }\ncolumns: { types: { status: categorical } }\ndata: { current: { file: ${data} } }\ndefaults: { min_samples: 1 }\nchecks:\n`;
    const hostile = write('hostile.yaml', `${head('hostile', 'statuses.csv')}${checks}\n`);
    const good = write('good.yaml', `${head('good', 'small.csv')}  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n`);
    const started = performance.now();
    const { report } = await evaluate({ paths: [hostile, good], cwd: dir, env: {} });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.policy_errors).toEqual([]);
    const model = report.models.find((m) => m.name === 'hostile');
    expect(model?.checks.map((c) => c.status)).toEqual(PATTERNS.map(() => 'pass'));
    expect(report.models.find((m) => m.name === 'good')?.status).toBe('pass');
  });
});
