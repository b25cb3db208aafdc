/**
 * Every value resolved from `${NAME}` is a secret from the moment it is read (issue 9, item 1):
 * it never appears, raw or escaped for any medium, in anything the CLI prints or writes, nor in
 * what the Action logs, annotates, summarises or leaves in its report files, whether the policy
 * that read it loaded, failed to load, or failed while reading data. Two secrets: one made of
 * characters every escaper leaves alone (so any fragment of it is easy to spot), one made of
 * the characters Markdown, HTML and JSON each escape.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTerminal } from '../../src/report/escape.js';
import { runAction } from '../action/runner.js';
import { FakeGitHub } from '../github/fake-github.js';
import { runCli } from './run-cli.js';

/** Plain: fits model names, check ids and paths, so policies that use it can load. */
const PLAIN = 'zq-s3cr3t_9x';
/** Special: what each escaper rewrites (Markdown punctuation, HTML metacharacters, JSON's quote and backslash). */
const SPECIAL = 'kappa9"<&>\'w0rdz\\_*';
const ENV = { SECRET: PLAIN, SPECIAL };

/** Every form in which a secret could be printed: raw, escaped for each medium, and the pieces a cut or a quote would leave. */
function forms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [secret, escapeMarkdown(secret), escapeHtml(secret), escapeMarkdown(escapeHtml(secret)), json, escapeTerminal(secret)];
}
/** The mask, as is or Markdown-escaped. */
const MASKED = /\*\*\*|\\\*\\\*\\\*/;
const FORBIDDEN = [...forms(PLAIN), ...forms(SPECIAL), 's3cr3t', 'kappa9', 'w0rdz'];

function expectNoSecret(where: string, text: string): void {
  for (const form of FORBIDDEN) {
    if (text.includes(form)) throw new Error(`${where} holds ${JSON.stringify(form)}:\n${text.slice(Math.max(0, text.indexOf(form) - 300), text.indexOf(form) + 300)}`);
  }
}

const CSV = ['id,x,colour', ...Array.from({ length: 60 }, (_, i) => `${i},${i % 7},${i % 3 === 0 ? 'red' : 'blue'}`)].join('\n');

function policy(name: string, body: string): string {
  return `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: ${name}, task: regression }\n${body}`;
}

const DATA = 'data: { reference: { file: ../data.csv }, current: { file: ../data.csv } }\n';
const CHECKS = 'checks:\n  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n';

/** Policies that use a secret where a value of the wrong type or shape goes, one position each. */
const BROKEN: Record<string, string> = {
  'min-samples': policy('b1', `${DATA}defaults: { min_samples: "\${SECRET}" }\n${CHECKS}`),
  'min-samples-special': policy('b2', `${DATA}defaults: { min_samples: "\${SPECIAL}" }\n${CHECKS}`),
  threshold: policy('b3', `${DATA}checks:\n  - { id: rows, type: data_quality, metric: row_count, fail: { lt: "\${SPECIAL}" } }\n`),
  'threshold-plain': policy('b4', `${DATA}checks:\n  - { id: rows, type: data_quality, metric: row_count, fail: { lt: "\${SECRET}" } }\n`),
  'model-name': `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: "\${SPECIAL}", task: regression }\n${DATA}${CHECKS}`,
  'task': `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: b5, task: "\${SECRET}" }\n${DATA}${CHECKS}`,
  'check-id': policy('b6', `${DATA}checks:\n  - { id: "\${SPECIAL}", type: data_quality, metric: row_count, fail: { lt: 1 } }\n`),
  'check-type': policy('b7', `${DATA}checks:\n  - { id: rows, type: "\${SECRET}", metric: row_count, fail: { lt: 1 } }\n`),
  metric: policy('b8', `${DATA}checks:\n  - { id: rows, type: data_quality, metric: "\${SECRET}", fail: { lt: 1 } }\n`),
  column: policy('b9', `columns: { id: "\${SECRET}" }\n${DATA}checks:\n  - { id: ids, type: data_quality, metric: duplicate_ids, columns: ["\${SPECIAL}"], fail: { gt: 0 } }\n`),
  feature: policy('b10', `${DATA}checks:\n  - { id: drift, type: drift, features: ["\${SECRET}", "\${SPECIAL}"] }\n`),
  window: policy('b11', `columns: { timestamp: t }\ndata: { current: { file: ../data.csv }, window: "\${SECRET}" }\n${CHECKS}`),
  expression: policy('b12', `${DATA}checks:\n  - { id: biz, type: business, expr: "mean(\${SECRET}) + \${SPECIAL}", fail: { lt: 1 } }\n`),
  format: policy('b13', `data: { current: { file: ../data.csv, format: "\${SECRET}" } }\n${CHECKS}`),
  'unknown-key': policy('b14', `${DATA}checks:\n  - id: rows\n    type: data_quality\n    metric: row_count\n    fail: { lt: 1 }\n    \${SECRET}: "\${SECRET}"\n`),
  silence: policy('b15', `${DATA}${CHECKS}alerting:\n  silences: [{ checks: ["\${SECRET}"], until: "\${SPECIAL}", reason: "\${SECRET}" }]\n`),
};

