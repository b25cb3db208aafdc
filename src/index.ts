// The Action's entry point: the runner executes dist/index.js, which only starts the run.
import { run } from './action.js';

// A cancelled job sends SIGINT, then SIGTERM: exit through process.exit so that the exit hooks
// stop the commands a source started and remove spooled downloads (src/data/sources/command.ts).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => process.exit(code));
}

void run();
