/**
 * What the schema cannot say about `confidence` on a threshold (docs/policy.md#thresholds):
 * it is judged on the value's interval (src/checks/threshold.ts), so it is refused wherever
 * there is none or the judgement would have to guess:
 *
 * - outside performance and label_shift checks (every performance metric has an interval:
 *   Wilson, DeLong or the bootstrap, checks/performance-interval.ts; the level's range,
 *   0.5 < level ≤ 0.999, is the schema's);
 * - on label_shift at a level other than 0.95, the one level its delta-method interval is
 *   computed at (checks/label-shift.ts);
 * - when warn and fail ask for different levels: the check computes and shows one interval;
 * - beside any condition but gt, gte, lt and lte: those say which end of the interval must lie
 *   beyond the bound; for eq, in, between and not_between "the whole interval lies beyond" has no
 *   one reading (an interval is never wholly equal to a point), so they are refused, not guessed;
 * - with vs: reference: the change's interval would need the reference value's own;
 * - alone, with no condition to judge against.
 * O(size of the check).
 */
import type { NormaliseContext } from './context.js';
import { childPointer } from './document.js';
import type { Threshold } from './types.js';

/** The one level label_shift's interval is computed at. */
const LABEL_SHIFT_CONFIDENCE = 0.95;

const SIDED = ['gt', 'gte', 'lt', 'lte'] as const;
const UNSIDED = ['eq', 'not_eq', 'between', 'not_between', 'in', 'not_in'] as const;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses each misplaced `confidence` in a normalised check's warn/fail (nested ones too). */
export function refuseMisplacedConfidence(check: { readonly type: string; readonly metric?: unknown }, pointer: string, ctx: NormaliseContext): void {
  walk(check, pointer, (threshold, at) => {
    const here = childPointer(at, 'confidence');
    // label_shift judges each class's change on its delta-method interval (checks/label-shift.ts).
    if (check.type === 'label_shift') {
      if (threshold.confidence !== LABEL_SHIFT_CONFIDENCE) {
        ctx.error(here, 'policy/invalid-value', `"confidence" ${threshold.confidence} is not computed for label_shift: its interval is the ${LABEL_SHIFT_CONFIDENCE * 100}% one, so use ${LABEL_SHIFT_CONFIDENCE}`);
        return;
      }
      refuseShape(threshold, at, ctx);
      return;
    }
    if (check.type !== 'performance') {
      ctx.error(here, 'policy/conflict', `"confidence" applies to performance and label_shift checks only, whose values have an interval; ${check.type} values have none`, 'key');
      return;
    }
    refuseShape(threshold, at, ctx);
  });
  if (check.type === 'performance') refuseTwoLevels(check, pointer, ctx);
}

/** warn and fail of one check (or of one nested block) asking for different levels. */
function refuseTwoLevels(node: object, pointer: string, ctx: NormaliseContext): void {
  const record = node as Record<string, unknown>;
  const level = (key: string): unknown => (isMapping(record[key]) ? (record[key] as Record<string, unknown>).confidence : undefined);
  const [warn, fail] = [level('warn'), level('fail')];
  if (typeof warn === 'number' && typeof fail === 'number' && warn !== fail) {
    ctx.error(childPointer(childPointer(pointer, 'warn'), 'confidence'), 'policy/conflict', `warn asks for the ${warn} interval and fail for the ${fail} one: the check computes and shows one interval, so give both the same "confidence"`, 'key');
  }
  for (const [key, value] of Object.entries(record)) if (isMapping(value) && key !== 'warn' && key !== 'fail') refuseTwoLevels(value, childPointer(pointer, key), ctx);
}

function refuseShape(threshold: Threshold, at: string, ctx: NormaliseContext): void {
  const here = childPointer(at, 'confidence');
  if (threshold.vs !== undefined || threshold.relative !== undefined || threshold.absolute !== undefined) {
    ctx.error(here, 'policy/conflict', '"confidence" judges the value\'s own interval, not a change against the reference: write the bound on the value (lt, gt, …)', 'key');
    return;
  }
  for (const key of UNSIDED) {
    if (threshold[key] !== undefined) {
      ctx.error(childPointer(at, key), 'policy/conflict', `"${key}" cannot be judged with "confidence": only gt, gte, lt and lte say which end of the interval must lie beyond the bound`, 'key');
    }
  }
  if (SIDED.every((key) => threshold[key] === undefined) && UNSIDED.every((key) => threshold[key] === undefined)) {
    ctx.error(here, 'policy/conflict', '"confidence" needs a condition to judge the interval against (gt, gte, lt or lte)', 'key');
  }
}

function walk(node: object, pointer: string, visit: (threshold: Threshold, at: string) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (!isMapping(value)) continue;
    const at = childPointer(pointer, key);
    if ((key === 'warn' || key === 'fail') && value.confidence !== undefined) visit(value as Threshold, at);
    else walk(value, at, visit);
  }
}

/**
 * Whether a warn/fail pair can be compared as sets of values (./threshold-sets.ts) to prove the
 * warn unreachable. With `confidence` a threshold reads an end of the interval, not the value:
 * the proof carries over only when both ask for the same level and every condition of both
 * reads the same end (all gt/gte, or all lt/lte). Otherwise nothing is proved, and nothing is
 * refused: `warn: { lt: 0.7 }` beside `fail: { lt: 0.8, confidence: 0.95 }` warns whenever the
 * value is below 0.7 and the interval reaches above 0.8.
 */
export function comparableForReach(warn: Threshold, fail: Threshold): boolean {
  if (warn.confidence === undefined && fail.confidence === undefined) return true;
  if (warn.confidence !== fail.confidence) return false;
  const keys = [warn, fail].flatMap((t) => SIDED.filter((key) => t[key] !== undefined));
  return keys.every((key) => key.startsWith('g')) || keys.every((key) => key.startsWith('l'));
}
