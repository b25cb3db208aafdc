/**
 * The retrain request file a retraining pull request writes at `retraining.pull_request.path`:
 * YAML (JSON when the path ends in `.json`) with the model, version, reason, failing checks with
 * their values and thresholds, the data window and row counts (the "substance"), and the
 * provenance: policy path and commit, run id and URL, report time. Two requests with the same
 * substance ask for the same retraining, so a re-run that only changes the provenance writes
 * nothing. Format documented in docs/github.md.
 */
import { parse, stringify } from 'yaml';
import type { CheckReport, ModelReport } from '../engine/report.js';
import type { RunContext } from './context.js';

export interface RetrainRequest {
  readonly apiVersion: 'modelwatch/v1';
  readonly kind: 'RetrainRequest';
  readonly model: string;
  readonly version: string | null;
  readonly reason: string;
  readonly failing_checks: readonly {
    readonly id: string;
    readonly type: string;
    readonly status: string;
    readonly value: number | null;
    readonly thresholds: unknown;
    readonly message: string;
  }[];
  readonly data_window: ModelReport['window'];
  readonly rows: { readonly reference: number | null; readonly current: number | null };
  readonly provenance: {
    readonly policy: string;
    readonly commit: string | null;
    readonly run_id: string | null;
    readonly run_url: string | null;
    readonly generated_at: string;
  };
}

export function buildRequest(model: ModelReport, failing: readonly CheckReport[], heldFor: string, run: RunContext, generatedAt: string): RetrainRequest {
  return {
    apiVersion: 'modelwatch/v1',
    kind: 'RetrainRequest',
    model: model.name,
    version: model.version,
    reason: `${failing.map((c) => c.id).join(', ')} failing for ${heldFor}`,
    failing_checks: failing.map((c) => ({
      id: c.id,
      type: c.type,
      status: c.status,
      value: c.value,
      thresholds: JSON.parse(JSON.stringify(c.thresholds)) as unknown,
      message: c.message,
    })),
    data_window: model.window,
    rows: { reference: model.rows.reference, current: model.rows.current },
    provenance: { policy: model.policy, commit: run.sha, run_id: run.runId, run_url: run.runUrl, generated_at: generatedAt },
  };
}

export function serializeRequest(request: RetrainRequest, path: string): string {
  if (path.toLowerCase().endsWith('.json')) return `${JSON.stringify(request, null, 2)}\n`;
  return `# Retrain request written by modelwatch (docs/github.md). Merging the pull request approves it.\n${stringify(request, { lineWidth: 0 })}`;
}

/** True when `text` (a file read back from the branch) asks for the same retraining as `request`. */
export function sameSubstance(text: string, request: RetrainRequest): boolean {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const { provenance: _ignored, ...theirs } = parsed as Record<string, unknown>;
  const { provenance: _mine, ...ours } = request;
  return stableJson(theirs) === stableJson(JSON.parse(JSON.stringify(ours)));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
