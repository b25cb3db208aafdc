/**
 * The report of each shipped example policy (examples/monitors/*.yaml), run through the engine
 * from the sources as the CLI would, one report per example, at a fixed clock.
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Report } from '../../src/engine/report.js';
import { runChecks } from '../../src/engine/run.js';

export const MONITORS = resolve(import.meta.dirname, '../../examples/monitors');
export const NOW = new Date('2026-11-24T06:00:00Z');

export const EXAMPLES: readonly string[] = readdirSync(MONITORS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => basename(f, '.yaml'));

export async function exampleReport(name: string): Promise<Report> {
  return runChecks({ paths: [resolve(MONITORS, `${name}.yaml`)], now: NOW });
}
