/**
 * One way to say what went wrong. Every problem a user can cause, or a data source can present,
 * has a stable code beside its English message (`policy/unknown-key`, `data/not-a-number`), so
 * that tests, scripts and other tools match codes, not wording. The codes are part of the report
 * contract: add, don't rename. docs/errors.md lists them (test/problems.test.ts keeps the two in
 * step).
 *
 * An expected problem travels as a value, never as an exception: a function that can fail for a
 * reason the user should read returns a `Result<T>`, whose failure says whether the condition
 * means `error` (the thing could not be computed) or `no_data` (too little data to judge).
 *
 * Shared by every room (like the Policy types); imports nothing.
 */

/** Every code, with the one-line meaning docs/errors.md gives it. */
export const PROBLEM_CODES = {
  // Policy files: reported as file:line:column.
  'policy/unreadable': 'the policy file cannot be read (missing, a folder, no permission)',
  'policy/yaml': 'the file is not valid YAML',
  'policy/empty': 'the file holds no policy',
  'policy/unknown-key': 'a key the schema does not know (with a suggestion for a misspelling)',
  'policy/missing-key': 'a required key is absent',
  'policy/wrong-type': 'a value has the wrong type or shape',
  'policy/invalid-value': 'a value outside what the key accepts (an unknown name, out of range, malformed)',
  'policy/duplicate': 'something that must be unique appears twice (a check id, a list item)',
  'policy/env': 'a ${NAME} reference that is malformed or names an unset variable',
  'policy/unknown-column': 'a column named by a check is not declared in columns',
  'policy/expression': 'a row rule or business expression that does not parse',
  'policy/pattern': 'a regular expression that is invalid or unsupported',
  'policy/conflict': 'keys that contradict each other or need one another',
  'policy/unreachable-threshold': 'a warn band that can never be reached because fail is stricter',
  'policy/duplicate-model': 'two policies define the same model name',
  'policy/shared-identity': 'two models would share a retraining branch, an incident issue or state',
  'policy/not-found': 'a path or glob on the command line or in the policies input matches nothing',
  // Data sources and files: reported as file, row and column.
  'data/not-found': 'a data file that does not exist, or a glob that matches nothing',
  'data/unreadable': 'a data file that cannot be opened or read',
  'data/outside-root': 'a data path that resolves outside the repository root',
  'data/not-a-file': 'a data path that is not a regular file (a folder, FIFO, device)',
  'data/too-large': 'a source or decompressed stream larger than its cap',
  'data/unknown-format': 'a file whose format cannot be told from its name',
  'data/malformed': 'a file that does not follow its format (a broken row, bad gzip, bad JSON)',
  'data/delimiter': 'a CSV file that looks separated by something other than its delimiter (a comma unless the source sets `delimiter`)',
  'data/not-a-number': 'a value in a numeric column that is not a finite number',
  'data/bad-timestamp': 'a value in a timestamp column that is not a date-time',
  'data/kind-mismatch': 'a column whose kind differs between files or from its declaration',
  'data/missing-column': 'a column the policy declares that the data lacks',
  'data/join': 'labels that cannot be joined to predictions',
  // Sources that are not files (postgres, http, command): the message names the source.
  'source/connect': 'the source cannot be reached (connection refused, host not found, connect timeout), after its retries',
  'source/auth': 'the source refused the credentials (a PostgreSQL login, HTTP 401 or 403)',
  'source/not-found': 'the source has no such database, table, column or URL (HTTP 404)',
  'source/query': 'the source rejected the query (an SQL error, a read-only violation)',
  'source/timeout': 'the source took longer than its timeout (statement_timeout, the request, the command)',
  'source/interrupted': 'the connection or stream broke in the middle of a read',
  'source/http-status': 'an HTTP response that is not a success, after the retries a 5xx or 429 allows',
  'source/redirect': 'an HTTP redirect to a host the source does not allow, or too many redirects',
  'source/command': 'a command that could not start or exited with a failure; the message shows the end of its stderr',
  // Checks: the status of a check that could not give a verdict.
  'check/no-data': 'too few rows (or groups) to judge; the check says how many it had',
  'check/missing-column': 'a column the check needs is absent from the data',
  'check/wrong-kind': 'a column the check needs holds the wrong kind of values',
  'check/no-reference': 'the check compares against reference data that the policy or the data lacks',
  'check/no-history': 'a threshold against stored runs (vs: previous, vs: history) before enough runs are stored, or without a state store',
  'check/no-labels': 'the check needs labels and none are joined in the window',
  'check/undefined-metric': 'the metric is undefined on this data (one class only, a zero denominator)',
  'check/no-interval': 'a threshold with confidence needs the value\'s interval, which this value does not have',
  'check/expression': 'an expression that fails on this data (unknown column, wrong type)',
  'check/crashed': 'the check met a bug in modelwatch; the message says where',
  // Models and runs.
  'model/time-budget': 'a model took longer than its time budget and was stopped',
  'model/data': 'a model whose data could not be read; the message names the source',
  'model/crashed': 'the worker thread evaluating a model stopped (out of memory, or a bug in modelwatch); the other models were still evaluated',
  'model/shard-missing': 'a merged fleet report\'s model whose shard failed or never uploaded its report',
  'cli/usage': 'a command-line argument that is unknown or malformed',
  'cli/output': 'the report could not be written where --out asked',
  'cli/init': 'modelwatch init cannot scaffold a policy from this data (an unknown or unsuitable column, too few rows)',
  'state/read': 'the state store (--state, the state branch) or a model file in it cannot be read; the run judges without memory',
  'state/write': 'the state store cannot be written; the report was, and the step fails',
  // Profiles and pushdown (src/profile/).
  'profile/invalid': 'a profile file that is not a modelwatch profile (malformed JSON, an unknown format version, counts that do not add up)',
  'profile/missing': 'a check needs an aggregate the profile does not hold (bin edges, split points, the joint columns, ids); the message says how to profile again',
  'profile/rows-needed': 'a check that reads rows (their order, time or several columns of one row) cannot be computed from a profile or pushed down',
  'profile/merge': 'profiles that cannot be merged: different models, bucket sizes or split points',
  'profile/pushdown': 'pushdown: required, but a check of the model cannot be computed in the database',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** A problem as a value: its code and an English message that points at its source. */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

/** Why something could not be computed: `error` (broken) or `no_data` (too little to judge). */
export interface Failure extends Problem {
  readonly ok: false;
  readonly status: 'error' | 'no_data';
}

export type Result<T> = { readonly ok: true; readonly value: T } | Failure;

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** An `error` failure (the default), or `no_data` when the data is merely too thin. */
export function failure(code: ProblemCode, message: string, status: Failure['status'] = 'error'): Failure {
  return { ok: false, status, code, message };
}

export function isProblemCode(text: string): text is ProblemCode {
  return Object.hasOwn(PROBLEM_CODES, text);
}
