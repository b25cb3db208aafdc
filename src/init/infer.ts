/**
 * `modelwatch init`, step 1: the roles of a data file's columns, from the kinds the reader gave
 * them, the flags and the columns' names (docs/policy.md#starting-a-policy-modelwatch-init).
 *
 * - Flags win: `--target`, `--prediction`, `--score`, `--timestamp`, `--id` name columns that
 *   must exist (else InitError).
 * - Without a flag: target `label`/`target`/`y`/`class`/`outcome`; prediction `pred`,
 *   `prediction`, `predicted`, `y_pred` (or a name ending `_pred`/`_prediction`); score
 *   `score`, `proba`, `probability`, `y_score`, `y_proba` (or ending `_score`/`_proba`/
 *   `_probability`); timestamp the only timestamp-kind column (or the one named
 *   `timestamp`/`ts`/`*_at`/`*_time` when there are several); id a column whose values are
 *   unique per row and whose name is `id`, `uuid`, `key` or ends `_id`/`_uuid`/`_key`.
 * - pii by name: email, phone, mobile, name (first/last/full/user), address, street, ssn,
 *   passport, iban, credit card, ip address, date of birth (`isPiiName`). The reader skips
 *   them (init.ts passes them as its `skip`), so no value of a pii column is ever parsed.
 * - A text column whose every value is an ISO 8601 date or date-time counts as a timestamp
 *   (the reader reads text as such only when the policy declares it; the generated policy does).
 * - The rest are features: numeric → numerical, categorical → categorical; left out (in
 *   `ignored`, named in the header): a timestamp column that is not the timestamp, and a text
 *   column whose values are unique per row (an identifier, free text: every value would be
 *   unseen in any other batch).
 * - The task: `--task`, else from the target: two classes written 1/0, true/false or yes/no →
 *   binary_classification; text, or whole numbers with at most 20 distinct values →
 *   multiclass_classification; other numbers → regression.
 *
 * Pure: no I/O. Cost O(rows × columns) (one pass per column for uniqueness and distinct values).
 * Throws InitError for anything the user must fix (a named column the data lacks, a target that
 * cannot be a label of the task).
 */
import type { Column, Table } from '../data/table.js';
import { parseIsoTimestamp } from '../data/timestamp.js';
import type { Task } from '../policy/types.js';
import type { ProblemCode } from '../problems.js';

/** A problem the user must fix, in one line; `code` is from src/problems.ts. */
export class InitError extends Error {
  override readonly name = 'InitError';

  constructor(
    message: string,
    readonly code: ProblemCode = 'cli/init',
  ) {
    super(message);
  }
}

export interface RoleFlags {
  readonly target?: string | undefined;
  readonly prediction?: string | undefined;
  readonly score?: string | undefined;
  readonly timestamp?: string | undefined;
  readonly id?: string | undefined;
  readonly task?: Task | undefined;
}

export interface Inference {
  readonly id?: string;
  readonly timestamp?: string;
  readonly target?: string;
  readonly prediction?: string;
  readonly score?: string;
  readonly task: Task;
  /** Where the task came from, for the policy's comment. */
  readonly taskReason: string;
  readonly numerical: readonly string[];
  readonly categorical: readonly string[];
  readonly pii: readonly string[];
  /** Columns that are neither roles nor features, each with why. */
  readonly ignored: readonly { readonly column: string; readonly why: string }[];
}

export const TASKS: readonly Task[] = ['binary_classification', 'multiclass_classification', 'regression'];

const TARGET_NAMES = /^(label|target|y|y_true|class|outcome)$/i;
const PREDICTION_NAMES = /^(pred|prediction|predicted|y_pred|y_hat)$|_(pred|prediction)$/i;
const SCORE_NAMES = /^(score|proba|probability|y_score|y_proba)$|_(score|proba|probability)$/i;
const TIMESTAMP_NAMES = /^(timestamp|ts|time|datetime|date)$|_(at|time|ts|timestamp)$/i;
const ID_NAMES = /^(id|uuid|guid|key)$|_(id|uuid|guid|key)$/i;
const PII_NAMES =
  /(^|_)(e_?mail|phone|mobile|telephone|ssn|social_security|passport|iban|credit_card|card_number|ip_address|ip|address|street|postcode|zip_code|dob|date_of_birth|birth_date)($|_)|^(name|first_name|last_name|full_name|surname|user_name|username|customer_name)$/i;
