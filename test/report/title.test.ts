import { describe, expect, it } from 'vitest';
import { checksTitle, TITLE_LIMIT } from '../../src/report/title.js';
import { issueTitle } from '../../src/report/issue-body.js';
import type { CheckReport } from '../../src/engine/report.js';

const check = (id: string, status: CheckReport['status']) => ({ id, status }) as CheckReport;

describe('issue and pull-request titles', () => {
  it('name the failing checks, sorted, at most three, else the warning ones', () => {
    expect(issueTitle({ name: 'adult-income-shifted', checks: [check('missing-numbers', 'fail'), check('feature-drift', 'fail'), check('ok', 'pass')] })).toBe('adult-income-shifted: feature-drift, missing-numbers failing');
    expect(issueTitle({ name: 'm', checks: [check('b', 'error'), check('a', 'fail'), check('d', 'fail'), check('c', 'fail'), check('w', 'warn')] })).toBe('m: a, b, c and 1 more failing');
    expect(issueTitle({ name: 'm', checks: [check('latency', 'warn'), check('ok', 'pass')] })).toBe('m: latency warning');
    expect(issueTitle({ name: 'm', checks: [] })).toBe('m: incident');
  });

  it('stay within GitHub\'s 256 characters and carry no control character', () => {
    const title = checksTitle('x'.repeat(300), ['a'], 'failing');
    expect(title.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(title.endsWith('…')).toBe(true);
    const hostile = checksTitle('evil\u202e\u0007name', ['id\u0000'], 'failing');
    expect([...hostile].filter((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u202e')).toEqual([]);
  });
});
