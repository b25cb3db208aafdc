import { describe, expect, it } from 'vitest';
import type { DriftDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { renderText } from '../../src/report/text.js';
import { displayWidth } from '../../src/report/width.js';
import { sampleReport } from './sample-report.js';

// eslint-disable-next-line no-control-regex -- stripping ANSI colour codes
const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

/** The lines from the one starting with `from` up to (excluding) the next blank line. */
function block(text: string, from: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(from));
  expect(start, `no line starts with ${from}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start, end);
}

describe('renderText', () => {
  const plain = renderText(sampleReport(), { color: false, width: 100 });

  it('starts with the overall status, then policy errors as file:line:column: message, then one line per model', () => {
    const lines = plain.split('\n');
    expect(lines[1]).toBe('FAIL  4 models: 1 fail, 1 error, 1 warn, 1 pass');
    expect(block(plain, 'Policy errors')).toEqual(['Policy errors (1)', '  monitors/churn.yaml:14:7: unknown key "treshold" (did you mean "threshold"?)']);
    const fleet = block(plain, 'STATUS  MODEL');
    expect(fleet.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['FAIL', 'income-classifier'],
      ['WARN', 'income-segments'],
      ['ERROR', 'fraud-scorer'],
      ['PASS', 'hours-regressor'],
    ]);
    expect(fleet[1]).toMatch(/1 fail, 1 error, 1 warn, 2 pass, 1 silenced$/);
    expect(fleet[3]).toContain('no checks · could not read current data');
  });

  it('lists each model’s checks worst first with value, threshold and message, aligned', () => {
    const table = block(renderText(sampleReport(), { color: false, width: 120 }), 'STATUS    CHECK');
    expect(table.map((l) => l.trim().split(/\s{2,}/)[1])).toEqual([
      'CHECK',
      'feature-drift',
      'income-rule',
      'missing-values',
      'age-range',
      'unseen-categories',
      'score-drift',
    ]);
    expect(table[1]!.trim().split(/\s{2,}/).slice(0, 5)).toEqual(['fail', 'feature-drift', 'drift', '25%', 'warn ≥ 12.5% · fail ≥ 25%']);
    const valueEnd = table[0]!.indexOf('VALUE') + 'VALUE'.length;
    for (const line of table) expect(line.slice(valueEnd - 1, valueEnd)).not.toBe(' ');
  });

  it('shows only the drift columns that are warn or fail, with method, statistic, p-value and status', () => {
    const drift = block(plain, 'feature-drift: 2 of 8 columns drifted (25%)');
    // The table ends where the drifted columns' summaries (reference → current) begin.
    const rows = drift.slice(2, drift.findIndex((l, i) => i > 0 && (!l.startsWith('    ') || l.trim() === 'reference → current'))).map((l) => l.trim().split(/\s{2,}/).slice(0, 5));
    expect(rows).toEqual([
      ['age', 'wasserstein', '0.2431', '—', 'fail'],
      ['hours_per_week', 'wasserstein', '0.2117', '—', 'fail'],
      ['occupation', 'jensen_shannon', '0.1274', '—', 'warn'],
    ]);
    expect(plain).toMatch(/ {4}proba +ks +0\.0312 +3\.2e-7 +fail/);
    expect(plain).toContain('  segment-drift: no column could be compared');
  });

  it('says so when no column drifted', () => {
    const report = sampleReport();
    const model = report.models[0]!;
    const drift = model.checks[1]!;
    const details = drift.details as DriftDetails;
    const calm: DriftDetails = { ...details, columns: details.columns.map((c) => ({ ...c, status: 'pass', drifted: false })), drifted_columns: 0 };
    const text = renderText({ ...report, models: [{ ...model, checks: [{ ...drift, status: 'pass', details: calm }] }] }, { color: false });
    expect(text).toContain('  feature-drift: no column drifted (8 compared)');
  });

  it('gives the reason of a model-level error and lists schema problems and quality columns over threshold', () => {
    expect(plain).toContain('  error: could not read current data: monitors/data/fraud/current.parquet: no such file or directory');
    expect(block(plain, 'schema: 2 schema problems')).toEqual([
      '  schema: 2 schema problems',
      '    - column "fnlwgt" is categorical, expected numeric',
      '    - forbidden column "email" is present',
      '  segment-drift: no column could be compared',
    ]);
    expect(plain).toMatch(/ {4}occupation +5\.93% +966 of 16,281 +warn/);
  });

  it('uses ANSI colours only when asked, and the same text either way', () => {
    expect(plain).not.toContain('\x1b');
    const coloured = renderText(sampleReport(), { color: true, width: 100 });
    expect(coloured).toContain('\x1b[1;31mFAIL');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it.each([80, 100, 140])('keeps lines within %i columns, cutting messages with …', (width) => {
    const text = renderText(sampleReport(), { color: true, width });
    const lines = stripAnsi(text).split('\n').filter((l) => !l.startsWith('  error: '));
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    if (width <= 100) expect(text).toContain('…');
  });

  it('leaves the check type out below 100 columns and never cuts a model error', () => {
    const narrow = renderText(sampleReport(), { color: false, width: 60 });
    expect(narrow).toMatch(/^ {2}STATUS +CHECK +VALUE +THRESHOLD +MESSAGE$/m);
    expect(narrow).toContain('  error: could not read current data: monitors/data/fraud/current.parquet: no such file or directory');
  });

  it('neutralises terminal control sequences and bidi overrides in data', () => {
    const report = sampleReport();
    const model = report.models[3]!;
    const hostile: Report = {
      ...report,
      models: [{ ...model, name: 'evil\x1b[2J\x1b]8;;http://x\x07name\u202e', error: 'line1\nline2\rline3' }],
    };
    const text = renderText(hostile, { color: false });
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    expect(text).toContain('evil\\u{1b}[2J\\u{1b}]8;;http://x\\u{7}name\\u{202e}');
    expect(text).toContain('line1 line2 line3');
  });
});
