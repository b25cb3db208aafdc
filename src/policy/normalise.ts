/**
 * From validated raw policy data to the normalised Policy: defaults filled, paths resolved,
 * durations parsed, and the rules that span the whole policy checked (unique check ids, columns
 * named by checks must be declared, PII columns are never named). Every mistake is reported
 * with its JSON pointer; the Policy is only returned when there is none. O(size of policy).
 */
import { normaliseDefaultsLifecycle, refuseBadInhibits, withMemory } from './memory.js';
import { normaliseAlerting, normaliseRetraining } from './alerting.js';
import { checkNormalisers, isCheckType } from './checks/index.js';
import type { CheckBaseFields } from './checks/base.js';
import { declaredColumns, normaliseColumns } from './columns.js';
import type { NormaliseContext } from './context.js';
import { normaliseData } from './data.js';
import { durationProblem, parseDuration } from './duration.js';
import type { RawCheck, RawPolicy } from './raw.js';
import type { ProblemCode } from '../problems.js';
import { didYouMean } from './suggest.js';
import { refuseMisplacedConfidence } from './confidence.js';
import { refuseUnreachableWarnings } from './thresholds.js';
import type { CheckSpec, CheckType, Duration, LifecycleSpec, Policy, SourcePosition, TimeBudgetSpec } from './types.js';

export const DEFAULT_MIN_SAMPLES = 100;
/** Generous for the largest data the readers take, short enough that a stuck model cannot hold a scheduled run for hours. */
export const DEFAULT_TIME_BUDGET = '10m';
const BUDGET_UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** `90s`, `10m` or `1h` (the schema has checked the form). */
function timeBudget(text: string): TimeBudgetSpec {
  const unit = text.slice(-1) as keyof typeof BUDGET_UNIT_MS;
  return { ms: Number(text.slice(0, -1)) * BUDGET_UNIT_MS[unit], text };
}

export interface PolicyProblem {
  readonly pointer: string;
  readonly at: 'key' | 'value';
  readonly code: ProblemCode;
  readonly message: string;
  /** For errors inside a string value (an expression): the character offset within it. */
  readonly textOffset?: number;
}

export interface NormaliseInput {
  readonly raw: RawPolicy;
  readonly file: string;
  readonly dir: string;
  /** Folder data paths must stay inside, unless a source sets allow_outside_root. */
  readonly root?: string;
  /** Line of a node, to name the first of two duplicate ids. */
  readonly positionOf: (pointer: string) => SourcePosition | undefined;
  readonly secrets?: readonly string[];
}

export function normalisePolicy(input: NormaliseInput): { policy: Policy | null; problems: PolicyProblem[] } {
  const { raw, file, dir, positionOf } = input;
  const secrets = input.secrets ?? [];
  const problems: PolicyProblem[] = [];
  const references: { pointer: string; name: string }[] = [];
  const columns = normaliseColumns(raw.columns);
  const defaults = { min_samples: raw.defaults?.min_samples ?? DEFAULT_MIN_SAMPLES, time_budget: timeBudget(raw.defaults?.time_budget ?? DEFAULT_TIME_BUDGET) };
  const ctx: NormaliseContext = {
    dir,
    root: input.root ?? dir,
    columns,
    defaults,
    hasReference: raw.data.reference !== undefined,
    task: raw.model.task,
    error: (pointer, code, message, at = 'value') => problems.push({ pointer, at, code, message }),
    errorInText: (pointer, textOffset, code, message) => problems.push({ pointer, at: 'value', code, message, textOffset }),
    referColumn: (pointer, name) => references.push({ pointer, name }),
    duration: (text, pointer, positive) => parseDurationAt(text, pointer, ctx, positive === 'positive'),
  };

  const data = normaliseData(raw.data, ctx);
  const lifecycle = normaliseDefaultsLifecycle(raw.defaults, ctx);
  const checks = normaliseChecks(raw.checks, ctx, positionOf, lifecycle);
  refuseBadInhibits(checks, ctx);
  checkColumnReferences(columns, references, ctx);
  const checkIds = checks.map((c) => c.id);
  const alerting = normaliseAlerting(raw.alerting, checkIds, ctx);
  const retraining = normaliseRetraining(raw.retraining, checkIds, ctx);
  if (problems.length > 0) return { policy: null, problems };

  const model = {
    name: raw.model.name,
    ...(raw.model.version === undefined ? {} : { version: raw.model.version }),
    task: raw.model.task,
    owners: [...(raw.model.owners ?? [])],
    ...(raw.model.runbook === undefined ? {} : { runbook: raw.model.runbook }),
  };
  const policy: Policy = {
    file,
    dir,
    apiVersion: raw.apiVersion,
    model,
    columns,
    data,
    defaults: { ...defaults, lifecycle },
    checks,
    alerting,
    ...(retraining === undefined ? {} : { retraining }),
    positionOf,
    secrets,
  };
  // Not enumerable: a Policy compares, clones and serialises as plain data.
  Object.defineProperty(policy, 'positionOf', { value: positionOf, enumerable: false });
  Object.defineProperty(policy, 'secrets', { value: secrets, enumerable: false });
  return { policy, problems };
}

