/**
 * How many models a run evaluates at once (engine/run.ts) and how the CLI's progress line shows
 * several at a time (src/cli-progress.ts). The pool itself runs only from the bundle:
 * test/e2e/concurrency.test.ts.
 */
import { PassThrough } from 'node:stream';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/cli-progress.js';
import { runConcurrency } from '../../src/engine/run.js';

describe('runConcurrency', () => {
  it('is the option, else MODELWATCH_CONCURRENCY (a whole number or auto), else 1', () => {
    expect(runConcurrency(undefined, {})).toBe(1);
    expect(runConcurrency(undefined, { MODELWATCH_CONCURRENCY: '' })).toBe(1);
    expect(runConcurrency(undefined, { MODELWATCH_CONCURRENCY: ' 3 ' })).toBe(3);
    expect(runConcurrency(undefined, { MODELWATCH_CONCURRENCY: 'auto' })).toBe(availableParallelism());
    expect(runConcurrency(2, { MODELWATCH_CONCURRENCY: '5' })).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'many']) expect(() => runConcurrency(undefined, { MODELWATCH_CONCURRENCY: bad })).toThrow(/MODELWATCH_CONCURRENCY must be a whole number of at least 1 or "auto"/);
    expect(() => runConcurrency(0, {})).toThrow(/concurrency must be a whole number of at least 1, got 0/);
  });
});

describe('the progress line with models side by side', () => {
  it('shows the earliest model still running, its own rows and checks, and how many run beside it', () => {
    const stream = Object.assign(new PassThrough(), { columns: 200 }) as unknown as NodeJS.WriteStream;
    const line = new ProgressLine(stream, (text) => text);
    line.handle({ kind: 'loaded', models: 3 });
    line.handle({ kind: 'model', index: 0, models: 3, name: 'a', file: 'a.yaml' });
    line.handle({ kind: 'model', index: 1, models: 3, name: 'b', file: 'b.yaml' });
    line.handle({ kind: 'read', name: 'b', rows: { reference: 10, current: 20 } });
    line.handle({ kind: 'check', name: 'a', done: 1, checks: 2 });
    expect(line.text()).toMatch(/^modelwatch: model 1 of 3 · a · reading its data · checks 1 of 2 · 1 more running · \d+\.\d s$/);
    line.handle({ kind: 'model-done', index: 0, models: 3, name: 'a', ms: 5 });
    expect(line.text()).toMatch(/^modelwatch: model 2 of 3 · b · 10 \+ 20 rows · \d+\.\d s · about \d+\.\d s left$/);
    line.stop();
  });
});
