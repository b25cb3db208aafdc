// Types of the generated validator beside this file (scripts/policy-validator.mjs).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
