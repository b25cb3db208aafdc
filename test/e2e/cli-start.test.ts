/**
 * Process start (issue 15): `--version` and `--help` load only dist/cli.js and what it imports
 * statically; the engine, the policy loader and the renderers come through import() when a
 * command needs them. This follows the bundle's static imports and weighs what they load.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.js';

/** Relative modules imported statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s[^;(]*?["'](\.\.?\/[^"']+)["']/gm), ...text.matchAll(/^\s*import\s*["'](\.\.?\/[^"']+)["']/gm)];
  return found.map((m) => join(dirname(file), m[1]!));
}

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return seen;
}

describe('process start', () => {
  it('loads well under 100 kB of bundle before a command needs the engine', () => {
    const graph = staticGraph(CLI);
    const bytes = [...graph].reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes, [...graph].join('\n')).toBeLessThan(100_000);
    // The loaded chunks exist: import() of the engine is there to follow.
    expect(readFileSync(CLI, 'utf8')).toMatch(/import\("\.\/chunks\//);
  });

  it('still answers --version and --help', () => {
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCli(['--help']).stdout).toContain('modelwatch check');
  });
});
