/**
 * The data sources by kind. Adding one (BigQuery, S3) is a module in this folder implementing
 * `Source`, its entry here, its spec in policy/types.ts and its key in the schema's `source`
 * (docs/architecture.md, "Sources").
 *
 * Files are read by every run and load with the registry; the other kinds are loaded when a
 * policy first uses one (`import()`, a chunk of its own in the bundle), so that a run over
 * files does not load the PostgreSQL driver (~100 ms and ~15 MiB unbundled) or the HTTP and
 * command code.
 */
import type { SourceKind, SourceSpec } from '../../policy/types.js';
import type { Table } from '../table.js';
import { fileSource } from './file.js';
import type { Source, SourceContext } from './source.js';

type SourceOf<K extends SourceKind> = Source<Extract<SourceSpec, { kind: K }>>;

const SOURCES: { readonly [K in SourceKind]: () => Promise<SourceOf<K>> } = {
  file: () => Promise.resolve(fileSource),
  postgres: async () => (await import('./postgres.js')).postgresSource,
  http: async () => (await import('./http.js')).httpSource,
  command: async () => (await import('./command.js')).commandSource,
  // The one reach upward from data/: a profile is read back by the profile room (docs/architecture.md, "Profiles").
  profile: async () => (await import('../../profile/source.js')).profileSource,
};

async function sourceFor<S extends SourceSpec>(spec: S): Promise<Source<S>> {
  return (await SOURCES[spec.kind]()) as unknown as Source<S>;
}

/** Reads one source into a Table (throws DataError for what the user should read). */
export async function readTable(spec: SourceSpec, context: SourceContext): Promise<Table> {
  return (await sourceFor(spec)).read(spec, context);
}

/** Bytes the source will parse when known before reading, else undefined. */
export async function sourceSize(spec: SourceSpec): Promise<number | undefined> {
  return (await sourceFor(spec)).size(spec);
}

/** Where the engine reads the source (Source.thread). */
export async function sourceThread(spec: SourceSpec): Promise<Source<SourceSpec>['thread']> {
  return (await sourceFor(spec)).thread;
}

/** How messages name the source. */
export async function describeSource(spec: SourceSpec): Promise<string> {
  return (await sourceFor(spec)).describe(spec);
}
