// Renders the key tables of docs/policy.md from schema/policy.v1.schema.json, the single source of
// truth for every key's description, default and example. docs/policy.md keeps its prose by hand;
// each table sits between `<!-- reference:start NAME -->` and `<!-- reference:end NAME -->` and
// is rewritten by `npm run docs` (node scripts/policy-reference.mjs). `--check` only compares and
// exits 1 when the page is stale (test/policy/reference-docs.test.ts does the same).
//
// A key's default is the schema's `default` when the loader applies a fixed value; a default that
// depends on another key (columns.timestamp, the check's min_samples) is written in its
// description as a last sentence "Default: …", which this script moves to the default column.
import { readFileSync, writeFileSync } from 'node:fs';

const schemaUrl = new URL('../schema/policy.v1.schema.json', import.meta.url);
export const docUrl = new URL('../docs/policy.md', import.meta.url);

/** The keys every check has; listed once, in the `checks` table. */
const COMMON_CHECK_KEYS = ['id', 'type', 'description', 'min_samples', 'for', 'keep_firing_for', 'inhibits'];

/** Short type names for the shared `$defs` (the schema's `x-expected` phrases are for messages). */
const REF_TYPES = {
  name: 'name',
  owner: 'GitHub owner',
  checkId: 'check id',
  columnName: 'column',
  columnList: 'list of columns',
  columnSelection: '`all` or list of columns',
  columnKinds: 'mapping column → kind',
  labelList: 'list of labels',
  duration: 'duration',
  timeSpan: 'time span',
  runCount: 'runs',
  minSamples: 'integer ≥ 1',
  scalar: 'number or string',
  scalarList: 'list of numbers or strings',
  pair: '[low, high]',
  comparator: 'comparator',
  threshold: 'threshold',
  thresholds: '`{ warn, fail }`',
  source: 'source',
  source_postgres: 'mapping',
  source_http: 'mapping',
  labels: 'source + join',
  model: 'mapping',
  columns: 'mapping',
  data: 'mapping',
  defaults: 'mapping',
  issue: 'mapping',
  silence: 'silence',
  alerting: 'mapping',
  retraining: 'mapping',
};

/**
 * The generated tables, in page order: a name (the marker's), the object whose properties it
 * lists, the keys to leave out, and the keys whose inner keys are listed after them (dotted).
 */
export function sections(schema) {
  const defs = schema.$defs;
  const checkTypes = defs.check.oneOf.map((branch) => branch.$ref.split('/').pop());
  const sourceKeys = Object.keys(defs.source.properties);
  return [
    { name: 'top-level', node: schema },
    { name: 'model', node: defs.model },
    { name: 'columns', node: defs.columns, expand: ['features'] },
    { name: 'data', node: defs.data, expand: ['sample'] },
    { name: 'source', node: defs.source },
    { name: 'postgres', node: defs.source_postgres },
    { name: 'http', node: defs.source_http },
    { name: 'labels', node: defs.labels, omit: sourceKeys },
    { name: 'defaults', node: defs.defaults },
    { name: 'thresholds', node: defs.threshold },
    {
      name: 'checks',
      node: defs[checkTypes[0]],
      only: COMMON_CHECK_KEYS,
      // The first check type's `type` is one value; every check takes one of them.
      override: {
        type: {
          enum: checkTypes.map((def) => defs[def].properties.type.const),
          description: 'What the check measures; it decides the check\'s other keys (the sections below).',
          examples: ['drift'],
        },
      },
    },
    ...checkTypes.map((def) => ({
      name: `type-${defs[def].properties.type.const}`,
      node: defs[def],
      // The common keys are in the checks table, unless this type says something of its own.
      omit: ['type'],
      omitSame: defs[checkTypes[0]],
      expand: ['dataset', 'schema', 'parameters'],
    })),
    { name: 'alerting', node: defs.alerting, expand: ['issue', 'silences'] },
    { name: 'retraining', node: defs.retraining, expand: ['when', 'pull_request'] },
  ];
}

/** The schema node a `$ref` ("#/$defs/x" or a deeper JSON pointer) names. */
function resolve(schema, ref) {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => node[part], schema);
}

/** A property's annotations: its own win over those of what it refers to. */
function annotated(schema, prop) {
  const target = prop.$ref === undefined ? {} : annotated(schema, resolve(schema, prop.$ref));
  return { ...target, ...prop, refName: prop.$ref?.startsWith('#/$defs/') && !prop.$ref.slice(8).includes('/') ? prop.$ref.slice(8) : target.refName };
}

/** The object schema a property holds (through a $ref or an array's items), if any. */
function objectOf(schema, prop) {
  let node = prop;
  if (node.$ref !== undefined) node = resolve(schema, node.$ref);
  if (node.type === 'array' && node.items !== undefined) node = node.items.$ref === undefined ? node.items : resolve(schema, node.items.$ref);
  return node.properties === undefined ? null : node;
}

function rows(schema, section) {
  const out = [];
  const visit = (node, prefix, expand) => {
    const required = new Set(node.required ?? []);
    for (const [key, prop] of Object.entries(node.properties)) {
      if (prefix === '' && section.only !== undefined && !section.only.includes(key)) continue;
      if (prefix === '' && section.omit?.includes(key)) continue;
      if (prefix === '' && COMMON_CHECK_KEYS.includes(key) && section.omitSame !== undefined && prop.description === section.omitSame.properties[key]?.description) continue;
      const isArray = (prop.$ref === undefined ? prop : resolve(schema, prop.$ref)).type === 'array';
      out.push({ key: `${prefix}${key}`, prop: section.override?.[key] ?? annotated(schema, prop), required: required.has(key) });
      const inner = expand.includes(key) ? objectOf(schema, prop) : null;
      if (inner !== null) visit(inner, `${prefix}${key}${isArray ? '[]' : ''}.`, []);
    }
  };
  visit(section.node, '', section.expand ?? []);
  return out;
}

