/**
 * A separate process appending to a DirectoryStore (test/state/directory-store.test.ts bundles
 * it with esbuild): argv is the folder, the time to start at (so that the children write at
 * once), and the records as JSON.
 */
import { DirectoryStore } from '../../src/state/directory-store.js';
import type { RunRecord } from '../../src/state/record.js';

const [dir = '', startAt = '0', records = '[]'] = process.argv.slice(2);
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 1));
await new DirectoryStore(dir, { log: (line) => process.stderr.write(`${line}\n`) }).append(JSON.parse(records) as RunRecord[]);
