/**
 * The data sources by kind. Adding one (BigQuery, S3) is a module in this folder implementing
 * `Source`, its entry here, its spec in policy/types.ts and its key in the schema's `source`
 * (docs/architecture.md, "Sources").
 */
import type { SourceKind, SourceSpec } from '../../policy/types.js';
import type { Table } from '../table.js';
import { commandSource } from './command.js';
import { fileSource } from './file.js';
import { httpSource } from './http.js';
import { postgresSource } from './postgres.js';
import type { Source, SourceContext } from './source.js';

const SOURCES: { readonly [K in SourceKind]: Source<Extract<SourceSpec, { kind: K }>> } = {
  file: fileSource,
  postgres: postgresSource,
  http: httpSource,
  command: commandSource,
};

function sourceFor<S extends SourceSpec>(spec: S): Source<S> {
  return SOURCES[spec.kind] as unknown as Source<S>;
}

/** Reads one source into a Table (throws DataError for what the user should read). */
export function readTable(spec: SourceSpec, context: SourceContext): Promise<Table> {
  return sourceFor(spec).read(spec, context);
}

/** Bytes the source will parse when known before reading, else undefined. */
export function sourceSize(spec: SourceSpec): Promise<number | undefined> {
  return sourceFor(spec).size(spec);
}

/** How messages name the source. */
export function describeSource(spec: SourceSpec): string {
  return sourceFor(spec).describe(spec);
}
