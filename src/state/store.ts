/**
 * The state store: where run records live between runs (one JSON file per model, `models/<name>.json`, holding its ModelHistory; model names are file-safe slugs), behind one interface so that the engine
 * does not know whether it is a local folder (the CLI's `--state DIR`, state/directory-store.ts)
 * or a branch written through the Git Data API (the Action, state/branch-store.ts).
 *
 * Reading never half-succeeds silently: a store that cannot be read at all returns a failure
 * (the run then judges without memory and says so); a model whose file is unreadable is a
 * per-model failure. Writing appends each record to its model's history, replacing an earlier
 * record of the same run id (a rerun of a run leaves one record), and compacts what is older
 * than the kept window (state/compact.ts); it is safe against concurrent writers and atomic per
 * file (a branch: per call, one commit). A model whose stored file cannot be parsed is never
 * overwritten: the other models are written, then `append` throws a StateWriteError naming it.
 */
import type { ModelHistory, RunRecord } from './record.js';

export type HistoryRead =
  | { readonly ok: true; readonly history: ModelHistory | null }
  | { readonly ok: false; readonly message: string };

export interface StateStore {
  /** For messages: `directory .modelwatch/state`, `branch modelwatch/state`. */
  readonly description: string;
  /**
   * The stored history of each named model (null for a model with none yet), or one failure
   * for the whole store when it cannot be read at all.
   */
  read(models: readonly string[]): Promise<{ readonly ok: true; readonly models: ReadonlyMap<string, HistoryRead> } | { readonly ok: false; readonly message: string }>;
  /** Appends the records (one per model) in one atomic write; throws StateWriteError when it cannot. */
  append(records: readonly RunRecord[]): Promise<void>;
}

export class StateWriteError extends Error {
  override readonly name = 'StateWriteError';
}

/** How many full records a model keeps; older runs are folded into daily summaries (docs/architecture.md#state says why). */
export const KEPT_RUNS = 200;
/** How many days of daily summaries a model keeps. */
export const KEPT_DAYS = 400;
