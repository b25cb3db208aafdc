/**
 * Where a worker thread's script is: next to the running bundle (dist/, or dist/chunks/ for
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
