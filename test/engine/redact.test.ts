/** Secrets substituted from the environment never reach a report. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactPolicy, redactSecrets } from '../../src/engine/redact.js';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape.js';
import { maskOutput } from '../../src/report/mask.js';
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

  it('masks the JSON-quoted form policy errors use, and the keys of objects (column names)', () => {
    const secret = 'pa"ss\\word';
    const message = `"min_samples" must be an integer ≥ 1, got ${JSON.stringify(secret)}`;
    expect(redactSecrets({ message, [secret]: 1 }, [secret])).toEqual({ message: '"min_samples" must be an integer ≥ 1, got "***"', '***': 1 });
  });
});

describe('maskOutput', () => {
  it('masks a secret in the forms each renderer escapes it to', () => {
    const secret = 'p<a>ss_w*rd&"x';
    for (const rendered of [secret, escapeMarkdown(secret), escapeHtml(secret), JSON.stringify(secret).slice(1, -1), escapeMarkdown(JSON.stringify(secret))]) {
      const masked = maskOutput(`before ${rendered} after`, [secret]);
      expect(masked).not.toContain(rendered);
      expect(masked).toMatch(/^before .*\*\*\*.* after$/);
    }
  });
});

describe('redactPolicy', () => {
  it('masks what GitHub sinks send (issue labels, retraining paths) and keeps the hidden fields', () => {
    const { policy } = loadPolicySource('p.yaml', 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\ndata: { current: { file: a.csv } }\nchecks: [{ id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }]\nalerting: { issue: { labels: ["team-${TEAM_TOKEN}"] } }\n', { env: { TEAM_TOKEN: 'hunter2-secret' }, dir: '/tmp' });
    const masked = redactPolicy(policy!, policy!.secrets);
    expect(masked.alerting.issue.labels).toEqual(['team-***']);
    expect(masked.positionOf('/model/name')).toEqual(policy!.positionOf('/model/name'));
    expect(policy!.alerting.issue.labels).toEqual(['team-hunter2-secret']);
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
