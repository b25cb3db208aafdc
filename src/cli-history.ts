/**
 * `modelwatch history MODEL`: what the state store remembers of a model's runs (the audit trail).
 * Text: one line per run (report/history-text.ts); JSON: the stored records as written.
 */
import { DirectoryStore } from './state/directory-store.js';
import { renderHistoryText } from './report/history-text.js';

export class HistoryUsageError extends Error {
  override readonly name = 'HistoryUsageError';
}

export async function history(positionals: readonly string[], values: { state?: string; check?: string; runs?: string; format?: string }): Promise<number> {
  if (positionals.length !== 1) throw new HistoryUsageError(`history takes one model name, got ${positionals.length}`);
  const model = positionals[0]!;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new HistoryUsageError(`--format must be text or json for history, got "${format}"`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new HistoryUsageError(`--runs must be a whole number above 0, got "${values.runs}"`);
  const folder = values.state ?? '.modelwatch/state';
  const store = new DirectoryStore(folder);
  const read = await store.read([model]);
  const entry = read.ok ? read.models.get(model) : read;
  if (entry === undefined || !entry.ok) {
    process.stderr.write(`modelwatch: cannot read the state in ${folder}: ${entry === undefined ? 'no answer for the model' : entry.message} [state/read]\n`);
    return 2;
  }
  const stored = entry.history;
  if (stored === null) {
    process.stderr.write(`modelwatch: nothing is stored for model "${model}" in ${folder}; runs are stored by 'modelwatch check --state ${folder}'\n`);
    return 1;
  }
  let records = stored.runs;
  if (values.check !== undefined) {
    const id = values.check;
    if (!records.some((r) => r.checks.some((c) => c.id === id))) {
      const known = [...new Set(records.flatMap((r) => r.checks.map((c) => c.id)))];
      throw new HistoryUsageError(`no stored run of "${model}" has a check "${id}"; its checks: ${known.join(', ') || 'none'}`);
    }
  }
  if (runs !== undefined) records = records.slice(-runs);
  const shown = { ...stored, runs: records };
  if (format === 'json') process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  else process.stdout.write(renderHistoryText(shown, { ...(values.check === undefined ? {} : { check: values.check }), store: folder }));
  return 0;
}
