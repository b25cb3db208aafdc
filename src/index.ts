// The Action's entry point: the runner executes dist/index.js, which only starts the run.
import { run } from './action.js';

void run();
