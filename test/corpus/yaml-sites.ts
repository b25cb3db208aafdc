/**
 * Mutating a policy as text, so that every other byte (and every line number) stays as the
 * author wrote it: the example is parsed once with `yaml` to find where each mapping pair and
 * list item lies, and a mutation is a few splices of the source at those offsets. Re-writing
 * the whole document through `yaml` for each of several hundred cases took seconds on a busy
 * machine; splicing takes microseconds and tells exactly which lines a mutation touched.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';

export type YamlPath = readonly (string | number)[];

export interface Site {
  readonly path: YamlPath;
  /** The key for a mapping pair, the index for a list item. */
  readonly key: string | number;
  /** The key's scalar, for a mapping pair. */
  readonly keyNode: Scalar | null;
  readonly node: YamlNode | null;
  readonly parent: YAMLMap | YAMLSeq;
  /** The mapping's keys are names the user chooses (columns.types, class_scores), not keywords. */
  readonly freeKeys: boolean;
}

const FREE_MAPS = new Set(['types', 'class_scores']);

/** A parsed example: its source, its document, and every pair and item in it. */
export class YamlSource {
  readonly doc: Document;
  readonly sites: readonly Site[];
  private readonly byPath = new Map<string, Site>();

  constructor(readonly source: string) {
    this.doc = parseDocument(source, { keepSourceTokens: true });
    const sites: Site[] = [];
    const walk = (node: unknown, path: YamlPath): void => {
      if (isMap(node)) {
        const freeKeys = FREE_MAPS.has(String(path[path.length - 1]));
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const key = String(pair.key.value);
          const child = [...path, key];
          sites.push({ path: child, key, keyNode: pair.key, node: (pair.value as YamlNode | null) ?? null, parent: node, freeKeys });
          walk(pair.value, child);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          const child = [...path, index];
          sites.push({ path: child, key: index, keyNode: null, node: item as YamlNode, parent: node, freeKeys: false });
          walk(item, child);
        });
      }
    };
    walk(this.doc.contents, []);
    this.sites = sites;
    for (const site of sites) this.byPath.set(pathKey(site.path), site);
  }

  site(path: YamlPath): Site | undefined {
    return this.byPath.get(pathKey(path));
  }

  /** The node at `path` ([] is the root). */
  node(path: YamlPath): YamlNode | null {
    return path.length === 0 ? (this.doc.contents as YamlNode | null) : (this.site(path)?.node ?? null);
  }

  /** The value at `path` as plain data. */
  value(path: YamlPath): unknown {
    const node = this.node(path);
    return isScalar(node) ? node.value : node === null ? undefined : (node.toJSON() as unknown);
  }

  has(path: YamlPath): boolean {
    return this.site(path) !== undefined;
  }

  text(node: YamlNode): string {
    return this.source.slice(node.range![0], node.range![1]);
  }
}

function pathKey(path: YamlPath): string {
  return path.map(String).join('\u0000');
}

export function kindOf(node: YamlNode | null): 'map' | 'seq' | 'string' | 'number' | 'other' {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  if (isScalar(node)) return typeof node.value === 'string' ? 'string' : typeof node.value === 'number' ? 'number' : 'other';
  return 'other';
}

/** Replace source[start, end) by text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits; returns the new text and the 1-based lines that `target`
 * (one of the edits) covers in it, widened back to the original offset `from` and on to the
 * original offset `to` when given.
 */
export function applyEdits(source: string, edits: readonly Edit[], target?: Edit, from?: number, to?: number): { text: string; lines?: [number, number] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let text = source;
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  if (target === undefined) return { text };
  // Where an original offset is in the new text: moved by every edit that ends before it.
  const moved = (offset: number, self = true) => offset + edits.filter((e) => (self || e !== target) && e.end <= offset).reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
  const start = Math.min(moved(target.start, false), from === undefined ? Infinity : moved(from));
  const end = Math.max(moved(target.start, false) + target.text.replace(/\n$/, '').length, to === undefined ? 0 : moved(to));
  // A deletion may rightly be blamed on the line that now stands where the key was.
  const extra = target.text === '' ? 1 : 0;
  return { text, lines: [lineAt(text, start), lineAt(text, end) + extra] };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end < 0 ? source.length : end + 1;
}

