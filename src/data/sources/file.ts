/**
 * Files on the runner: paths and globs inside the repository (data/files.ts decides which),
 * read by format (data/read.ts). The one source whose size is known before reading, so a large
 * file gets a reader thread of its own (engine/read-sources.ts).
 */
import { displayPath } from '../errors.js';
import { sourceFiles } from '../files.js';
import { readSource } from '../read.js';
import type { FileSourceSpec } from '../../policy/types.js';
import type { Source } from './source.js';

export const fileSource: Source<FileSourceSpec> = {
  kind: 'file',
  thread: 'by-size',
  read: (spec, context) => readSource(spec, context.options),
  async size(spec) {
    try {
      // The same files the read takes (real paths, once each, regular files inside the root).
      return (await sourceFiles(spec)).reduce((sum, file) => sum + file.size, 0);
    } catch {
      return 0; // the read reports why
    }
  },
  describe: (spec) => spec.paths.map(displayPath).join(', '),
};