/** Whole numbers with at most this many distinct values are classes (multiclass). */
const MAX_CLASSES = 20;
const BINARY_TEXT = new Set(['0', '1', 'true', 'false', 'yes', 'no']);

/** Whether a column's name says it holds personal data (and is not named by a flag). */
export function isPiiName(name: string, flags: RoleFlags): boolean {
  return PII_NAMES.test(name) && !Object.values(flags).includes(name);
}

/** `pii`: the columns the reader skipped as personal data (isPiiName), in file order. */
export function inferRoles(table: Table, flags: RoleFlags, pii: readonly string[] = []): Inference {
  const names = table.columnNames;
  const named = (flag: string, name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    if (!table.has(name)) throw new InitError(`--${flag} names column "${name}", but ${table.origin} has no such column (its columns: ${[...names, ...pii].join(', ')})`);
    return name;
  };
  const given = (['target', 'prediction', 'score', 'timestamp', 'id'] as const).filter((role) => flags[role] !== undefined);
  for (const [i, role] of given.entries()) {
    const other = given.slice(i + 1).find((o) => flags[o] === flags[role]);
    if (other !== undefined) throw new InitError(`--${role} and --${other} both name column "${flags[role]}"; a column has one role`, 'cli/usage');
  }
  const free = (n: string): boolean => !pii.includes(n) && !Object.values(flags).includes(n);
  const first = (pattern: RegExp, pick: (c: Column) => boolean = () => true): string | undefined =>
    names.find((n) => free(n) && pattern.test(n) && pick(table.column(n)!));

  const target = named('target', flags.target) ?? first(TARGET_NAMES, (c) => c.kind !== 'timestamp');
  const prediction = named('prediction', flags.prediction) ?? first(PREDICTION_NAMES, (c) => c.kind !== 'timestamp' && c.name !== target);
  const score = named('score', flags.score) ?? first(SCORE_NAMES, (c) => c.kind === 'numeric' && c.name !== target && c.name !== prediction);
  const isTime = new Map(names.map((n) => [n, isTimestamp(table.column(n)!)]));
  const timestamps = names.filter((n) => free(n) && isTime.get(n) === true);
  const timestamp = named('timestamp', flags.timestamp) ?? (timestamps.length === 1 ? timestamps[0] : timestamps.find((n) => TIMESTAMP_NAMES.test(n)));
  if (timestamp !== undefined && isTime.get(timestamp) !== true) {
    throw new InitError(`--timestamp names column "${timestamp}", but its values are not ISO 8601 dates or date-times (2026-11-24T06:00:00Z)`);
  }
  const id = named('id', flags.id) ?? first(ID_NAMES, (c) => isTime.get(c.name) !== true && c.name !== target && c.name !== prediction && uniquePerRow(c));
  if (score !== undefined && table.column(score)!.kind !== 'numeric') throw new InitError(`--score names column "${score}", but it holds ${kindNoun(table.column(score)!)}, not numbers`);
  if (target !== undefined && isTime.get(target) === true) throw new InitError(`the target column "${target}" holds timestamps, which cannot be a label: pass --target with the label column`);

  const roles = new Set([target, prediction, score, timestamp, id].filter((n): n is string => n !== undefined));
  const numerical: string[] = [];
  const categorical: string[] = [];
  const ignored: { column: string; why: string }[] = [];
  for (const name of names) {
    if (roles.has(name) || pii.includes(name)) continue;
    const column = table.column(name)!;
    if (isTime.get(name) === true) ignored.push({ column: name, why: 'timestamps' });
    else if (column.kind === 'numeric') numerical.push(name);
    else if (column.kind === 'categorical' && table.rowCount > 1 && uniquePerRow(column)) ignored.push({ column: name, why: 'one value per row' });
    else if (column.kind === 'categorical') categorical.push(name);
  }
  const { task, reason } = inferTask(target === undefined ? undefined : table.column(target)!, flags.task, prediction, score);
  return {
    ...(id !== undefined && { id }),
    ...(timestamp !== undefined && { timestamp }),
    ...(target !== undefined && { target }),
    ...(prediction !== undefined && { prediction }),
    ...(score !== undefined && { score }),
    task,
    taskReason: reason,
    numerical,
    categorical,
    pii,
    ignored,
  };
}