/** Policies that load: one whose data read fails on a path holding the secret, one that runs. */
const LOADING: Record<string, string> = {
  'missing-data': policy('l1', `data: { current: { file: "../\${SECRET}/\${SPECIAL}.csv" } }\n${CHECKS}`),
  runs: `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: "l2-\${SECRET}", version: "\${SPECIAL}", task: regression, runbook: "https://wiki.example/\${SECRET}" }\n${DATA}checks:\n  - { id: "rows-\${SECRET}", type: data_quality, metric: row_count, description: "guards \${SPECIAL}", fail: { lt: 100000 } }\n  - { id: missing, type: data_quality, metric: missing_share, columns: [x], fail: { gt: 0.5 } }\nalerting:\n  issue: { labels: ["\${SECRET}"] }\n`,
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-secrets-'));
  mkdirSync(join(dir, 'monitors'));
  writeFileSync(join(dir, 'data.csv'), `${CSV}\n`);
  for (const [name, text] of Object.entries({ ...BROKEN, ...LOADING })) writeFileSync(join(dir, 'monitors', `${name}.yaml`), text);
  return dir;
}

describe('secrets from ${NAME} (CLI)', () => {
  const dir = workspace();

  it.each(['text', 'json', 'markdown', 'html'])('never appear in the %s report, on stdout or on stderr', (format) => {
    const out = join(dir, `report.${format}`);
    const result = runCli(['check', 'monitors', '--format', format, '--out', out], { cwd: dir, env: ENV });
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(2); // the broken policies are policy errors
    const written = readFileSync(out, 'utf8');
    // The run did report the policies: an empty report would pass trivially.
    expect(written).toContain('b1');
    expect(written).toMatch(MASKED);
    expectNoSecret('stdout', result.stdout);
    expectNoSecret('stderr', result.stderr);
    expectNoSecret(`the ${format} report`, written);
  });

  it('never appear on stdout when the report goes there', () => {
    for (const format of ['text', 'json', 'markdown', 'html']) {
      const result = runCli(['check', 'monitors', '--format', format], { cwd: dir, env: ENV });
      expect(result.stdout).toMatch(MASKED);
      expectNoSecret(`stdout (${format})`, result.stdout);
      expectNoSecret(`stderr (${format})`, result.stderr);
    }
  });

  it('never appear in validate or in --quiet output', () => {
    const validate = runCli(['validate', 'monitors'], { cwd: dir, env: ENV });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('***');
    expectNoSecret('validate stdout', validate.stdout);
    expectNoSecret('validate stderr', validate.stderr);
    const quiet = runCli(['check', 'monitors', '--quiet'], { cwd: dir, env: ENV });
    expect(quiet.stderr).toContain('***');
    expectNoSecret('check --quiet stderr', quiet.stderr);
  });
});

describe('secrets from ${NAME} (Action)', () => {
  it('are registered with the runner before anything else is logged, and absent from annotations, the summary and the report files', async () => {
    const dir = workspace();
    const fake = await new FakeGitHub().start();
    try {
      const run = await runAction({ workspace: dir, apiUrl: fake.url, runId: '91', env: ENV, inputs: { issues: 'true', 'retraining-prs': 'false' } });
      const lines = run.stdout.split('\n');
      // The runner hides a value only once told; our own log must not rely on it.
      const masks = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
      expect(masks).toContain(PLAIN);
      expect(masks).toContain(SPECIAL.replace(/%/g, '%25'));
      // Before the policies are read, the Action logs only what its inputs say: dry-run, and its
      // version with the `policies` input (the first line, before the engine loads: issue 15).
      const firstOther = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::') && !l.startsWith('dry-run') && !/^modelwatch \S+: evaluating /.test(l));
      const lastMask = lines.map((l) => l.startsWith('::add-mask::')).lastIndexOf(true);
      expect(lastMask).toBeLessThan(firstOther);
      expectNoSecret('the Action log', lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'));
      expect(lines.some((l) => l.startsWith('::error') && l.includes('***'))).toBe(true);
      expect(run.summary).toMatch(MASKED);
      expectNoSecret('the job summary', run.summary);
      const temp = join(dir, readdirSync(dir).find((d) => d.startsWith('.runner-91'))!, 'temp');
      const reportDir = join(temp, readdirSync(temp).find((d) => d.startsWith('modelwatch-'))!);
      const files = readdirSync(reportDir);
      expect(files).toEqual(expect.arrayContaining(['modelwatch-report.json', 'modelwatch-report.md']));
      for (const file of files) expectNoSecret(`artifact file ${file}`, readFileSync(join(reportDir, file), 'utf8'));
      // Issues are made from the report: the loaded policies' secrets stay out of them too.
      expect(fake.openIssues().length).toBeGreaterThan(0);
      for (const issue of fake.openIssues()) expectNoSecret(`issue #${issue.number}`, JSON.stringify(issue));
    } finally {
      await fake.stop();
    }
  });
});
