/**
 * Checks requests against GitHub's published OpenAPI description (`@octokit/openapi`,
 * api.github.com.json, OpenAPI 3.0): the operation must exist for the method and path, every
 * query parameter must be declared and of the declared type, and the JSON body must validate
 * against the operation's request schema with `$ref`s resolved and unknown fields forbidden
 * (GitHub ignores unknown fields; a test must not, or a misspelt field would pass silently).
 * Ajv with `nullable` (OpenAPI 3.0) and without format validation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly schema?: JsonObject;
}

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly query: ReadonlyMap<string, Parameter>;
  readonly bodySchema: JsonObject | null;
  readonly bodyRequired: boolean;
}

export interface Match {
  readonly operation: Operation;
  readonly params: Readonly<Record<string, string>>;
}

const require = createRequire(import.meta.url);
const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');

let cached: OpenApiValidator | null = null;

export class OpenApiValidator {
  private readonly spec: JsonObject;
  private readonly operations: Operation[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly queryAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false, coerceTypes: 'array' });
  private readonly bodyValidators = new Map<string, ValidateFunction>();
  private readonly queryValidators = new Map<string, ValidateFunction>();

  static load(): OpenApiValidator {
    cached ??= new OpenApiValidator(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as JsonObject);
    return cached;
  }

  private constructor(spec: JsonObject) {
    this.spec = spec;
    const paths = spec['paths'] as { [path: string]: JsonObject };
    for (const [template, item] of Object.entries(paths)) {
      const shared = ((item['parameters'] ?? []) as Json[]).map((p) => this.resolve(p) as unknown as Parameter);
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const op = item[method] as JsonObject | undefined;
        if (op === undefined) continue;
        const parameters = [...shared, ...((op['parameters'] ?? []) as Json[]).map((p) => this.resolve(p) as unknown as Parameter)];
        const names: string[] = [];
        // `{ref}` and `{path}` may hold slashes (git refs, file paths); other parameters may not.
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          return name === 'ref' || name === 'path' ? '(.+)' : '([^/]+)';
        });
        const body = (op['requestBody'] as JsonObject | undefined) ?? null;
        const content = body === null ? null : (this.resolve(body) as JsonObject)['content'];
        const json = content && typeof content === 'object' && !Array.isArray(content) ? (content['application/json'] as JsonObject | undefined) : undefined;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: String(op['operationId']),
          pattern: new RegExp(`^${source}$`),
          names,
          query: new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p])),
          bodySchema: json?.['schema'] ? (json['schema'] as JsonObject) : null,
          bodyRequired: body !== null && (this.resolve(body) as JsonObject)['required'] === true,
        });
      }
    }
    // Literal segments beat parameters (`/issues/comments` before `/issues/{issue_number}`).
    this.operations.sort((a, b) => b.template.split('{').length - a.template.split('{').length).reverse();
  }

  /** The operation for a method and a decoded path, or null. */
  match(method: string, path: string): Match | null {
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const m = operation.pattern.exec(path);
      if (m === null) continue;
      const params: Record<string, string> = {};
      operation.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      return { operation, params };
    }
    return null;
  }

  /** Problems with the query string and body of a matched request; empty when valid. */
  check(match: Match, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const op = match.operation;
    const values: Record<string, string> = {};
    for (const [key, value] of query) {
      if (!op.query.has(key)) problems.push(`unknown query parameter "${key}" for ${op.operationId}`);
      else values[key] = value;
    }
    const queryValidator = this.queryValidatorFor(op);
    if (!queryValidator(values)) problems.push(...(queryValidator.errors ?? []).map((e) => `query${e.instancePath} ${e.message ?? ''}`));
    if (op.bodySchema === null) {
      if (body !== undefined) problems.push(`${op.operationId} takes no request body`);
    } else if (body === undefined) {
      if (op.bodyRequired) problems.push(`${op.operationId} requires a request body`);
    } else {
      const validate = this.bodyValidatorFor(op);
      if (!validate(body)) problems.push(...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
    }
    return problems;
  }

  private queryValidatorFor(op: Operation): ValidateFunction {
    const key = `${op.method} ${op.template}`;
    let validator = this.queryValidators.get(key);
    if (validator === undefined) {
      const properties: JsonObject = {};
      for (const [name, p] of op.query) properties[name] = p.schema ? (this.inline(p.schema, false) as Json) : {};
      validator = this.queryAjv.compile({ type: 'object', properties, additionalProperties: true });
      this.queryValidators.set(key, validator);
    }
    return validator;
  }

  private bodyValidatorFor(op: Operation): ValidateFunction {
    const key = `${op.method} ${op.template}`;
    let validator = this.bodyValidators.get(key);
    if (validator === undefined) {
      validator = this.ajv.compile(this.inline(op.bodySchema ?? {}, true) as JsonObject);
      this.bodyValidators.set(key, validator);
    }
    return validator;
  }

  private resolve(node: Json): Json {
    return resolvePointer(this.spec, node);
  }

  /**
   * A copy with every `$ref` inlined (a cycle becomes `{}`), and, when `closed`, objects that
   * list their properties made closed (`additionalProperties: false`) unless they say otherwise
   * or are one branch of an `allOf` (closing a branch would reject the other branches' fields).
   */
  private inline(node: Json, closed: boolean, seen: ReadonlySet<string> = new Set(), inAllOf = false): Json {
    if (Array.isArray(node)) return node.map((n) => this.inline(n, closed, seen, inAllOf));
    if (node === null || typeof node !== 'object') return node;
    let next = seen;
    if (typeof node['$ref'] === 'string') {
      const ref = node['$ref'];
      if (seen.has(ref)) return {};
      next = new Set([...seen, ref]);
      return this.inline(this.resolve(node), closed, next, inAllOf);
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples') continue;
      if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.inline(v, closed, next)]));
      } else {
        out[key] = this.inline(value, closed, next, key === 'allOf');
      }
    }
    if (out['nullable'] === true) return nullable(out, closed && !inAllOf);
    delete out['nullable'];
    if (closed && !inAllOf && out['properties'] !== undefined && out['additionalProperties'] === undefined && out['allOf'] === undefined) {
      out['additionalProperties'] = false;
    }
    return out;
  }
}

function resolvePointer(spec: JsonObject, node: Json): Json {
  let current = node;
  for (let i = 0; i < 20 && current !== null && typeof current === 'object' && !Array.isArray(current) && typeof current['$ref'] === 'string'; i++) {
    const pointer = (current['$ref'] as string).replace(/^#\//, '').split('/');
    let target: Json = spec;
    for (const part of pointer) target = (target as JsonObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')] ?? null;
    current = target;
  }
  return current;
}

/** OpenAPI 3.0 `nullable: true` as JSON Schema: the schema, or null. */
function nullable(schema: JsonObject, close: boolean): JsonObject {
  const { nullable: _n, ...rest } = schema;
  if (close && rest['properties'] !== undefined && rest['additionalProperties'] === undefined && rest['allOf'] === undefined) rest['additionalProperties'] = false;
  return { anyOf: [rest, { type: 'null' }] };
}
