/** Secrets substituted from the environment never reach a report. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/engine/redact.js';
import { runChecks } from '../../src/engine/run.js';
import { loadPolicySource } from '../../src/policy/load.js';

describe('redactSecrets', () => {
  it('replaces every occurrence in nested strings, longest secret first', () => {
    const redacted = redactSecrets({ a: 'token s3cr3t-long and s3cr3t', b: ['x s3cr3t'], n: 3, t: null }, ['s3cr3t', 's3cr3t-long']);
    expect(redacted).toEqual({ a: 'token *** and ***', b: ['x ***'], n: 3, t: null });
  });

  it('leaves values shorter than four characters alone', () => {
    expect(redactSecrets({ a: 'abc' }, ['ab'])).toEqual({ a: 'abc' });
  });
});

describe('a policy that uses ${NAME}', () => {
  it('records the substituted value as a secret, not as enumerable data', () => {
    const { policy } = loadPolicySource('p.yaml', 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\ndata: { current: { file: "${DATA_TOKEN}.csv" } }\nchecks: [{ id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }]\n', { env: { DATA_TOKEN: 'hunter2-secret' }, dir: '/tmp' });
    expect(policy!.secrets).toEqual(['hunter2-secret']);
    expect(JSON.stringify(policy)).not.toContain('"secrets"');
  });

  it('never shows the value in the report, even in an error message that names the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-secret-'));
    writeFileSync(join(dir, 'p.yaml'), 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\ndata: { current: { file: "${DATA_TOKEN}/missing.csv" } }\nchecks: [{ id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }]\n');
    const report = await runChecks({ paths: [join(dir, 'p.yaml')], env: { DATA_TOKEN: 'hunter2-secret' } });
    expect(report.models[0]!.status).toBe('error');
    expect(report.models[0]!.error).toContain('***');
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });
});
