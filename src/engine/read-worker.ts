/**
 * Worker-thread entry (dist/read-worker.js): reads one source through the registry and posts the
 * table back, its column buffers transferred rather than copied. A read that fails posts a
 * failure with its code, and for a DataError the parts to rebuild it on the other side, so that
 * a model read on a worker reports the same `error_code` as one read on the main thread.
 * See read-sources.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadOptions } from '../data/read.js';
import { readTable } from '../data/sources/registry.js';
import type { ReadWindow } from '../data/sources/source.js';
import { columnBuffer, type ColumnParts, columnParts } from '../data/table.js';
import type { SourceSpec } from '../policy/types.js';
import { ABORT, readFailure, type ReadFailure } from './read-failure.js';

export interface ReadRequest {
  readonly spec: SourceSpec;
  readonly window: ReadWindow | null;
  readonly options: ReadOptions;
  readonly timestampColumn?: string | undefined;
}

export type ReadReply = { readonly ok: true; readonly rowCount: number; readonly origin: string; readonly columns: readonly ColumnParts[] } | ReadFailure;

const port = parentPort;
if (port !== null) {
  const { spec, window, options, timestampColumn } = workerData as ReadRequest;
  const controller = new AbortController();
  port.on('message', (message) => {
    if (message === ABORT) controller.abort(new Error('the read was stopped: the time budget is spent'));
  });
  readTable(spec, { options, window, timestampColumn, signal: controller.signal }).then(
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
