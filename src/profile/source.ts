/**
 * `reference: { profile: … }` and `current: { profile: … }`: a profile file (json.ts) read back
 * as the columns view (table.ts). The path rules are a file's (inside the repository unless
 * allow_outside_root, a regular file, capped at max_bytes). Read on the main thread: the table
 * carries facts a worker's transfer would drop, and a profile is small.
 */
import { displayPath, DataError } from '../data/errors.js';
import { sourceFiles } from '../data/files.js';
import { DEFAULT_MAX_BYTES, formatBytes, openRegularFile } from '../data/bytes.js';
import type { Source } from '../data/sources/source.js';
import type { ProfileSourceSpec } from '../policy/types.js';
import { readProfile } from './json.js';
import { columnsView } from './table.js';

export const profileSource: Source<ProfileSourceSpec> = {
  kind: 'profile',
  thread: 'main',
  async read(spec) {
    const [file] = await sourceFiles({ paths: [spec.path], ...(spec.root !== undefined && { root: spec.root }) });
    const where = displayPath(spec.path);
    const cap = spec.max_bytes ?? DEFAULT_MAX_BYTES;
    const { handle, size } = await openRegularFile(file!.path);
    let text: string;
    try {
      if (size > cap) throw new DataError('data/too-large', where, `is ${formatBytes(size)}, over max_bytes ${formatBytes(cap)}`);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    const profile = readProfile(text, where);
    if (!profile.ok) throw new DataError(profile.code, where, profile.message.replace(`profile ${where} `, ''));
    return columnsView(profile.value, where, profile.value.computed === 'database' ? 'database' : 'profile');
  },
  async size() {
    return undefined;
  },
  describe: (spec) => `profile ${displayPath(spec.path)}`,
};
