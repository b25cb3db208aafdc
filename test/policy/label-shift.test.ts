/**
 * Loading a `label_shift` check (docs/policy.md#type-label_shift): defaults (warn > 0.05, fail >
 * 0.1, max_condition 100), and the options refused at load, each at its position.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { LabelShiftCheckSpec } from '../../src/policy/types.js';

function policy(check: string, { task = 'binary_classification', target = '  target: label\n', reference = '  reference: { file: ref.csv }\n' } = {}): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: income
  task: ${task}
columns:
  prediction: pred
  score: proba
${target}data:
${reference}  current: { file: cur.csv }
checks:
  - id: class-mix
    type: label_shift
${check}`;
}

function load(source: string) {
  const { policy: loaded, errors } = loadPolicySource('p.yaml', source, { env: {}, dir: '/tmp' });
  return { check: loaded?.checks[0] as LabelShiftCheckSpec | undefined, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code) };
}

/** `p.yaml:line:column` of the first occurrence of `needle`. */
function place(source: string, needle: string): string {
  const offset = source.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the policy`);
  const before = source.slice(0, offset).split('\n');
  return `p.yaml:${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('label_shift in a policy', () => {
  it('fills the defaults', () => {
    const { check, lines } = load(policy(''));
    expect(lines).toEqual([]);
    expect(check).toMatchObject({ type: 'label_shift', warn: { gt: 0.05 }, fail: { gt: 0.1 }, max_condition: 100 });
    expect(check!.decision_threshold).toBeUndefined();
  });

  it('keeps what the policy writes, confidence included; one threshold replaces both defaults', () => {
    const { check, lines } = load(policy('    decision_threshold: 0.3\n    max_condition: 20\n    fail: { gt: 0.08, confidence: 0.95 }\n'));
    expect(lines).toEqual([]);
    expect(check).toMatchObject({ decision_threshold: 0.3, max_condition: 20, fail: { gt: 0.08, confidence: 0.95 } });
    expect(check!.warn).toBeUndefined();
  });

  it('refuses a regression model, a missing reference and a missing target', () => {
    const regression = policy('', { task: 'regression' });
    expect(load(regression).lines).toEqual([`${place(regression, 'label_shift')}: label_shift estimates class priors: model.task must be binary_classification or multiclass_classification`]);
    const noReference = policy('', { reference: '' });
    expect(load(noReference).lines).toEqual([`${place(noReference, 'label_shift')}: label_shift estimates from the labelled reference: add data.reference`]);
    const noTarget = policy('', { target: '' });
    expect(load(noTarget).lines).toEqual([`${place(noTarget, 'label_shift')}: label_shift reads the reference's labels: add columns.target`]);
  });

  it('refuses vs: reference, decision_threshold on multiclass, and bad values', () => {
    const vs = policy('    fail: { vs: reference, absolute: { gt: 0.1 } }\n');
    expect(load(vs).lines).toEqual([`${place(vs, 'fail:')}: label_shift judges |current prior − reference prior| of each class, already a change against the reference: write the bound on it (e.g. fail: { gt: 0.1 }) without vs, relative or absolute`]);
    const multi = policy('    decision_threshold: 0.3\n', { task: 'multiclass_classification' });
    expect(load(multi).codes).toContain('policy/conflict');
    expect(load(multi).lines.some((l) => l.startsWith(`${place(multi, 'decision_threshold')}: "decision_threshold" applies to binary classification only`))).toBe(true);
    expect(load(policy('    max_condition: 0.5\n')).lines).toEqual([expect.stringMatching(/"max_condition" must be/)]);
    expect(load(policy('    decision_threshold: 1.5\n')).codes).toEqual(['policy/invalid-value']);
    expect(load(policy('    confidence: 0.95\n')).lines[0]).toMatch(/unknown key "confidence" in a label_shift check/);
    expect(load(policy('    fail: { gt: 0.1, confidence: 0.9 }\n')).codes).toEqual(['policy/invalid-value']);
    const unreachable = policy('    warn: { gt: 0.2 }\n    fail: { gt: 0.1 }\n');
    expect(load(unreachable).codes).toEqual(['policy/unreachable-threshold']);
  });
});
