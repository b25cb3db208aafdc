/**
 * What the engine's worker threads share (read-sources.ts, drift-workers.ts).
 *
 * `workerScript`: where a worker thread's script is: next to the running bundle (dist/, or dist/chunks/ for
 * code split into a chunk). Null when not running from the bundle — the tests import the
 * TypeScript sources, which a worker cannot load — and the caller then works in-thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerScript(name: string): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  for (const candidate of [`./${name}`, `../${name}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * A size threshold from the process environment: a number ≥ 0 or `Infinity` (never a worker);
 * unset, empty or anything else gives `fallback`.
 */
export function thresholdFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  const value = text === undefined || text === '' ? fallback : Number(text);
  return Number.isNaN(value) || value < 0 ? fallback : value;
}
