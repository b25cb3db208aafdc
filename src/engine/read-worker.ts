/**
 * Worker-thread entry (dist/read-worker.js): reads one source with `readSource` and posts the
 * table back, its column buffers transferred rather than copied. A read that fails posts a
 * failure with its code, and for a DataError the parts to rebuild it on the other side, so that
 * a model read on a worker reports the same `error_code` as one read on the main thread.
 * See read-sources.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSource, type ReadOptions } from '../data/read.js';
import { columnBuffer, type ColumnParts, columnParts } from '../data/table.js';
import type { SourceSpec } from '../policy/types.js';
import { readFailure, type ReadFailure } from './read-failure.js';

export interface ReadRequest {
  readonly source: SourceSpec;
  readonly options: ReadOptions;
}

export type ReadReply = { readonly ok: true; readonly rowCount: number; readonly origin: string; readonly columns: readonly ColumnParts[] } | ReadFailure;

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
      const reply: ReadReply = readFailure(cause);
      port.postMessage(reply);
    },
  );
}
