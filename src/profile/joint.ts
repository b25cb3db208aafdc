/**
 * The joint aggregate (types.ts, JointProfile): each distinct tuple of the columns performance
 * and fairness read together, with its count. Exact while the tuples fit the limit; above it the
 * scores are rounded to SCORE_STEP (the profile says so, and the checks that read scores state
 * the bound that costs); above it even then, there is no joint aggregate and the profile says why.
 */
import type { Table } from '../data/table.js';
import { failure, ok, type Failure, type Result } from '../problems.js';
import { SCORE_STEP, type ProfileNeeds } from './needs.js';
import type { JointProfile } from './types.js';

type Cell = number | string | null;

export function jointOf(table: Table, needs: ProfileNeeds): Result<JointProfile | null> {
  const names = needs.joint.filter((name) => {
    const kind = table.column(name)?.kind;
    return kind === 'numeric' || kind === 'categorical';
  });
  if (names.length === 0) return ok(null);
  const exact = tuples(table, names, null, needs.jointLimit);
  const scores = needs.scoreColumns.filter((n) => names.includes(n));
  if (exact !== null) return ok(joint(table, names, exact, needs.jointLimit, null, scores));
  if (scores.length > 0) {
    const rounded = tuples(table, names, new Set(scores), needs.jointLimit);
    if (rounded !== null) return ok(joint(table, names, rounded, needs.jointLimit, SCORE_STEP, scores));
  }
  return tooManyTuples(names, needs.jointLimit, scores);
}

/** Why there is no joint aggregate: more tuples than the limit, even with scores rounded (the pushdown says the same). */
export function tooManyTuples(names: readonly string[], limit: number, scores: readonly string[]): Failure {
  return failure('profile/missing', `the columns ${names.map((n) => `"${n}"`).join(', ')} take more than ${limit.toLocaleString('en')} distinct combinations${scores.length > 0 ? ` even with scores rounded to ${SCORE_STEP}` : ''}: profile again with a higher --joint-limit`);
}

/**
 * Rounds a score to the step, half away from zero: sign(x) · floor(|x| / step + 0.5) · step, with
 * floor rather than round so that a database computes the very same double (PostgreSQL's round
 * of a float8 rounds half to even). A score that rounds to zero is 0, never −0 (JSON has no −0).
 */
export function roundScore(x: number): number {
  const rounded = Math.sign(x) * Math.floor(Math.abs(x) / SCORE_STEP + 0.5) * SCORE_STEP;
  return rounded === 0 ? 0 : rounded;
}

function cellsOf(table: Table, name: string, round: boolean): (i: number) => Cell {
  const column = table.column(name)!;
  if (column.kind === 'categorical') return (i) => {
    const code = column.codes[i]!;
    return code < 0 ? null : column.dictionary[code]!;
  };
  const values = column.values;
  // −0 is 0, as in a numeric column's profile (build.ts): JSON cannot tell them apart.
  return (i) => {
    const v = values[i]!;
    return v !== v ? null : round ? roundScore(v) : v === 0 ? 0 : v;
  };
}

/** Distinct tuples with counts, or null past the limit. */
function tuples(table: Table, names: readonly string[], round: ReadonlySet<string> | null, limit: number): Map<string, Cell[]> | null {
  const readers = names.map((name) => cellsOf(table, name, round?.has(name) === true));
  const seen = new Map<string, Cell[]>();
  for (let i = 0; i < table.rowCount; i++) {
    const cells = readers.map((read) => read(i));
    const key = JSON.stringify(cells);
    const entry = seen.get(key);
    if (entry !== undefined) (entry[entry.length - 1] as number)++;
    else {
      if (seen.size === limit) return null;
      seen.set(key, [...cells, 1]);
    }
  }
  return seen;
}

function joint(table: Table, names: readonly string[], found: Map<string, Cell[]>, limit: number, step: number | null, scores: readonly string[]): JointProfile {
  return {
    columns: [...names],
    kinds: names.map((n) => (table.column(n)!.kind === 'categorical' ? 'categorical' : 'numeric')),
    tuples: [...found.values()].sort(compareTuples),
    limit,
    score_step: step,
    score_columns: [...scores],
  };
}

/** Missing first, then numbers ascending, then text by code unit; the count (last) decides nothing. */
export function compareTuples(a: readonly Cell[], b: readonly Cell[]): number {
  for (let k = 0; k < a.length - 1; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
