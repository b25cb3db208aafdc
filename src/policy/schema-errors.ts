/**
 * Turns ajv's errors into one plain-English PolicyError per real mistake, at the place in the
 * file where the reader should look: the offending key for an unknown key, the mapping for a
 * missing key, the value otherwise. ajv reports every failed branch of an `anyOf`; those are
 * folded into one message (or dropped in favour of a deeper, more precise error). O(errors²).
 */
import type { ErrorObject } from 'ajv';
import type { ProblemCode } from '../problems.js';
import { describeSchema } from './describe.js';
import { childPointer, pointerTokens } from './document.js';
import type { NodePlace } from './document.js';
import { knownCheckTypes, resolveSchema } from './schema.js';
import type { SchemaNode } from './schema.js';
import { didYouMean, suggest } from './suggest.js';
import type { PolicyError, SourcePosition } from './types.js';

/** Keywords that judge the value itself, as opposed to the keys or items inside it. */
const VALUE_KEYWORDS = new Set([
  'type', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'multipleOf', 'format',
]);

export function schemaErrorsToPolicyErrors(file: string, errors: readonly ErrorObject[], places: ReadonlyMap<string, NodePlace>): PolicyError[] {
  const kept = foldAlternatives(errors);
  const out: PolicyError[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const { pointer, at, code, message } = explain(e);
    const position = placeOf(places, pointer, at);
    const key = `${position.line}:${position.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, ...position, code, message });
  }
  return out;
}

/** Drops the noise: failed anyOf branches, errors beside a wrong type, a missing-type echo. */
function foldAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    const path = e.instancePath;
    const valueErrors = errors.filter((o) => o !== e && o.instancePath === path && VALUE_KEYWORDS.has(o.keyword));
    const deeper = errors.filter(
      (o) => o !== e && (o.instancePath.startsWith(`${path}/`) || (o.instancePath === path && !VALUE_KEYWORDS.has(o.keyword) && o.keyword !== 'anyOf' && o.keyword !== 'oneOf')),
    );
    for (const o of valueErrors) drop.add(o);
    // A branch matched the value's shape and failed inside it: that inner error is the mistake.
    if (deeper.length > 0) drop.add(e);
  }
  for (const e of errors) {
    if (drop.has(e)) continue;
    const samePlace = errors.filter((o) => o !== e && !drop.has(o) && o.instancePath === e.instancePath);
    // With the wrong type at a place, every other complaint about that place is an echo of it.
    if (e.keyword === 'type' && !isAlternativeBranch(e, errors)) for (const o of samePlace) if (o.keyword !== 'type') drop.add(o);
    if (e.keyword === 'required' && e.params.missingProperty === 'type') {
      for (const o of samePlace) if (o.keyword === 'discriminator') drop.add(o);
    }
    // `nmae:` is one mistake: the unknown key, not also a missing `name`.
    if (e.keyword === 'additionalProperties') {
      const allowed = Object.keys(resolveSchema((e.parentSchema ?? {}) as SchemaNode).properties ?? {});
      const meant = suggest(String(e.params.additionalProperty), allowed);
      for (const o of samePlace) if (o.keyword === 'required' && o.params.missingProperty === meant) drop.add(o);
    }
  }
  return errors.filter((e) => !drop.has(e));
}

function isAlternativeBranch(e: ErrorObject, errors: readonly ErrorObject[]): boolean {
  return errors.some((o) => (o.keyword === 'anyOf' || o.keyword === 'oneOf') && o.instancePath === e.instancePath);
}

interface Explained {
  readonly pointer: string;
  readonly at: 'key' | 'value';
  readonly code: ProblemCode;
  readonly message: string;
}

function explain(e: ErrorObject): Explained {
  const path = e.instancePath;
  const parent = resolveSchema((e.parentSchema ?? {}) as SchemaNode);
  const name = labelOf(path);
  const subject = path === '' ? 'the policy' : `"${name}"`;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const checkType = parent.properties?.type?.const;
      const where = typeof checkType === 'string' ? ` in a ${checkType} check` : '';
      const hint = didYouMean(key, allowed) || ` (allowed: ${allowed.join(', ')})`;
      return { pointer: childPointer(path, key), at: 'key', code: 'policy/unknown-key', message: `unknown key "${key}"${where}${hint}` };
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const where = path === '' ? '' : ` in "${name}"`;
      return { pointer: path, at: 'value', code: 'policy/missing-key', message: `missing required key "${missing}"${where}` };
    }
    case 'discriminator': {
      const types = knownCheckTypes();
      if (e.params.error === 'mapping') {
        const given = String(e.params.tagValue);
        const hint = didYouMean(given, types) || ` (known types: ${types.join(', ')})`;
        return { pointer: childPointer(path, 'type'), at: 'value', code: 'policy/invalid-value', message: `unknown check type "${given}"${hint}` };
      }
      const given = isRecord(e.data) ? e.data.type : undefined;
      return { pointer: childPointer(path, 'type'), at: 'value', code: 'policy/invalid-value', message: `"type" must be one of ${types.join(', ')}, got ${show(given)}` };
    }
    case 'uniqueItems': {
      const j = Number(e.params.j);
      const item = Array.isArray(e.data) ? (e.data as unknown[])[j] : undefined;
      return { pointer: childPointer(path, j), at: 'value', code: 'policy/duplicate', message: `"${name}" lists ${show(item)} twice` };
    }
    case 'enum': {
      const hint = typeof e.data === 'string' ? didYouMean(e.data, (e.schema as unknown[]).map(String)) : '';
      return { pointer: path, at: 'value', code: 'policy/invalid-value', message: `${subject} must be ${describeSchema(parent)}, got ${show(e.data)}${hint}` };
    }
    default:
      return { pointer: path, at: 'value', code: e.keyword === 'type' ? 'policy/wrong-type' : 'policy/invalid-value', message: `${subject} must be ${describeSchema(parent)}, got ${show(e.data)}` };
  }
}

/** `min_samples`, `features[1]`, `checks[0]`, or `the policy` for the root. */
export function labelOf(pointer: string): string {
  const tokens = pointerTokens(pointer);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 'the policy';
  if (/^\d+$/.test(last)) {
    const owner = tokens[tokens.length - 2];
    return owner === undefined ? `[${last}]` : `${owner}[${last}]`;
  }
  return last;
}

/** A value as it would read in the policy, short. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  // YAML's spellings: the user wrote .nan or .inf (or 1e400), and NaN means nothing to them.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const inline = JSON.stringify(value);
    return inline.length <= 40 ? inline : `a list of ${value.length} items`;
  }
  if (isRecord(value)) return Object.keys(value).length === 0 ? 'an empty mapping' : 'a mapping';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The position for a pointer, falling back to the nearest ancestor that has one. */
export function placeOf(places: ReadonlyMap<string, NodePlace>, pointer: string, at: 'key' | 'value'): SourcePosition {
  let current = pointer;
  for (;;) {
    const place = places.get(current);
    if (place) return at === 'key' && place.key ? place.key : place.value;
    if (current === '') return { line: 1, column: 1 };
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
