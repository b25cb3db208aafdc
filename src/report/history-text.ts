/**
 * `modelwatch history` as text: one line per stored run, oldest first, with each check's status,
 * value and alert state, and the compacted days before them. Pure; every stored string is
 * escaped for the terminal (a state file is data: it may have been edited by hand).
 */
import type { ModelHistory, RunRecord } from '../state/record.js';
import { escapeTerminal } from './escape.js';
import { formatValue, statusLabel } from './format.js';
import { displayWidth, pad } from './width.js';

function cell(run: RunRecord, id: string): string {
  const check = run.checks.find((c) => c.id === id);
  if (check === undefined) return '—';
  const alert = check.alert === null || check.alert.state === 'inactive' ? '' : ` ${check.alert.state}${check.alert.kept === true ? ' (kept)' : ''}`;
  return `${statusLabel(check.status)} ${formatValue(check.value)}${alert}`;
}

export function renderHistoryText(history: ModelHistory, options: { readonly check?: string; readonly store: string }): string {
  const { runs } = history;
  const ids = options.check !== undefined ? [options.check] : [...new Set(runs.flatMap((r) => r.checks.map((c) => c.id)))];
  const header = ['time', 'run', 'status', ...ids.map(escapeTerminal)];
  const rows = runs.map((r) => [escapeTerminal(r.at), escapeTerminal(r.run.id), statusLabel(r.status), ...ids.map((id) => escapeTerminal(cell(r, id)))]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  const last = runs[runs.length - 1];
  const lines = [
    `${escapeTerminal(history.model)}: ${runs.length} run${runs.length === 1 ? '' : 's'} in ${escapeTerminal(options.store)}${last === undefined ? '' : ` (latest policy ${escapeTerminal(last.policy.path)}, blob ${escapeTerminal(last.policy.blob_sha.slice(0, 12))})`}`,
  ];
  if (history.daily.length > 0) {
    const first = history.daily[0]!;
    const end = history.daily[history.daily.length - 1]!;
    lines.push(`older runs: ${history.daily.reduce((n, d) => n + d.runs, 0)} in daily summaries from ${escapeTerminal(first.day)} to ${escapeTerminal(end.day)} (--format json shows them)`);
  }
  lines.push('', line(header), ...rows.map(line));
  return `${lines.join('\n')}\n`;
}
