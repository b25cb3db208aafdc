/**
 * The renderers show a multivariate drift check's top features (terminal: when it warns or
 * fails; Markdown and HTML: always), escaped, because feature names and category levels come
 * from the data.
 */
import { describe, expect, it } from 'vitest';
import type { MultivariateDriftDetails } from '../../src/checks/details.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

const HOSTILE = '<img src=x onerror=alert(1)>|@team';

function withCheck(details: MultivariateDriftDetails, status: CheckReport['status']): Report {
  const report = sampleReport();
  const model = report.models[0]!;
  const check: CheckReport = {
    id: 'joint-drift',
    type: 'multivariate_drift',
    status,
    value: 0.6018,
    thresholds: { warn: { gt: 0.55 }, fail: { gt: 0.65 } },
    message: 'domain classifier ROC AUC 0.6018 (5-fold, …); most telling: capital_gain (missing); warn: > 0.55',
    details,
    duration_ms: 12,
  };
  return { ...report, models: [{ ...model, checks: [check, ...model.checks] }, ...report.models.slice(1)] };
}

const classifier: MultivariateDriftDetails = {
  kind: 'multivariate_drift',
  method: 'domain_classifier',
  columns: ['capital_gain', 'workclass', 'age'],
  rows: { reference: 5000, current: 5000 },
  features: [
    { column: 'capital_gain', kind: 'numeric', contribution: 0.909, level: '(missing)', coefficient: 0.909 },
    { column: 'workclass', kind: 'categorical', contribution: 0.758, level: HOSTILE, coefficient: -0.758 },
    { column: 'age', kind: 'numeric', contribution: 0.42, level: null, coefficient: 0.42 },
  ],
  pca: null,
  band: null,
  classifier: { folds: 5, c: 1, max_rows: 5000, seed: 0, encoded_columns: 72, iterations: 9, coefficients: [] },
};

describe('multivariate drift evidence in the renderers', () => {
  it('lists the top features in the terminal when the check warns, and not when it passes', () => {
    const text = renderText(withCheck(classifier, 'warn'), { color: false, width: 160 });
    expect(text).toMatch(/joint-drift: top features \(3 of 3\)/);
    expect(text).toMatch(/capital_gain \(missing\) +0\.909/);
    expect(text).toContain('coefficient −0.758');
    expect(renderText(withCheck(classifier, 'pass'), { color: false, width: 160 })).not.toMatch(/top features/);
  });

  it('escapes data-borne names in Markdown and HTML', () => {
    const markdown = renderMarkdown(withCheck(classifier, 'warn'));
    expect(markdown).toContain('### joint\\-drift: top features (3 of 3)');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/\|@team/);
    const html = renderHtml(withCheck(classifier, 'warn'));
    expect(html).toContain('joint-drift: top features (3 of 3)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img');
  });

  it('shows the residuals of a PCA check', () => {
    const pca: MultivariateDriftDetails = {
      ...classifier,
      method: 'pca_reconstruction',
      features: [{ column: 'sex', kind: 'categorical', contribution: 0.0529, residual_reference: 0.5081, residual_current: 0.5610 }],
      pca: { variance: 0.65, components: 7, encoded_columns: 14, explained_variance: 0.66, explained_variance_ratio: [0.17] },
      band: { chunks: 10, chunk_rows: 3256, mean: 1.9877, std: 0.0104, low: 1.9564, high: 2.0189 },
      classifier: null,
    };
    expect(renderMarkdown(withCheck(pca, 'fail'))).toContain('| sex | 0.0529 | squared residual 0\\.5081 → 0\\.561 |');
  });
});
