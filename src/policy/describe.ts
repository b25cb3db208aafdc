/**
 * What a schema node expects, in English, for messages such as `"bins" must be an integer from
 * 2 to 100, got 1`. Uses the node's `x-expected` annotation when the schema gives one (patterns
 * cannot be described mechanically), otherwise its type, bounds, const and enum. Pure.
 */
import { resolveSchema } from './schema.js';
import type { SchemaNode } from './schema.js';

const TYPE_NOUN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

export function describeSchema(node: SchemaNode): string {
  const schema = resolveSchema(node);
  if (schema['x-expected']) return schema['x-expected'];
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((v) => String(v)).join(', ')}`;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.map(describeSchema).join(' or ');
  const types = typeof schema.type === 'string' ? [schema.type] : [...(schema.type ?? [])];
  if (types.length === 0) return 'a value';
  const noun = types.map((t) => TYPE_NOUN[t] ?? t).join(' or ');
  if (types.length === 1 && (types[0] === 'integer' || types[0] === 'number')) return noun + bounds(schema);
  if (types.length === 1 && types[0] === 'array' && schema.items) {
    const item = describeSchema(schema.items);
    return `a list of ${item.replace(/^an? /, '')}s`;
  }
  if (types.length === 1 && types[0] === 'string' && schema.pattern) return `a string matching ${schema.pattern}`;
  if (types.length === 1 && types[0] === 'string' && (schema.minLength ?? 0) > 0) return 'a non-empty string';
  return noun;
}

function bounds(schema: SchemaNode): string {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return ` ≥ ${minimum}`;
  if (maximum !== undefined) return ` ≤ ${maximum}`;
  return '';
}
