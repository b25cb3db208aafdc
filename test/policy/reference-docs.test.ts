import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { properties, type Node } from './schema-walk.js';
import { docUrl, flow, readSchema, renderReference, updateDoc } from '../../scripts/policy-reference.mjs';

const schema = readSchema() as Node;

describe('docs/policy.md key tables (npm run docs)', () => {
  it('equal what scripts/policy-reference.mjs renders from the schema', () => {
    const doc = readFileSync(docUrl, 'utf8');
    // On failure: run `npm run docs` and commit docs/policy.md.
    expect(updateDoc(doc, schema)).toBe(doc);
  });

  it('notice a stale table and a missing or unknown marker', () => {
    const doc = readFileSync(docUrl, 'utf8');
    const stale = doc.replace(/(<!-- reference:start model -->\n)[^]*?(<!-- reference:end model -->)/, '$1| key |\n$2');
    expect(updateDoc(stale, schema)).not.toBe(stale);
    expect(() => updateDoc(doc.replace(/<!-- reference:(start|end) model -->\n?/g, ''), schema)).toThrow(/no markers for "model"/);
    expect(() => updateDoc(`${doc}\n<!-- reference:start nosuch -->\n<!-- reference:end nosuch -->\n`, schema)).toThrow(/no generated table is called "nosuch"/);
  });

  it('has a table per top-level key and per check type, rendered the same twice', () => {
    const tables = renderReference(schema);
    const defs = schema.$defs as Record<string, Node>;
    const types = (defs.check!.oneOf as { $ref: string }[]).map((b) => ((defs[b.$ref.split('/').pop()!]!.properties as Node).type as Node).const);
    for (const type of types) expect(tables.has(`type-${String(type)}`)).toBe(true);
    for (const key of ['model', 'columns', 'data', 'defaults', 'alerting', 'retraining']) expect(tables.has(key)).toBe(true);
    expect([...renderReference(readSchema() as Node)]).toEqual([...tables]);
    // A default shows as written in YAML: the drift check's default per_feature threshold.
    expect(tables.get('type-drift')).toContain('| `per_feature` | `{ warn, fail }` | `{ fail: { gte: 0.1 } }` |');
  });

  it('writes values as YAML flow', () => {
    expect(flow({ fail: { lt: 0.05 } })).toBe('{ fail: { lt: 0.05 } }');
    expect(flow(['modelwatch', 'retraining'])).toBe('[modelwatch, retraining]');
    // In a flow map a bare `{` would open a mapping (docs/policy.md#data says so too).
    expect(flow('${DB_URL}')).toBe('"${DB_URL}"');
    expect(flow('data/current/*.csv')).toBe('data/current/*.csv');
    expect(flow('1.10')).toBe('"1.10"');
    expect(flow('7d')).toBe('7d');
    expect(flow('1e3')).toBe('"1e3"');
    expect(flow('2026-12-31')).toBe('"2026-12-31"');
    expect(flow('true')).toBe('"true"');
    expect(flow('a: b')).toBe('"a: b"');
  });
});

describe('schema/policy.v1.schema.json annotations', () => {
  const props = properties(schema);

  it('reaches every depth (check types, parameters, sources, thresholds, silences)', () => {
    const pointers = props.map(([p]) => p);
    expect(pointers).toContain('#/$defs/check_concept_drift/properties/parameters/properties/clock');
    expect(pointers).toContain('#/$defs/check_data_quality/properties/range/anyOf/1/properties/min');
    expect(pointers).toContain('#/$defs/silence/properties/until');
    expect(pointers).toContain('#/$defs/source_postgres/properties/retries');
    expect(props.length).toBeGreaterThan(200);
  });

  it('gives every property a description (a sentence) and one example', () => {
    const bad = props
      .filter(([, prop]) => typeof prop.description !== 'string' || !/^\S.*[.)]$/s.test(prop.description) || !Array.isArray(prop.examples) || prop.examples.length !== 1)
      .map(([pointer]) => pointer);
    expect(bad).toEqual([]);
  });

  it('says a default once: in `default`, or (when it depends on other keys) in a "Default:" sentence', () => {
    const both = props.filter(([, prop]) => 'default' in prop && /\bDefault\b/.test(String(prop.description))).map(([pointer]) => pointer);
    expect(both).toEqual([]);
  });

  // Examples and defaults are annotations: ajv does not check them, so this test does.
  it('has examples and defaults that the property itself accepts', () => {
    // The options scripts/policy-validator.mjs compiles the schema with (ajv's default strict mode).
    const ajv = new Ajv({ allowUnionTypes: true, discriminator: true });
    ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    ajv.addSchema(schema);
    const id = schema.$id as string;
    const refused: string[] = [];
    for (const [pointer, prop] of props) {
      const validate = ajv.compile({ $ref: `${id}${pointer}` });
      for (const value of [...((prop.examples as unknown[] | undefined) ?? []), ...('default' in prop ? [prop.default] : [])]) {
        if (!validate(value)) refused.push(`${pointer}: ${JSON.stringify(value)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
