/**
 * A parsed policy document: the plain value handed to the schema, and where every node of it
 * sits in the file, keyed by JSON pointer (`/checks/0/fail/lt`). Built in one walk over the
 * `yaml` AST, which also resolves `${NAME}` in string values. O(nodes). Never throws: YAML
 * syntax errors and unresolved variables come back as PolicyErrors.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import { substituteEnv } from './env.js';
import type { PolicyError, SourcePosition } from './types.js';

export interface NodePlace {
  /** Position of the mapping key that holds this node (absent for the root and list items). */
  readonly key?: SourcePosition;
  /** Position of the value; for an empty value, the position just after its key. */
  readonly value: SourcePosition;
  /** String scalars: source offset of the scalar and its style, to place characters inside it. */
  readonly text?: { readonly start: number; readonly style: string };
}

export interface PolicyDocument {
  readonly file: string;
  /** The document as plain JSON-like data; undefined when the YAML could not be parsed. */
  readonly data: unknown;
  readonly places: ReadonlyMap<string, NodePlace>;
  readonly errors: readonly PolicyError[];
  /** Values substituted from the environment (`${NAME}`). */
  readonly secrets: readonly string[];
}

/** Appends one reference token to a JSON pointer (RFC 6901 escaping). */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Splits a JSON pointer into its unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const START: SourcePosition = { line: 1, column: 1 };

export function parsePolicyDocument(file: string, source: string, env: NodeJS.ProcessEnv): PolicyDocument {
  const lineCounter = new LineCounter();
  // Integers arrive as BigInt, so that one a double cannot hold exactly is refused, not rounded.
  const doc = parseDocument(asLineFeeds(source), { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true, intAsBigInt: true });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return { file, data: undefined, places: new Map(), errors: syntaxErrors(doc.errors).map((e) => yamlError(file, source, e, at)), secrets: [] };
  }
  const places = new Map<string, NodePlace>();
  const errors: PolicyError[] = [];
  const secrets = new Set<string>();
  const walker = { doc, env, file, places, errors, secrets, at, depth: 0, aliases: 0 };
  const root = doc.contents;
  places.set('', { value: root?.range ? at(root.range[0]) : START });
  const data = root ? toPlain(walker, root, '') : null;
  return { file, data, places, errors, secrets: [...secrets] };
}

/**
 * YAML breaks lines at CR LF, LF and a lone CR, but the parser takes a lone CR (classic Mac line
 * endings) for text, which made such a file one comment line. A lone CR becomes LF: the same
 * length, so every offset into the source stays right.
 */
