// Types of scripts/policy-validator.mjs, for the test that checks the generated validator is fresh.
export const validatorUrl: URL;
export function validatorSource(): string;
