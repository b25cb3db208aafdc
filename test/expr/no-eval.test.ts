/** Issue 4: no `eval`, `new Function` or `vm` anywhere in src/ (the whole tree is read). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const FORBIDDEN: readonly [string, RegExp][] = [
  ['eval(', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['Function(', /(^|[^\w.$])Function\s*\(/],
  ['vm module', /(from|require\(|import\()\s*['"](node:)?vm['"]/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

/** Strips comments so that a doc comment saying "never eval" does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('the source tree', () => {
  const sources = files(SRC);

  it('has source files to look at', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('contains no %s', (_label, pattern) => {
    const offenders = sources.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('the patterns do catch what they look for', () => {
    for (const [, pattern] of FORBIDDEN) {
      expect(['eval("1")', 'x = new Function("a")', 'const f = Function("a")', "import vm from 'node:vm'"].some((s) => pattern.test(s))).toBe(true);
    }
  });
});
