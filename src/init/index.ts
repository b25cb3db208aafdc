/** `modelwatch init` (loaded by the CLI only when the command runs). */
export { initPolicy, InitError, type InitOptions, type InitResult } from './init.js';
export { TASKS } from './infer.js';
