/**
 * Writes the hostile corpus into a folder (a repository of its own, so that data paths are
 * confined to it): at least 500 broken policies and 100 broken data files, from the example
 * policies and data (policy-mutations.ts, policy-syntax.ts, data-cases.ts) and by hand
 * (policy-hand.ts), next to good policies that must still be evaluated in the same run.
 * Deterministic: the same seed writes the same bytes. Nothing here is committed but this code.
 *
 *   <root>/.git                  marks the repository root (data may not leave it)
 *   <root>/data/…                slices of examples/data that the good policies read
 *   <root>/data/broken/…         the broken data files (and FIFOs, folders, links)
 *   <root>/policies/000-good-*   the example policies, unchanged, and the valid halves of pairs
 *   <root>/policies/p-*          one broken policy per case
 *   <root>/data-policies/d-*     one policy per data case, reading its broken file
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { type DataCase, dataCases, parseSlice, type Slice, SLICE_FILES } from './data-cases.js';
import { handPolicyCases } from './policy-hand.js';
import { type CaseContent, type Example, type KnownKeys, modelNameFor, type PolicyCase, policyMutations, SECRET_VARIABLE } from './policy-mutations.js';
import { syntaxBreaks, wrapped } from './policy-syntax.js';
import { mulberry32, tag } from './random.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = ['adult-income', 'adult-income-shifted', 'adult-income-labels', 'offer-ranker', 'diabetes-progression', 'wine-cultivar'] as const;

export interface WrittenPolicyCase extends PolicyCase {
  /** The file, relative to the corpus root (as the CLI, run there, reports it). */
  readonly file: string;
}

export interface WrittenDataCase extends DataCase {
  readonly policyFile: string;
  readonly model: string;
  /** The broken file as a message should name it: its base name (or the path, when outside). */
  readonly shownAs: string;
}

export interface Corpus {
  readonly root: string;
  readonly policyCases: readonly WrittenPolicyCase[];
  readonly dataCases: readonly WrittenDataCase[];
  /** Policies that are valid and must be evaluated in the same run: file → model name. */
  readonly good: ReadonlyMap<string, string>;
  /** What to run: the two folders, and the files a folder search rightly skips. */
  readonly paths: readonly string[];
  /** FIFOs in the corpus (absolute), which a reader that opens them blocks on. */
  readonly fifos: readonly string[];
  /** The environment the run needs: the secret the secret cases reference. */
  readonly env: Readonly<Record<string, string>>;
  readonly secret: string;
}

export interface CorpusOptions {
  readonly seed: number;
  /** What a gzip bomb expands to; the test's cap must be below it. */
  readonly bombBytes: number;
}

/** Rows of the slices: enough for the examples' min_samples (500), few enough to read fast (the diabetes and wine files are smaller: whole). */
const REFERENCE_ROWS = 1200;
const CURRENT_ROWS = 600;

/** Header and the first `rows` rows of an example data file (labels: those of the first predictions). */
function slice(file: string): string {
  const text = readFileSync(path.join(REPO, 'examples/data', file), 'utf8');
  const lines = text.split('\n');
  if (file === 'adult-labels/labels.csv') return `${[lines[0], ...lines.slice(1).filter((l) => l !== '' && Number(l.split(',')[0]!.slice('adult-'.length)) <= CURRENT_ROWS)].join('\n')}\n`;
  const rows = file.includes('reference') ? REFERENCE_ROWS : CURRENT_ROWS;
  return `${lines.slice(0, rows + 1).join('\n')}\n`;
}

/** Every property name in the policy schema: a "misspelling" that is one of them is no mistake. */
function knownKeys(): KnownKeys {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value !== null && typeof value === 'object') for (const name of Object.keys(value)) keys.add(name);
        walk(value);
      }
    }
  };
  walk(JSON.parse(readFileSync(path.join(REPO, 'schema/policy.v1.schema.json'), 'utf8')));
  return keys;
}

