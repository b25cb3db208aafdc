import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../src/problems.js';

/** Rows of docs/errors.md's tables: `| \`code\` | meaning |`. */
function documentedCodes(): Map<string, string> {
  const text = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!.replace(/\\\|/g, '|')]));
}

describe('problem codes', () => {
  it('docs/errors.md lists every code with its meaning, and no other', () => {
    const documented = documentedCodes();
    expect([...documented.keys()].sort()).toEqual(Object.keys(PROBLEM_CODES).sort());
    for (const [code, meaning] of Object.entries(PROBLEM_CODES)) expect(documented.get(code), code).toBe(meaning);
  });

  it('codes are room/kebab-case', () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(code).toMatch(/^(policy|data|source|check|model|cli|state|profile)\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
