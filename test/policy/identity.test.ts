/**
 * Retraining branch names are an injective function of the model name (proved by decoding
 * every encoding back to its exact name, over arbitrary strings) into refs that the real
 * `git check-ref-format` accepts; safe names stay as they are.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelName, modelOfRetrainBranch, refComponent, retrainBranch } from '../../src/policy/identity.js';

/** Model names the schema allows (`^[a-z0-9][a-z0-9._-]{0,62}$`), biased towards dots. */
const policyName = fc
  .tuple(fc.constantFrom(...'abz09'), fc.array(fc.constantFrom(...'ab9._-.'), { maxLength: 62 }), fc.constantFrom('', '.', '..', '.lock', '.LOCK', 'lock'))
  .map(([first, rest, tail]) => `${first}${rest.join('')}${tail}`.slice(0, 63));

/** Anything at all, including control characters, `~^:?*[\`, `@{`, `/`, lone surrogates and `=`. */
const anyName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'a.=/@{}~^:?*[\\ \u0000\u007f\u202e'), maxLength: 20 }),
  policyName,
);

const gitAvailable = spawnSync('git', ['--version']).status === 0;

function gitAccepts(ref: string): boolean {
  return spawnSync('git', ['check-ref-format', ref]).status === 0;
}

describe('retraining branch names', () => {
  it('keep safe names readable, and encode the ones git refuses or that would collide', () => {
    expect(retrainBranch('churn')).toBe('modelwatch/retrain/churn');
    expect(retrainBranch('income.v2_b-1')).toBe('modelwatch/retrain/income.v2_b-1');
    expect(retrainBranch('a.b')).toBe('modelwatch/retrain/a.b');
    expect(retrainBranch('a..b')).toBe('modelwatch/retrain/a.=2Eb');
    expect(retrainBranch('model')).not.toBe(retrainBranch('model.'));
    expect(retrainBranch('model.')).toBe('modelwatch/retrain/model=2E');
    expect(retrainBranch('a.lock')).toBe('modelwatch/retrain/a=2Elock');
    expect(retrainBranch('a=2Eb')).toBe('modelwatch/retrain/a=3D2Eb');
    expect(refComponent('')).toBe('=');
  });

  it('are injective: every encoding decodes to exactly its name', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(modelName(refComponent(name))).toBe(name);
        expect(modelOfRetrainBranch(retrainBranch(name))).toBe(name);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        if (a !== b) expect(retrainBranch(a)).not.toBe(retrainBranch(b));
      }),
      { numRuns: 5000 },
    );
    // A component no name encodes to is not taken for one.
    for (const other of ['a..b', 'x=', 'x=G1', 'x=u12', '=2e', 'a=61', '.a']) expect(modelName(other)).toBeNull();
  });

  it.runIf(gitAvailable)('are refs that git check-ref-format accepts, for names of every kind', () => {
    expect(gitAccepts('refs/heads/modelwatch/retrain/a..b')).toBe(false); // the check itself can fail
    const names = [
      ...['a.b', 'a..b', 'model', 'model.', 'a.lock', 'a.LOCK', '.x', 'x/', 'a/b', '@', '@{u}', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[', 'a\\b', 'a b', '\u0000', '\u007f', '\u202e', ''],
      ...fc.sample(anyName, { numRuns: 150, seed: 9 }),
      ...fc.sample(policyName, { numRuns: 100, seed: 17 }),
    ];
    const refused = names.filter((name) => !gitAccepts(`refs/heads/${retrainBranch(name)}`));
    expect(refused.map((n) => JSON.stringify(n))).toEqual([]);
    // And as a branch name given to git directly (what `git checkout -b` checks).
    expect(execFileSync('git', ['check-ref-format', '--branch', retrainBranch('a..b.lock')]).toString().trim()).toBe('modelwatch/retrain/a.=2Eb=2Elock');
  });
});
