/**
 * Where things are in a state store, the same in a folder and on a branch: `README.md` at the
 * root, and `models/<name>.json` holding one model's ModelHistory. Model names are the policy's
 * slugs (schema/policy.v1.schema.json `$defs/name`), which are file-safe as they are; a name that
 * is not one is refused here, so that no record can write outside `models/`. Pure.
 */

/** The policy schema's model-name pattern; kept equal to `$defs/name` (test/state/compact.test.ts). */
export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** `models/<name>.json`; throws RangeError for a name that is not a model slug. */
export function modelPath(model: string): string {
  if (!MODEL_NAME.test(model)) throw new RangeError(`${JSON.stringify(model)} is not a model name (lowercase letters, digits, ".", "_", "-")`);
  return `models/${model}.json`;
}

export const README_PATH = 'README.md';

/** The README written at the root of a store when it is first created. */
export function stateReadme(where: string): string {
  return `# modelwatch state

This ${where} is written by modelwatch and read back by its next runs: it is
the monitor's memory across runs (alert lifecycle, thresholds against history, trend forecasts)
and its audit trail (what each run saw, with which policy and data).

- \`models/<model>.json\`: one model's history. \`runs\` holds the newest full run records (oldest
  first); older runs are folded into one \`daily\` summary per UTC day, and the oldest days are
  dropped (docs/architecture.md#state gives the numbers).
- A record holds aggregates only (each check's status, value, thresholds and alert; per-column
  drift scores; SHA-256 fingerprints of the sources), never rows or secrets.

Do not edit these files by hand while monitors run: a file modelwatch cannot parse is left as it
is, and the runs of that model neither read nor write memory until it is fixed or moved aside.
\`modelwatch history <model>\` prints a model's records.
`;
}