/** Puts `text` (a flow value: JSON, a number, `{ oops: 1 }`) where the node at the site is. */
export function setValue(y: YamlSource, site: Site, text: string): Edit {
  const node = site.node!;
  const [start, end] = node.range!;
  // Block collections and block scalars end after their last newline; keep it.
  const newline = y.source[end - 1] === '\n' ? '\n' : '';
  return { start, end, text: text + newline };
}

export function renameKey(site: Site, text: string): Edit {
  const [start, end] = site.keyNode!.range!;
  return { start, end, text };
}

/** Removes a mapping pair: its lines in a block mapping, its text (and a comma) in a flow one. */
export function deletePair(y: YamlSource, site: Site): Edit {
  const parent = site.parent as YAMLMap;
  const keyStart = site.keyNode!.range![0];
  const valueEnd = site.node?.range?.[1] ?? site.keyNode!.range![1];
  if (parent.flow === true) {
    const index = parent.items.findIndex((p) => p.key === site.keyNode);
    const next = parent.items[index + 1];
    if (next !== undefined) return { start: keyStart, end: (next.key as YamlNode).range![0], text: '' };
    const previous = parent.items[index - 1];
    const start = previous === undefined ? keyStart : ((previous.value as YamlNode | null)?.range?.[1] ?? keyStart);
    return { start, end: valueEnd, text: '' };
  }
  const from = lineStart(y.source, keyStart);
  const to = lineEnd(y.source, Math.max(keyStart, valueEnd - 1));
  // The first key of a list item shares its line with the dash: keep "- ", drop the rest.
  if (y.source.slice(from, keyStart).trim() !== '') return { start: keyStart, end: to - 1, text: '' };
  return { start: from, end: to, text: '' };
}

/** Adds `key: text` to the mapping at `path` (the root when []); creates missing parents. */
export function insertPair(y: YamlSource, path: YamlPath, key: string, text: string): Edit {
  const node = y.node(path);
  if (node === null || !isMap(node)) {
    if (path.length === 0) throw new Error('corpus: the root is not a mapping');
    return insertPair(y, path.slice(0, -1), String(path[path.length - 1]), `{ ${key}: ${text} }`);
  }
  const [, end] = node.range!;
  if (node.flow === true) {
    const close = y.source.lastIndexOf('}', end);
    return { start: close, end: close, text: `${node.items.length > 0 ? ', ' : ''}${key}: ${text} ` };
  }
  const first = node.items[0]!.key as YamlNode;
  const indent = first.range![0] - lineStart(y.source, first.range![0]);
  const at = y.source[end - 1] === '\n' ? end : lineEnd(y.source, end);
  return { start: at, end: at, text: `${' '.repeat(indent)}${key}: ${text}\n` };
}

/** Appends an item to the list at `path`: a line "- text" in a block list, ", text" in a flow one. */
export function appendItem(y: YamlSource, path: YamlPath, text: string): Edit {
  const node = y.node(path);
  if (!isSeq(node)) throw new Error(`corpus: ${path.join('.')} is not a list`);
  const [, end] = node.range!;
  if (node.flow === true) {
    const close = y.source.lastIndexOf(']', end);
    return { start: close, end: close, text: `${node.items.length > 0 ? ', ' : ''}${text}` };
  }
  const first = node.items[0] as YamlNode;
  const dash = y.source.lastIndexOf('-', first.range![0]);
  const indent = dash - lineStart(y.source, dash);
  const at = y.source[end - 1] === '\n' ? end : lineEnd(y.source, end);
  return { start: at, end: at, text: `${' '.repeat(indent)}- ${text}\n` };
}

/** A key as YAML: plain when it is a plain word, else a JSON (double-quoted) string. */
export function keyText(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) ? key : JSON.stringify(key);
}
