/**
 * Broken policies made from the example policies at the level of text: YAML that does not
 * parse (unclosed quotes and brackets, tabs, bad indentation, duplicate keys, undefined
 * aliases, a second document), bytes that are not text, and the same mistakes behind a BOM or
 * in CRLF or CR line endings. Each case names the lines an error must be on.
 */
import type { ProblemCode } from '../../src/problems.js';
import { type Example, modelNameFor, type PolicyCase, renamedSource } from './policy-mutations.js';
import { pick, type Rng } from './random.js';

/** A block key with a plain one-line scalar value: `  key: value  # comment`. */
const PLAIN_PAIR = /^(\s*)(- )?([A-Za-z_][\w-]*): ([^\s{}[\]"'#&*!|>@`%-][^#]*?)\s*(#.*)?$/;

interface Lines {
  readonly lines: string[];
  /** 1-based line numbers of the lines matching `test`. */
  matching(test: (line: string, index: number) => boolean): number[];
}

function linesOf(text: string): Lines {
  const lines = text.split('\n');
  return { lines, matching: (test) => lines.flatMap((line, i) => (test(line, i) ? [i + 1] : [])) };
}

interface Break {
  readonly id: string;
  readonly codes?: readonly ProblemCode[];
  /** The broken text and the lines the error must be on; null when the example has no place for it. */
  apply(text: Lines, rng: Rng): { text: string | Uint8Array; lines?: [number, number] } | null;
}

const YAML: readonly ProblemCode[] = ['policy/yaml'];

/** Replaces 1-based line `n` by `replacement` (which may hold several lines). */
function withLine(t: Lines, n: number, replacement: string): string {
  return [...t.lines.slice(0, n - 1), replacement, ...t.lines.slice(n)].join('\n');
}

function plainPairLines(t: Lines): number[] {
  return t.matching((line) => PLAIN_PAIR.test(line));
}

function onPlainPair(t: Lines, rng: Rng, edit: (m: RegExpMatchArray) => string): { text: string; lines: [number, number] } | null {
  const candidates = plainPairLines(t);
  if (candidates.length === 0) return null;
  const n = pick(rng, candidates);
  return { text: withLine(t, n, edit(t.lines[n - 1]!.match(PLAIN_PAIR)!)), lines: [n, n] };
}

const lead = (m: RegExpMatchArray) => `${m[1]}${m[2] ?? ''}${m[3]}: `;

/** The parser may report a break on the line after it (where the structure it expected fails). */
function widen(result: { text: string; lines: [number, number] } | null, after: number): { text: string; lines: [number, number] } | null {
  return result === null ? null : { text: result.text, lines: [result.lines[0], result.lines[1] + after] };
}

/** Seeded bytes that stay on one line and cannot open a quote, a flow collection or a comment. */
function garbage(rng: Rng, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const banned = new Set([0x0a, 0x0d, 0x23, 0x22, 0x27, 0x5b, 0x5d, 0x7b, 0x7d]);
  for (let i = 0; i < length; i++) {
    let b = Math.floor(rng() * 256);
    while (banned.has(b)) b = (b + 1) % 256;
    bytes[i] = b;
  }
  bytes[0] = 0x80 + (bytes[0]! % 0x40); // a continuation byte first: never valid UTF-8, never a YAML indicator
  return bytes;
}

const BREAKS: readonly Break[] = [
  { id: 'unclosed-double-quote', codes: YAML, apply: (t, rng) => onPlainPair(t, rng, (m) => `${lead(m)}"${m[4]}`) },
  { id: 'unclosed-single-quote', codes: YAML, apply: (t, rng) => onPlainPair(t, rng, (m) => `${lead(m)}'${m[4]}`) },
  { id: 'alias-to-nowhere', codes: YAML, apply: (t, rng) => onPlainPair(t, rng, (m) => `${lead(m)}*nowhere`) },
  { id: 'nested-compact-mapping', codes: YAML, apply: (t, rng) => widen(onPlainPair(t, rng, (m) => `${lead(m)}a: b`), 1) },
  { id: 'reserved-indicator', codes: YAML, apply: (t, rng) => onPlainPair(t, rng, (m) => `${lead(m)}@${m[4]}`) },
  { id: 'bad-escape', codes: YAML, apply: (t, rng) => onPlainPair(t, rng, (m) => `${lead(m)}"\\q${m[4]}"`) },
  {
    id: 'unclosed-flow-mapping',
    codes: YAML,
    apply: (t, rng) => {
      const candidates = t.matching((line) => /\{[^#]*\}/.test(line));
      if (candidates.length === 0) return null;
      const n = pick(rng, candidates);
      const line = t.lines[n - 1]!;
      const at = line.lastIndexOf('}');
      return { text: withLine(t, n, line.slice(0, at) + line.slice(at + 1)), lines: [n, t.lines.length] };
    },
  },
  {
    id: 'unclosed-flow-sequence',
    codes: YAML,
    apply: (t, rng) => {
      const candidates = t.matching((line) => /\[[^#]*\]/.test(line));
      if (candidates.length === 0) return null;
      const n = pick(rng, candidates);
      const line = t.lines[n - 1]!;
      const at = line.lastIndexOf(']');
      return { text: withLine(t, n, line.slice(0, at) + line.slice(at + 1)), lines: [n, t.lines.length] };
    },
  },
  {
    id: 'tab-indentation',
    codes: YAML,
    apply: (t, rng) => {
      const candidates = t.matching((line) => /^ {2,}[^\s#]/.test(line));
      if (candidates.length === 0) return null;
      const n = pick(rng, candidates);
      return { text: withLine(t, n, t.lines[n - 1]!.replace(/^ +/, '\t')), lines: [n, n] };
    },
  },
  {
    id: 'bad-indentation',
    codes: YAML,
    apply: (t, rng) => {
      // A pair with a scalar value, then a sibling pushed under it.
      const candidates = plainPairLines(t).filter((n) => {
        const next = t.lines[n];
        const indent = t.lines[n - 1]!.match(PLAIN_PAIR)![1]!.length + (t.lines[n - 1]!.match(PLAIN_PAIR)![2] === undefined ? 0 : 2);
        return next !== undefined && /^\s*[A-Za-z_][\w-]*:/.test(next) && next.length - next.trimStart().length === indent;
      });
      if (candidates.length === 0) return null;
      const n = pick(rng, candidates);
      return { text: withLine(t, n + 1, `   ${t.lines[n]!}`), lines: [n, n + 1] };
    },
  },
  {
    id: 'duplicate-key',
    codes: YAML,
    apply: (t, rng) => {
      const candidates = plainPairLines(t).filter((n) => t.lines[n - 1]!.match(PLAIN_PAIR)![2] === undefined);
      if (candidates.length === 0) return null;
      const n = pick(rng, candidates);
      return { text: withLine(t, n, `${t.lines[n - 1]!}\n${t.lines[n - 1]!}`), lines: [n, n + 1] };
    },
  },
  {
    id: 'second-document',
    codes: YAML,
    apply: (t) => ({ text: `${t.lines.join('\n').replace(/\n*$/, '\n')}---\nextra: 1\n`, lines: [t.lines.length - 1, t.lines.length + 2] }),
  },
  {
    id: 'stray-bracket',
    codes: YAML,
    apply: (t, rng) => {
      const candidates = t.matching((line) => /^[A-Za-z]/.test(line));
      const n = pick(rng, candidates);
      return { text: withLine(t, n, `]\n${t.lines[n - 1]!}`), lines: [n, n + 1] };
    },
  },
  {
    id: 'truncated-in-quote',
    codes: YAML,
    apply: (t, rng) => {
      // Cut after `kind:`, so that the file still says it is a policy.
      const kind = t.matching((line) => line.startsWith('kind:'))[0] ?? 1;
      const candidates = t.matching((line, i) => i + 1 > kind && /^[A-Za-z]/.test(line));
      const n = pick(rng, candidates);
      return { text: `${t.lines.slice(0, n - 1).join('\n')}\nx: "never closed`, lines: [n, n] };
    },
  },
  {
    id: 'binary-line',
    apply: (t, rng) => {
      const candidates = t.matching((line, i) => i > 2 && /^[A-Za-z]/.test(line));
      const n = pick(rng, candidates);
      const before = Buffer.from(`${t.lines.slice(0, n - 1).join('\n')}\n`);
      const after = Buffer.from(`\n${t.lines.slice(n - 1).join('\n')}`);
      return { text: Buffer.concat([before, garbage(rng, 64), after]), lines: [n, n + 1] };
    },
  },
  {
    id: 'nul-in-kind',
    apply: (t) => {
      const n = t.matching((line) => line.startsWith('kind:'))[0];
      return n === undefined ? null : { text: withLine(t, n, 'kind: Model\u0000Monitor'), lines: [n, n] };
    },
  },
  {
    id: 'ansi-in-task',
    codes: ['policy/invalid-value', 'policy/wrong-type', 'policy/yaml'],
    apply: (t) => {
      const n = t.matching((line) => /^\s+task:/.test(line))[0];
      return n === undefined ? null : { text: withLine(t, n, '  task: "\u001b[31mbinary_classification\u001b[0m\u202e"'), lines: [n, n] };
    },
  },
  {
    // The key is unknown, or a required key is missing from the mapping around it.
    id: 'bom-inside-key',
    apply: (t, rng) => {
      const result = onPlainPair(t, rng, (m) => `${m[1]}${m[2] ?? ''}\ufeff${m[3]}: ${m[4]}`);
      return result === null ? null : { text: result.text };
    },
  },
];

/** Line endings and a BOM around a broken text; the lines an error is on do not move. */
const WRAPS: readonly { id: string; wrap: (text: string) => string; keepsLines: boolean }[] = [
  { id: 'bom', wrap: (text) => `\ufeff${text}`, keepsLines: true },
  { id: 'crlf', wrap: (text) => text.replace(/\n/g, '\r\n'), keepsLines: true },
  { id: 'bom+crlf', wrap: (text) => `\ufeff${text.replace(/\n/g, '\r\n')}`, keepsLines: true },
  { id: 'cr', wrap: (text) => text.replace(/\n/g, '\r'), keepsLines: false },
];

export function syntaxBreaks(example: Example, rng: Rng): PolicyCase[] {
  const cases: PolicyCase[] = [];
  for (const b of BREAKS) {
    const name = `${example.id}/yaml/${b.id}`;
    const result = b.apply(linesOf(renamedSource(example, name)), rng);
    if (result === null) continue;
    cases.push({ name, content: result.text, ...(b.codes === undefined ? {} : { codes: b.codes }), ...(result.lines === undefined ? {} : { lines: result.lines }) });
  }
  // The same breaks again behind a BOM and in other line endings.
  for (const w of WRAPS) {
    const b = pick(rng, BREAKS.filter((x) => x.codes === YAML));
    const name = `${example.id}/yaml-${w.id}/${b.id}`;
    const result = b.apply(linesOf(renamedSource(example, name)), rng);
    if (result === null || typeof result.text !== 'string') continue;
    cases.push({ name, content: w.wrap(result.text), codes: YAML, ...(w.keepsLines && result.lines !== undefined ? { lines: result.lines } : {}) });
  }
  return cases;
}

/** Wraps a few finished cases (any kind) in a BOM or CRLF: positions must not move. */
export function wrapped(cases: readonly PolicyCase[], rng: Rng, n: number): PolicyCase[] {
  // Not one already wrapped: CR LF twice would be a different file.
  const textual = cases.filter((c) => typeof c.content === 'string' && !c.content.includes('\r') && !c.content.startsWith('\ufeff'));
  const out: PolicyCase[] = [];
  for (let i = 0; i < n && textual.length > 0; i++) {
    const c = pick(rng, textual);
    const w = pick(rng, WRAPS.filter((x) => x.keepsLines));
    const name = `${c.name}+${w.id}`;
    if (out.some((x) => x.name === name)) continue;
    // A model name of its own (same length, so no position moves).
    out.push({ ...c, name, content: w.wrap((c.content as string).replace(modelNameFor(c.name), modelNameFor(name))) });
  }
  return out;
}
