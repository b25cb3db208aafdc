/**
 * What a normaliser may use while turning raw YAML into the normalised Policy: the facts already
 * settled (policy folder, columns, defaults) and two ways to report back, an error at a JSON
 * pointer and a column reference to be checked against the declared columns once all checks
 * are read.
 */
import type { ProblemCode } from '../problems.js';
import type { ColumnsSpec, Duration, Task } from './types.js';

export interface NormaliseContext {
  /** Absolute folder of the policy file. */
  readonly dir: string;
  /** Folder data paths must stay inside (the repository root, or --root). */
  readonly root: string;
  readonly columns: ColumnsSpec;
  readonly defaults: { readonly min_samples: number };
  /** True when data.reference is declared. */
  readonly hasReference: boolean;
  /** The model's task (model.task), for checks whose keys depend on it. */
  readonly task?: Task;
  /** Reports a mistake at the value (default) or the key of the node at `pointer`. */
  error(pointer: string, code: ProblemCode, message: string, at?: 'key' | 'value'): void;
  /**
   * Reports a mistake at character `offset` of the string value at `pointer` (an expression), so
   * that the error lands on that character's own line and column (src/policy/text-position.ts).
   */
  errorInText(pointer: string, offset: number, code: ProblemCode, message: string): void;
  /** Records that the node at `pointer` names the column `name`. */
  referColumn(pointer: string, name: string): void;
  /**
   * Parses a duration the schema has already shaped; reports at `pointer` if out of range, or
   * if it is zero where `positive` says only a positive one makes sense (a window).
   */
  duration(text: string, pointer: string, positive?: 'positive'): Duration;
}
