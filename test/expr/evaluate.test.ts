/**
 * Evaluation semantics on small tables whose answers can be checked by hand; aggregates on real
 * data are checked against pandas in test/expr/adult.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ExpressionError, evaluateRowPredicate, evaluateScalar, parseExpression } from '../../src/expr/index.js';
import type { Expr } from '../../src/expr/index.js';
import { tableOf } from './table.js';

function parse(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${result.message} at ${result.offset}`);
  return result.value;
}

const t = tableOf({
  age: [17, 25, null, 40, 63],
  income: [0, 1200.5, 800, null, 3000],
  segment: ['vip', 'basic', 'vip', null, 'basic'],
  status: ['200', '500', '200', '404', 'timeout'],
  accepted: [1, 0, 1, 1, 0],
  flag: ['true', 'false', null, 'TRUE', 'false'],
  'hours per week': [40, 38, 50, 40, 20],
});

const rows = (text: string) => {
  const { mask, nulls } = evaluateRowPredicate(parse(text), t);
  return { mask: [...mask], nulls };
};

describe('evaluateRowPredicate', () => {
  it('compares numbers, with null rows counted apart', () => {
    expect(rows('age >= 18')).toEqual({ mask: [0, 1, 0, 1, 1], nulls: 1 });
    expect(rows('age + income > 1000')).toEqual({ mask: [0, 1, 0, 0, 1], nulls: 2 });
    expect(rows('income / 0 == 1')).toEqual({ mask: [0, 0, 0, 0, 0], nulls: 5 });
    expect(rows('age % 2 == 1 and -age < -20')).toEqual({ mask: [0, 1, 0, 0, 1], nulls: 1 });
    expect(rows('abs(20 - age) <= 5')).toEqual({ mask: [1, 1, 0, 0, 0], nulls: 1 });
    expect(rows('`hours per week` != 40')).toEqual({ mask: [0, 1, 1, 0, 1], nulls: 0 });
  });

  it('compares text per category, and text with numbers only for equality', () => {
    expect(rows('segment == "vip"')).toEqual({ mask: [1, 0, 1, 0, 0], nulls: 1 });
    expect(rows('"vip" != segment')).toEqual({ mask: [0, 1, 0, 0, 1], nulls: 1 });
    expect(rows('segment < "c"')).toEqual({ mask: [0, 1, 0, 0, 1], nulls: 1 });
    expect(rows('status == 200')).toEqual({ mask: [1, 0, 1, 0, 0], nulls: 0 });
    expect(rows('status in [500, 404]')).toEqual({ mask: [0, 1, 0, 1, 0], nulls: 0 });
    expect(rows('status not in ["200"]')).toEqual({ mask: [0, 1, 0, 1, 1], nulls: 0 });
    expect(rows('segment == status')).toEqual({ mask: [0, 0, 0, 0, 0], nulls: 1 });
    expect(() => rows('status > 200')).toThrow(ExpressionError);
    expect(() => rows('age == "17"')).toThrow(/cannot compare text with a number/);
  });

  it('follows three-valued logic', () => {
    // age null on row 2: false and null = false, true or null = true.
    expect(rows('age > 18 and segment == "vip"')).toEqual({ mask: [0, 0, 0, 0, 0], nulls: 2 });
    expect(rows('age > 18 or segment == "vip"')).toEqual({ mask: [1, 1, 1, 1, 1], nulls: 0 });
    expect(rows('not (age > 18)')).toEqual({ mask: [1, 0, 0, 0, 0], nulls: 1 });
    expect(rows('age is null or income is null')).toEqual({ mask: [0, 0, 1, 1, 0], nulls: 0 });
    expect(rows('segment is not null && !(age in [17, 63])')).toEqual({ mask: [0, 1, 0, 0, 0], nulls: 1 });
    expect(rows('coalesce(age, income, 0) > 100')).toEqual({ mask: [0, 0, 1, 0, 0], nulls: 0 });
    expect(rows('coalesce(segment, "none") == "none"')).toEqual({ mask: [0, 0, 0, 1, 0], nulls: 0 });
  });

  it('uses 0/1 numbers and true/false categories as conditions', () => {
    expect(rows('accepted')).toEqual({ mask: [1, 0, 1, 1, 0], nulls: 0 });
    expect(rows('flag and accepted')).toEqual({ mask: [1, 0, 0, 1, 0], nulls: 1 });
    expect(() => rows('segment and accepted')).toThrow(/needs a condition, but this is text \("vip"\)/);
    expect(() => rows('segment')).toThrow(ExpressionError);
  });

  it('broadcasts aggregates over rows', () => {
    // mean(age) = (17 + 25 + 40 + 63) / 4 = 36.25
    expect(rows('age > mean(age)')).toEqual({ mask: [0, 0, 0, 1, 1], nulls: 1 });
    expect(rows('count() == 5')).toEqual({ mask: [1, 1, 1, 1, 1], nulls: 0 });
  });

  it('points at unknown columns with a suggestion', () => {
    try {
      rows('age > 1 and segmnt == "vip"');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).message).toBe('unknown column "segmnt" (did you mean "segment"?)');
      expect((error as ExpressionError).offset).toBe(12);
    }
  });
});

describe('evaluateScalar', () => {
  const value = (text: string, subset?: number[]) => evaluateScalar(parse(text), t, subset ? Uint32Array.from(subset) : undefined);

  it('computes the aggregates over non-null values', () => {
    expect(value('count()')).toBe(5);
    expect(value('count(age)')).toBe(4);
    expect(value('count(segment)')).toBe(4);
    expect(value('sum(income)')).toBe(0 + 1200.5 + 800 + 3000);
    expect(value('mean(age)')).toBe(36.25);
    expect(value('min(age)')).toBe(17);
    expect(value('max(income)')).toBe(3000);
    expect(value('quantile(age, 0.5)')).toBe(32.5);
    // numpy: np.quantile([17, 25, 40, 63.], 0.95) == 59.54999999999999 (lerp from the upper end).
    expect(value('quantile(age, 0.95)')).toBe(59.54999999999999);
    expect(value('rate(segment == "vip")')).toBe(0.5);
    expect(value('mean(status == "200")')).toBe(0.4);
    expect(value('rate(accepted)')).toBe(0.6);
  });

  it('filters with where:, and treats empty sets as documented', () => {
    expect(value('mean(accepted, where: segment == "vip")')).toBe(1);
    expect(value('count(where: age > 20)')).toBe(3);
    expect(value('sum(income, where: age > 100)')).toBe(0);
    expect(value('mean(income, where: age > 100)')).toBeNull();
    expect(value('max(age, where: segment == "basic")')).toBe(63);
    expect(value('rate(accepted, where: segment is null)')).toBe(1);
  });

  it('divides aggregates, null on a zero divisor', () => {
    expect(value('ratio(sum(income), count(income))')).toBe(5000.5 / 4);
    expect(value('sum(income) / count(income)')).toBe(5000.5 / 4);
    expect(value('ratio(sum(accepted), count(where: age > 100))')).toBeNull();
    expect(value('mean(age) > 30')).toBe(1);
    expect(value('2 * mean(age) - 1')).toBe(71.5);
  });

  it('evaluates over a subset of rows', () => {
    expect(value('mean(age)', [0, 1])).toBe(21);
    expect(value('count()', [4])).toBe(1);
    expect(value('rate(segment == "vip")', [0, 2, 4])).toBe(2 / 3);
  });

  it('refuses per-row values and type mismatches', () => {
    expect(() => value('age')).toThrow(/must give one value/);
    expect(() => value('ratio(age, count())')).toThrow(/two single values/);
    expect(() => value('mean(segment)')).toThrow(/mean\(\) needs a number, but this is text/);
    expect(() => value('max("a")')).toThrow(ExpressionError);
  });
});

describe('evaluateRule (data_quality)', () => {
  it('turns errors found against data into a message with the character', async () => {
    const { evaluateRule } = await import('../../src/expr/rule.js');
    expect(evaluateRule('age >= 18', t)).toEqual({ ok: true, value: { holding: 3, nulls: 1 } });
    expect(evaluateRule('agee >= 18', t)).toEqual({
      ok: false,
      status: 'error',
      code: 'check/expression',
      message: 'rule "agee >= 18": unknown column "agee" (did you mean "age"?) (at character 1)',
    });
    expect(evaluateRule('age >=', t)).toMatchObject({ ok: false, status: 'error', code: 'policy/expression' });
  });
});
