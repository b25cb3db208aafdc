import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { properties, type Node } from './schema-walk.js';
import { checkNormalisers } from '../../src/policy/checks/index.js';
import { knownCheckTypes, policySchema } from '../../src/policy/schema.js';
import { validatorSource, validatorUrl } from '../../scripts/policy-validator.mjs';

describe('schema/policy.v1.schema.json', () => {
  it('is a valid draft-07 schema with an $id', () => {
    const ajv = new Ajv({ validateSchema: true, allowUnionTypes: true, discriminator: true });
    ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    expect(() => ajv.compile(policySchema)).not.toThrow();
    expect((policySchema as unknown as Node).$id).toMatch(/^https:\/\//);
  });

  it('gives every property a title and a description, for editors', () => {
    const missing = properties(policySchema)
      .filter(([, prop]) => typeof prop.title !== 'string' || typeof prop.description !== 'string')
      .map(([pointer]) => pointer);
    expect(missing).toEqual([]);
  });

  it('lists exactly the check types that have a normaliser', () => {
    expect(knownCheckTypes().sort()).toEqual(Object.keys(checkNormalisers).sort());
  });

  it('is what the committed validator was compiled from (npm run build regenerates it)', () => {
    expect(readFileSync(validatorUrl, 'utf8') === validatorSource()).toBe(true);
  });
});