function normaliseChecks(rawChecks: readonly RawCheck[], ctx: NormaliseContext, positionOf: NormaliseInput['positionOf'], lifecycle: LifecycleSpec): CheckSpec[] {
  const firstPointer = new Map<string, string>();
  const checks: CheckSpec[] = [];
  rawChecks.forEach((raw, index) => {
    const pointer = `/checks/${index}`;
    const earlier = firstPointer.get(raw.id);
    if (earlier !== undefined) {
      const line = positionOf(`${earlier}/id`)?.line;
      ctx.error(`${pointer}/id`, 'policy/duplicate', `duplicate check id "${raw.id}"${line === undefined ? '' : ` (first used on line ${line})`}`);
    } else {
      firstPointer.set(raw.id, pointer);
    }
    // The schema's discriminator has already rejected unknown types; this guards a schema that
    // lists a type nobody wrote a normaliser for.
    if (!isCheckType(raw.type)) {
      ctx.error(`${pointer}/type`, 'policy/invalid-value', `check type "${raw.type}" has no normaliser`);
      return;
    }
    const base: CheckBaseFields = {
      id: raw.id,
      ...(raw.description === undefined ? {} : { description: raw.description }),
      min_samples: raw.min_samples ?? ctx.defaults.min_samples,
      pointer,
    };
    const check = withMemory(normaliseCheck(raw.type, raw, base, ctx), raw, lifecycle, ctx);
    refuseUnreachableWarnings(check, pointer, ctx);
    refuseMisplacedConfidence(check, pointer, ctx);
    checks.push(check);
  });
  return checks;
}

function normaliseCheck<T extends CheckType>(type: T, raw: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): CheckSpec {
  const normaliser = checkNormalisers[type] as (raw: RawCheck, base: CheckBaseFields, ctx: NormaliseContext) => CheckSpec;
  return normaliser(raw, base, ctx);
}

/**
 * PII columns are never named by a check or used as features. Once columns.features is declared,
 * every column a check names must have a role in `columns`.
 */
function checkColumnReferences(columns: Policy['columns'], references: readonly { pointer: string; name: string }[], ctx: NormaliseContext): void {
  const pii = new Set(columns.pii);
  for (const kind of ['numerical', 'categorical'] as const) {
    (columns.features?.[kind] ?? []).forEach((name, index) => {
      if (pii.has(name)) ctx.error(`/columns/features/${kind}/${index}`, 'policy/conflict', `column "${name}" is listed in columns.pii and cannot be a feature`);
    });
  }
  const declared = columns.features === undefined ? null : [...declaredColumns(columns)];
  for (const { pointer, name } of references) {
    if (pii.has(name)) {
      ctx.error(pointer, 'policy/conflict', `column "${name}" is listed in columns.pii: checks may not read PII columns`);
    } else if (declared !== null && !declared.includes(name)) {
      ctx.error(pointer, 'policy/unknown-column', `column "${name}" is not declared in columns${didYouMean(name, declared)}`);
    }
  }
}

function parseDurationAt(text: string, pointer: string, ctx: NormaliseContext, positive: boolean): Duration {
  const parsed = parseDuration(text);
  const problem = durationProblem(text, parsed, positive);
  if (problem !== null) ctx.error(pointer, 'policy/invalid-value', problem);
  return parsed ?? { kind: 'time', ms: 0, text };
}
