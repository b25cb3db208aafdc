// Types of scripts/policy-reference.mjs, for test/policy/reference-docs.test.ts.
export const docUrl: URL;
/** A value as YAML flow, the way a policy writes it. */
export function flow(value: unknown): string;
/** Every generated table of docs/policy.md, by marker name. */
export function renderReference(schema: object): Map<string, string>;
/** The page with every marked table replaced by its rendering; throws on a missing or unknown marker. */
export function updateDoc(text: string, schema: object): string;
export function readSchema(): Record<string, unknown>;
