/**
 * The policy schema (schema/policy.v1.schema.json) and its validator. The schema is the single
 * source of truth for keys, types and the prose editors show; this module also answers
 * questions about it (which keys are allowed at a place, which check types exist).
 *
 * The validator is ajv's, compiled ahead of time into generated/policy-validator.js by
 * scripts/policy-validator.mjs (run by the build): no schema compilation, and no generated code
 * evaluated, when modelwatch runs.
 */
import type { ErrorObject } from 'ajv';
import schemaJson from '../../schema/policy.v1.schema.json' with { type: 'json' };
import validate from './generated/policy-validator.js';

/** A JSON Schema node, as far as this module reads it. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly 'x-expected'?: string;
}

export const policySchema: SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> } = schemaJson as never;

/** Validates plain policy data; returns ajv's errors (verbose: with schema and data), or []. */
export function validateAgainstSchema(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Follows `$ref`s (local JSON pointers only) to the node that holds the keywords. */
export function resolveSchema(node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.$ref !== undefined && hops < 16; hops++) {
    const target = lookup(current.$ref);
    if (!target) break;
    // Keywords written beside a $ref (title, description, x-expected) win over the target's.
    const { $ref: _ref, ...beside } = current;
    current = { ...target, ...beside, $ref: target.$ref };
  }
  return current;
}

function lookup(ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = policySchema;
  for (const token of ref.slice(1).split('/').filter((t) => t !== '')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
}

/** The check types the schema knows, in the order of the checks `oneOf`. */
export function knownCheckTypes(): string[] {
  const check = policySchema.$defs.check;
  return (check?.oneOf ?? []).map((branch) => resolveSchema(branch).properties?.type?.const).filter((t): t is string => typeof t === 'string');
}
