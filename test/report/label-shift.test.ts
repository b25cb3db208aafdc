/**
 * A label_shift check in every renderer: its classes form a "by class" table whose value is the
 * estimated current prior with its 95% interval; class names come from data and are escaped;
 * the report with its details validates against schema/report.v1.schema.json. The check is run
 * for real on a small seeded 3-class table whose class names are hostile.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { labelShiftCheck } from '../../src/checks/label-shift.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { renderHtml } from '../../src/report/html.js';
import { evidence } from '../../src/report/issue-body.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Policy } from '../../src/policy/types.js';
import { mulberry32 } from '../../src/data/random.js';
import { categorical, context, policyWith, table } from '../checks/context.js';
import { sampleReport } from './sample-report.js';

const CLASSES = ['<img src=x onerror=alert(1)>', '@acme/team | x', 'plain'];

function labelShiftReport(): { report: Report; check: CheckReport } {
  const random = mulberry32(20261202);
  // The model is right 80% of the time; the current window holds class 2 three times as often.
  const rows = (n: number, priors: readonly number[]) => {
    const label: string[] = [];
    const pred: string[] = [];
    for (let i = 0; i < n; i++) {
      const u = random.uniform();
      const y = u < priors[0]! ? 0 : u < priors[0]! + priors[1]! ? 1 : 2;
      const p = random.uniform() < 0.8 ? y : (y + 1 + Math.floor(random.uniform() * 2)) % 3;
      label.push(CLASSES[y]!);
      pred.push(CLASSES[p]!);
    }
    return { label, pred };
  };
  const ref = rows(3000, [0.45, 0.45, 0.1]);
  const cur = rows(2000, [0.35, 0.35, 0.3]);
  const policy: Policy = {
    ...policyWith({ prediction: 'pred', target: 'label', class_scores: Object.fromEntries(CLASSES.map((c, i) => [c, `p${i}`])) }),
    model: { name: 'm', task: 'multiclass_classification', owners: [] },
  };
  const outcome = labelShiftCheck.run(
    { id: 'class-mix', type: 'label_shift', min_samples: 100, pointer: '/checks/0', max_condition: 100, warn: { gt: 0.05 }, fail: { gt: 0.1 } },
    context(table(categorical('pred', cur.pred)), table(categorical('label', ref.label), categorical('pred', ref.pred)), policy),
  );
  const check: CheckReport = { id: 'class-mix', type: 'label_shift', status: outcome.status, value: outcome.value, thresholds: outcome.thresholds, message: outcome.message, details: outcome.details, duration_ms: 3 };
  const report = sampleReport();
  const model = report.models[0]!;
  return { report: { ...report, models: [{ ...model, checks: [check] }, ...report.models.slice(1)] }, check };
}

describe('label_shift in the reports', () => {
  const { report, check } = labelShiftReport();

  it('fails on the planted class and validates against the report schema', () => {
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/^class "plain"|^class plain/);
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(renderJson(report))), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(JSON.parse(renderJson(report)) as { models: { checks: { details: { classes: { weight?: number }[] } }[] }[] });
    delete broken.models[0]!.checks[0]!.details.classes[0]!.weight;
    expect(validate(broken)).toBe(false);
  });

  it('shows a by-class table in Markdown, text and HTML, and the issue evidence, escaping class names', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('### class\\-mix: by class');
    expect(md).toMatch(/\| plain \| — \| 0\.\d+ \(0\.\d+ to 0\.\d+\) \| ❌ fail \|/);
    expect(md).not.toContain('<img');
    const text = renderText(report, { color: false, width: 160 });
    expect(text).toContain('class-mix: by class (3)');
    expect(text).toMatch(/CLASS\s+ROWS\s+VALUE \(95% INTERVAL\)/);
    const html = renderHtml(report);
    expect(html).toContain('class-mix: by class');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const issue = evidence(check);
    expect(issue).toContain('| class | rows | value (95% interval) | status | message |');
    expect(issue).not.toContain('<img');
  });
});