function slug(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}-${tag(name)}`;
}

function writeContent(file: string, content: CaseContent, fifos: string[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(file, content);
  else if ('fifo' in content) {
    execFileSync('mkfifo', [file]);
    fifos.push(file);
  } else if ('folder' in content) mkdirSync(file);
  else symlinkSync(content.symlink === '(self)' ? path.basename(file) : content.symlink, file);
}

export function writeHostileCorpus(root: string, options: CorpusOptions): Corpus {
  const rng = mulberry32(options.seed);
  const secret = `corpus-secret-${tag(String(options.seed))}-Zq`;
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', root]);
  const fifos: string[] = [];

  // 1. The good data: slices of the example data, where the example policies look for it.
  const slices = new Map<string, Slice>();
  for (const file of SLICE_FILES) {
    const text = slice(file);
    writeContent(path.join(root, 'data', file), text, fifos);
    slices.set(file, parseSlice(text));
  }

  // 2. The good policies: the examples as they are, and the valid halves of the pairs.
  const good = new Map<string, string>();
  const examples: Example[] = EXAMPLES.map((id) => ({ id, source: readFileSync(path.join(REPO, 'examples/monitors', `${id}.yaml`), 'utf8') }));
  for (const example of examples) {
    const file = `policies/000-good-${example.id}.yaml`;
    writeContent(path.join(root, file), example.source, fifos);
    good.set(file, String(parseDocument(example.source).getIn(['model', 'name'])));
  }
  const hand = handPolicyCases(rng);
  for (const g of hand.good) {
    writeContent(path.join(root, 'policies', g.file), g.content, fifos);
    good.set(`policies/${g.file}`, g.model);
  }

  // 3. The broken policies.
  const known = knownKeys();
  const generated = examples.flatMap((example) => [...policyMutations(example, rng, known), ...syntaxBreaks(example, rng)]);
  const all = [...generated, ...wrapped(generated, rng, 12), ...hand.cases];
  const names = new Set<string>();
  const policyCases: WrittenPolicyCase[] = [];
  for (const c of all) {
    if (names.has(c.name)) throw new Error(`corpus: two cases are named ${c.name}`);
    names.add(c.name);
    const file = `policies/p-${slug(c.name)}.yaml`;
    writeContent(path.join(root, file), c.content, fifos);
    policyCases.push({ ...c, file });
  }

  // 4. The broken data, each read by a policy made from the example that reads such data.
  const writtenData: WrittenDataCase[] = [];
  for (const c of dataCases(rng, slices, options.bombBytes)) {
    if (names.has(c.name)) throw new Error(`corpus: two cases are named ${c.name}`);
    names.add(c.name);
    const model = `d-${tag(c.name)}`;
    const policyFile = `data-policies/d-${slug(c.name)}.yaml`;
    const target = path.resolve(root, 'data-policies', c.path);
    const content = c.content;
    if (content instanceof Uint8Array || 'fifo' in content || 'folder' in content || 'symlink' in content) writeContent(target, content, fifos);
    else if ('loopFolder' in content) {
      const folder = path.resolve(root, 'data-policies', c.path.slice(0, c.path.indexOf('/**')));
      writeContent(path.join(folder, 'a.csv'), readFileSync(path.join(root, 'data', content.loopFolder)), fifos);
      symlinkSync('.', path.join(folder, 'again'));
    }
    // `external` paths are named as they are: nothing to write.
    const source = examples.find((e) => e.id === c.base)!.source;
    const doc = parseDocument(source);
    doc.setIn(['model', 'name'], model);
    doc.setIn(['data', c.slot, 'file'], c.path);
    if (c.format !== undefined) doc.setIn(['data', c.slot, 'format'], c.format);
    for (const [key, value] of Object.entries(c.source ?? {})) doc.setIn(['data', c.slot, key], value);
    if (c.checks !== undefined) doc.set('checks', parseDocument(c.checks).contents);
    writeContent(path.join(root, policyFile), doc.toString({ lineWidth: 0 }), fifos);
    const shownAs = path.isAbsolute(c.path) ? c.path : c.path.includes('*') ? c.path.slice(c.path.lastIndexOf('/broken/') + '/broken/'.length) : path.basename(c.path);
    writtenData.push({ ...c, policyFile, model, shownAs });
  }

  const explicit = policyCases.filter((c) => c.explicit === true).map((c) => c.file);
  return {
    root,
    policyCases,
    dataCases: writtenData,
    good,
    paths: ['policies', 'data-policies', ...explicit],
    fifos,
    env: { [SECRET_VARIABLE]: secret },
    secret,
  };
}

export { modelNameFor };