/** A value as YAML flow, the way a policy writes it. */
export function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string') {
    // A plain scalar in flow context: no indicator first, no ": " or " #", no flow punctuation,
    // and nothing YAML would read as another type (a number, true, null).
    const plain =
      /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
      !/: |:$| #|[,[\]{}]|\s$/.test(value) &&
      !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
      !/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0[xo][\da-f]+$|^[-+]?\.(inf|nan)$|^\d{4}-\d\d-\d\d/i.test(value);
    return plain ? value : JSON.stringify(value);
  }
  return String(value);
}

function typeOf(schema, prop) {
  if (prop.const !== undefined) return `\`${flow(prop.const)}\``;
  if (prop.enum !== undefined) return prop.enum.map(code).join(', ');
  if (prop.refName !== undefined && prop.$ref !== undefined && REF_TYPES[prop.refName] !== undefined) return REF_TYPES[prop.refName];
  if (prop.anyOf !== undefined) {
    return prop.anyOf.map((branch) => typeOf(schema, annotated(schema, branch))).join(' or ');
  }
  const type = Array.isArray(prop.type) ? prop.type.join(' or ') : prop.type;
  if (type === 'integer' || type === 'number') {
    const low = prop.minimum !== undefined ? ['≥', prop.minimum] : prop.exclusiveMinimum !== undefined ? ['>', prop.exclusiveMinimum] : null;
    const high = prop.maximum !== undefined ? ['≤', prop.maximum] : prop.exclusiveMaximum !== undefined ? ['<', prop.exclusiveMaximum] : null;
    // Interval notation: [2, 100] includes both ends, (0, 1) neither.
    if (low !== null && high !== null) return `${type} in ${low[0] === '≥' ? '[' : '('}${low[1]}, ${high[1]}${high[0] === '≤' ? ']' : ')'}`;
    if (low !== null) return `${type} ${low[0]} ${low[1]}`;
    if (high !== null) return `${type} ${high[0]} ${high[1]}`;
    return type;
  }
  if (type === 'array') {
    const items = prop.items === undefined ? null : annotated(schema, prop.items);
    if (items?.refName !== undefined && REF_TYPES[items.refName] !== undefined) return `list of ${items.refName === 'checkId' ? 'check ids' : `${REF_TYPES[items.refName]}s`}`;
    return items?.type === 'string' ? 'list of strings' : 'list';
  }
  if (type === 'object') return 'mapping';
  return type ?? '';
}

const DEFAULT_SENTENCE = /\s*Default(?: \(([^)]*)\))?: ([^]*?)\.?$/;

function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(value) {
  const text = flow(value);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** One row of a table: key | type | default | description | example. */
function row(schema, { key, prop, required }) {
  let description = prop.description ?? '';
  let fallback = required ? 'required' : '—';
  if (prop.default !== undefined) {
    fallback = code(prop.default);
  } else {
    const match = description.match(DEFAULT_SENTENCE);
    if (match !== null && match.index !== undefined) {
      description = description.slice(0, match.index);
      fallback = match[1] === undefined ? match[2] : `${match[2]} (${match[1]})`;
      if (fallback === 'none') fallback = '—';
    }
  }
  const example = prop.examples === undefined ? '' : code(prop.examples[0]);
  return `| \`${key}\` | ${cell(typeOf(schema, prop))} | ${cell(fallback)} | ${cell(description)} | ${cell(example)} |`;
}

/** The Markdown table of one section. */
export function renderSection(schema, section) {
  return ['| key | type | default | description | example |', '| --- | --- | --- | --- | --- |', ...rows(schema, section).map((r) => row(schema, r))].join('\n');
}

/** Every generated table, by marker name. */
export function renderReference(schema) {
  return new Map(sections(schema).map((section) => [section.name, renderSection(schema, section)]));
}

const MARKER = /<!-- reference:start ([a-z_-]+) -->\n[^]*?<!-- reference:end \1 -->/g;

/**
 * The page with every marked table replaced by its rendering. Throws when the page names a table
 * the schema has none for, or lacks one (every section must appear once).
 */
export function updateDoc(text, schema) {
  const tables = renderReference(schema);
  const seen = new Set();
  const out = text.replace(MARKER, (_, name) => {
    const table = tables.get(name);
    if (table === undefined) throw new Error(`docs/policy.md: no generated table is called "${name}" (known: ${[...tables.keys()].join(', ')})`);
    if (seen.has(name)) throw new Error(`docs/policy.md: the table "${name}" appears twice`);
    seen.add(name);
    return `<!-- reference:start ${name} -->\n${table}\n<!-- reference:end ${name} -->`;
  });
  const missing = [...tables.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`docs/policy.md: no markers for ${missing.map((n) => `"${n}"`).join(', ')}: add <!-- reference:start NAME --> and <!-- reference:end NAME --> where each table belongs`);
  return out;
}

export function readSchema() {
  return JSON.parse(readFileSync(schemaUrl, 'utf8'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const doc = readFileSync(docUrl, 'utf8');
  const updated = updateDoc(doc, readSchema());
  if (process.argv.includes('--check')) {
    if (updated !== doc) {
      console.error('docs/policy.md is stale: its key tables differ from schema/policy.v1.schema.json. Run `npm run docs`.');
      process.exit(1);
    }
  } else if (updated !== doc) {
    writeFileSync(docUrl, updated);
    console.log('docs/policy.md: key tables rewritten from the schema');
  }
}
