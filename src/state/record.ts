/**
 * What the state store keeps: one record per model per run, the audit trail of what the monitor
 * saw (docs/architecture.md#state). A record holds aggregates only, never rows: each check's
 * status, value, thresholds and alert, per-column drift scores, and where the data came from as
 * fingerprints (a file's SHA-256, a query's text hash), never the data or a secret.
 */
import type { AlertReport, Status } from '../engine/report.js';

/** The alert memory carried from run to run for one check (engine/lifecycle.ts). */
export interface AlertMemory {
  readonly state: 'inactive' | 'pending' | 'firing';
  /** When the current state began. */
  readonly since: string;
  /** Consecutive runs the breach has held (pending, firing), counted up to what `for:` needs. */
  readonly runs: number;
  /** While firing and the condition is clear: runs since it cleared, and since when. */
  readonly cleared?: { readonly runs: number; readonly since: string };
}

export interface CheckRecord {
  readonly id: string;
  readonly type: string;
  /** The status reported (after lifecycle, inhibition and silences). */
  readonly status: Status;
  /** The check's own verdict before the lifecycle, inhibition and silences. */
  readonly verdict: Status;
  readonly value: number | null;
  readonly thresholds: unknown;
  /** The alert after this run (`resolved` appears for the run that ended a firing alert). */
  readonly alert: AlertReport | null;
  /** What the next run starts from. */
  readonly memory: AlertMemory;
  /** Per-column scores of a drift check (statistic by column), when it has them. */
  readonly columns?: Readonly<Record<string, number>>;
}

export interface SourceFingerprint {
  readonly role: 'reference' | 'current' | 'labels';
  readonly kind: 'file' | 'postgres' | 'http' | 'command' | 'profile';
  /** `sha256:<hex>` of a file's bytes, of a query's or a command's text, of a URL without secrets. */
  readonly fingerprint: string;
}

export interface RunRecord {
  readonly v: 1;
  readonly model: string;
  /** The run: GitHub's run id and attempt, or `local-<ISO time>` for a CLI run without --run-id. */
  readonly run: { readonly id: string; readonly attempt: number | null; readonly url: string | null };
  /** The run's clock (the report's generated_at). */
  readonly at: string;
  readonly tool_version: string;
  /** The policy file and its git blob SHA-1 (what `git hash-object` gives for its bytes). */
  readonly policy: { readonly path: string; readonly blob_sha: string };
  readonly window: { readonly start: string | null; readonly end: string | null };
  readonly rows: { readonly reference: number | null; readonly current: number | null };
  readonly sources: readonly SourceFingerprint[];
  readonly status: Status;
  readonly checks: readonly CheckRecord[];
}

/** A day of runs older than the kept window, folded into one entry (state/compact.ts). */
export interface DailySummary {
  /** UTC day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly runs: number;
  /** The `at` of the latest run folded in, so that a late record folded afterwards does not replace `last`. */
  readonly last_at: string;
  /** Per check: the worst status of the day, the last value, and the day's least and greatest values. */
  readonly checks: Readonly<Record<string, { readonly worst: Status; readonly last: number | null; readonly min: number | null; readonly max: number | null }>>;
}

/** Everything the store holds for one model: full records (oldest first) and compacted days. */
export interface ModelHistory {
  readonly v: 1;
  readonly model: string;
  readonly runs: readonly RunRecord[];
  readonly daily: readonly DailySummary[];
}
