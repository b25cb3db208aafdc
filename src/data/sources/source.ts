/**
 * What every kind of data source provides: one module per kind in this folder (file, postgres,
 * http, command), listed by kind in registry.ts. The engine reads a model's tables through the
 * registry and knows nothing of paths, URLs or connections (docs/architecture.md, "Sources").
 *
 * A source throws DataError (data/errors.ts) for every failure a user can fix or should read:
 * its `file` is how the source names itself in messages (`describe`), never a secret, and its
 * code one of docs/errors.md (`source/connect`, `source/auth`, …). Every `${NAME}` value is
 * masked after the fact by the engine, but a source should not quote one in the first place.
 */
import type { SourceSpec } from '../../policy/types.js';
import type { ReadOptions } from '../read.js';
import type { Table } from '../table.js';

/** The evaluated window, epoch ms: rows with start < t ≤ end. */
export interface ReadWindow {
  readonly start: number;
  readonly end: number;
}

export interface SourceContext {
  /** Declared kinds, PII columns never to read, columns to keep (data/read.ts). */
  readonly options: ReadOptions;
  /**
   * The rows the engine will look at, for sources that can select them where the data lives
   * (a WHERE on the timestamp, {{window.start}} in a command). Null: every row is wanted. The
   * engine cuts the window again after reading, so reading more rows than this is never wrong.
   */
  readonly window: ReadWindow | null;
  /** The policy's columns.timestamp, the column the window applies to. */
  readonly timestampColumn?: string | undefined;
  /** Aborted when the model's time budget is spent: stop the query, the request, the process. */
  readonly signal?: AbortSignal | undefined;
}

export interface Source<S extends SourceSpec> {
  readonly kind: S['kind'];
  /** Reads the source into one Table. Throws DataError (with its code) for expected failures. */
  read(spec: S, context: SourceContext): Promise<Table>;
  /**
   * Bytes the read will parse, when cheap to know before reading (the size of files), so that
   * large sources get a reader thread of their own; undefined when unknown until read.
   */
  size(spec: S): Promise<number | undefined>;
  /**
   * Where the engine reads it (engine/read-sources.ts): `by-size` on a reader thread when it is
   * large (files); `main` always on the main thread (a worker could not stop the process or
   * spool it starts); `worker` on a reader thread whenever another of the model's sources is
   * large enough for one (a database's COPY, whose socket reads leave allocator memory behind
   * that goes with the thread).
   */
  readonly thread: 'by-size' | 'main' | 'worker';
  /** How messages name the source: `data/current.csv`, `postgres table "predictions"`. Never a secret. */
  describe(spec: S): string;
}