export function asLineFeeds(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

interface Walker {
  readonly doc: Document;
  readonly env: NodeJS.ProcessEnv;
  readonly file: string;
  readonly places: Map<string, NodePlace>;
  readonly errors: PolicyError[];
  readonly secrets: Set<string>;
  readonly at: (offset: number) => SourcePosition;
  depth: number;
  aliases: number;
}

/** Expanded aliases per document; more is an "alias bomb" (a few lines expanding to gigabytes). */
const MAX_ALIASES = 1000;

function toPlain(w: Walker, node: YamlNode, pointer: string): unknown {
  // Aliases are followed; a cycle of aliases cannot reach this far (yaml rejects it), but a
  // deep alias chain is cut off rather than overflowing the stack.
  if (isAlias(node)) {
    const target = node.resolve(w.doc);
    if (!target) {
      const position = node.range ? w.at(node.range[0]) : (w.places.get(pointer)?.value ?? START);
      w.errors.push({ file: w.file, ...position, code: 'policy/yaml', message: `YAML syntax: alias *${node.source} refers to no anchor &${node.source} defined before it` });
      return null;
    }
    if (w.depth > 64) return null;
    if (++w.aliases > MAX_ALIASES) {
      if (w.aliases === MAX_ALIASES + 1) {
        const position = w.places.get(pointer)?.value ?? START;
        w.errors.push({ file: w.file, ...position, code: 'policy/yaml', message: `more than ${MAX_ALIASES} YAML aliases (*name) are expanded; a policy does not need that many` });
      }
      return null;
    }
    w.depth++;
    const value = toPlain(w, target, pointer);
    w.depth--;
    return value;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const child = childPointer(pointer, key);
      const keyPos = keyNode?.range ? w.at(keyNode.range[0]) : w.places.get(pointer)?.value ?? START;
      const valueNode = pair.value as YamlNode | null;
      const empty = !valueNode || (isScalar(valueNode) && valueNode.value === null && (valueNode.source ?? '') === '');
      w.places.set(child, { key: keyPos, value: empty || !valueNode?.range ? keyPos : w.at(valueNode.range[0]) });
      // Defined, not assigned: `out["__proto__"] = …` would set the mapping's prototype and
      // smuggle its keys past the schema; as an own key it is refused like any unknown key.
      Object.defineProperty(out, key, { value: valueNode ? toPlain(w, valueNode, child) : null, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const child = childPointer(pointer, index);
      const itemNode = item as YamlNode | null;
      w.places.set(child, { value: itemNode?.range ? w.at(itemNode.range[0]) : w.places.get(pointer)?.value ?? START });
      return itemNode ? toPlain(w, itemNode, child) : null;
    });
  }
  if (isScalar(node)) {
    const value: unknown = node.value;
    if (typeof value === 'string') {
      const { value: resolved, problems, secrets } = substituteEnv(value, w.env);
      for (const secret of secrets) w.secrets.add(secret);
      const place = w.places.get(pointer);
      const position = place?.value ?? START;
      if (place !== undefined && node.range && node.type) w.places.set(pointer, { ...place, text: { start: node.range[0], style: node.type } });
      for (const message of problems) w.errors.push({ file: w.file, ...position, code: 'policy/env', message });
      return resolved;
    }
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'bigint') {
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
        const position = w.places.get(pointer)?.value ?? START;
        w.errors.push({ file: w.file, ...position, code: 'policy/invalid-value', message: `integer ${value} is too large to be held exactly (at most 2^53 − 1 = ${Number.MAX_SAFE_INTEGER}); it would be read as ${Number(value)}` });
      }
      return Number(value);
    }
    return value ?? null;
  }
  return null;
}

/**
 * One structural error usually sets off a cascade (an unclosed quote swallows the rest of the
 * file), so only the first is kept; duplicate keys and tabs stand alone and are all kept.
 */
function syntaxErrors(errors: readonly YAMLError[]): YAMLError[] {
  const independent = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT']);
  const first = errors.find((e) => !independent.has(e.code));
  return errors.filter((e) => independent.has(e.code) || e === first);
}

/** Turns a yaml syntax error into a short message at the place the reader should look. */
function yamlError(file: string, source: string, e: YAMLError, at: (offset: number) => SourcePosition): PolicyError {
  const [start, end] = e.pos;
  let offset = start;
  let message = e.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '');
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(start))?.[0].trim().replace(/^(["'])(.*)\1$/, '$2') ?? source.slice(start, end);
      message = `duplicate key "${key}"`;
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // yaml notices at the value above; the culprit is the next line, indented too far.
      const nextLine = source.indexOf('\n', start);
      const culprit = nextLine < 0 ? -1 : source.slice(nextLine + 1).search(/\S/);
      if (culprit >= 0) offset = nextLine + 1 + culprit;
      message = 'bad indentation: this line is indented more than the key above it';
      break;
    }
    case 'TAB_AS_INDENT':
      message = 'tabs are not allowed for indentation in YAML; indent with spaces';
      break;
    case 'MULTIPLE_DOCS':
      message = 'a policy file holds one YAML document, but a second one starts here (---)';
      break;
    case 'MISSING_CHAR': {
      // yaml reports an unclosed quote where the file ends; point at the opening quote instead.
      const quote = /closing (["'])quote/.exec(e.message)?.[1];
      if (quote) {
        const opening = source.lastIndexOf(quote, Math.max(0, start - 1));
        if (opening >= 0) offset = opening;
        message = `unclosed ${quote === '"' ? 'double' : 'single'} quote: the string that starts here never ends`;
      }
      break;
    }
    default:
      message = message.charAt(0).toLowerCase() + message.slice(1);
  }
  return { file, ...at(offset), code: 'policy/yaml', message: `YAML syntax: ${message}` };
}
