/**
 * Worker-thread entry (dist/read-worker.js): reads one source with `readSource` and posts the
 * table back, its column buffers transferred rather than copied. See read-sources.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSource, type ReadOptions } from '../data/read.js';
import { columnBuffer, type ColumnParts, columnParts } from '../data/table.js';
import type { SourceSpec } from '../policy/types.js';

export interface ReadRequest {
  readonly source: SourceSpec;
  readonly options: ReadOptions;
}

export type ReadReply =
  | { readonly ok: true; readonly rowCount: number; readonly origin: string; readonly columns: readonly ColumnParts[] }
  | { readonly ok: false; readonly message: string };

const port = parentPort;
if (port !== null) {
  const { source, options } = workerData as ReadRequest;
  readSource(source, options).then(
    (table) => {
      const columns = table.columnNames.map((name) => columnParts(table.column(name)!));
      const buffers = new Set(columns.map(columnBuffer));
      const reply: ReadReply = { ok: true, rowCount: table.rowCount, origin: table.origin, columns };
      port.postMessage(reply, [...buffers]);
    },
    (cause: unknown) => {
      const reply: ReadReply = { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
      port.postMessage(reply);
    },
  );
}