function kindNoun(column: Column): string {
  return column.kind === 'categorical' ? 'text' : column.kind === 'timestamp' ? 'timestamps' : 'numbers';
}

/** A timestamp column, or text whose every value is an ISO 8601 date or date-time. O(dictionary). */
function isTimestamp(column: Column): boolean {
  if (column.kind === 'timestamp') return true;
  if (column.kind !== 'categorical' || column.dictionary.length === 0) return false;
  return column.dictionary.every((text) => !Number.isNaN(parseIsoTimestamp(text)));
}

/** Whether every row has a value and no two rows share one. O(n) with a set. */
function uniquePerRow(column: Column): boolean {
  const seen = new Set<number>();
  if (column.kind === 'categorical') {
    for (const code of column.codes) {
      if (code < 0 || seen.has(code)) return false;
      seen.add(code);
    }
    return true;
  }
  for (const v of column.values) {
    if (Number.isNaN(v) || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

/** The distinct non-missing values of a column, as text, stopping past `limit`. */
function distinctValues(column: Column, limit: number): string[] {
  const out = new Set<string>();
  if (column.kind === 'categorical') {
    const used = new Uint8Array(column.dictionary.length);
    for (const code of column.codes) if (code >= 0) used[code] = 1;
    column.dictionary.forEach((text, code) => {
      if (used[code] === 1 && out.size <= limit) out.add(text);
    });
    return [...out];
  }
  for (const v of column.values) {
    if (Number.isNaN(v)) continue;
    out.add(String(v));
    if (out.size > limit) break;
  }
  return [...out];
}

function inferTask(target: Column | undefined, given: Task | undefined, prediction: string | undefined, score: string | undefined): { task: Task; reason: string } {
  if (target === undefined) {
    if (given !== undefined) return { task: given, reason: 'from --task' };
    // No labels in the file: a score column says a classifier, else a regression is as good a guess.
    const task: Task = score !== undefined ? 'binary_classification' : 'regression';
    return { task, reason: `no target column; guessed from ${score !== undefined ? 'the score column' : prediction !== undefined ? 'the prediction column' : 'nothing'}: pass --task to set it` };
  }
  const what = `target column "${target.name}"`;
  if (target.kind === 'timestamp') throw new InitError(`the ${what} holds timestamps, which cannot be a label: pass --target with the label column`);
  const values = distinctValues(target, MAX_CLASSES);
  if (values.length === 0) throw new InitError(`the ${what} has no values (every row is missing), so it cannot be a label`);
  if (values.length === 1) throw new InitError(`the ${what} holds one value only ("${values[0]}"), so it cannot be a label: a reference needs every class`);
  const binaryText = values.length === 2 && values.every((v) => BINARY_TEXT.has(v.toLowerCase()));
  const wholeNumbers = target.kind === 'numeric' && values.every((v) => Number.isInteger(Number(v)));
  const shown = values.slice(0, 3).map((v) => `"${v}"`).join(', ') + (values.length > 3 ? ', …' : '');
  if (given !== undefined) {
    if (given === 'binary_classification' && !binaryText) {
      throw new InitError(`--task binary_classification needs the ${what} to hold two classes written 1/0, true/false or yes/no; it holds ${shown}`);
    }
    if (given === 'regression' && target.kind !== 'numeric') throw new InitError(`--task regression needs a numeric target, but the ${what} holds text (${shown})`);
    if (given === 'multiclass_classification' && values.length > MAX_CLASSES && !wholeNumbers && target.kind === 'numeric') {
      throw new InitError(`--task multiclass_classification: the ${what} holds more than ${MAX_CLASSES} distinct fractional numbers, which look like a regression target`);
    }
    return { task: given, reason: 'from --task' };
  }
  if (binaryText) return { task: 'binary_classification', reason: `the target holds two classes (${shown})` };
  if (target.kind === 'categorical') {
    if (values.length > MAX_CLASSES) throw new InitError(`the ${what} holds more than ${MAX_CLASSES} distinct texts; pass --task multiclass_classification if these are classes`);
    return { task: 'multiclass_classification', reason: `the target holds ${values.length} classes as text` };
  }
  if (wholeNumbers && values.length <= MAX_CLASSES) return { task: 'multiclass_classification', reason: `the target holds ${values.length} whole numbers; pass --task regression if they are amounts` };
  return { task: 'regression', reason: 'the target holds numbers' };
}
