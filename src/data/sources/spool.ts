/**
 * What the sources that pull bytes (http.ts, command.ts) share: the window placeholders, a
 * duration's wording, and the spool. A download or a command's output is spooled to a private temporary file, then read by the file
 * readers (data/read.ts) as any file is: CSV's late type inference re-reads a column
 * (read.ts, recoverConverted) and Parquet needs random access, and a stream gives neither.
 *
 * - Private and short-lived (production data must never stay on disk): a folder made by
 *   fs.mkdtemp under os.tmpdir() with mode 0700, the file in it 0600, and the folder removed in
 *   `finally` whatever happens (a success, a cap, an error, an abort). Folders still open when
 *   the process exits (process.exit, an uncaught error) are removed on the way out; only a
 *   SIGKILL, or a signal no one handles, can leave one behind in os.tmpdir().
 * - Capped as it arrives: every chunk is charged (to the source's ReadBudget) *before* it is
 *   written, so nothing past max_bytes reaches the disk, and the charge's DataError stops the
 *   transfer (the caller closes the connection or kills the process).
 * - Gzip told by content, not by name: the bytes are gzip when they start with its magic number
 *   (1f 8b), whatever the URL or Content-Type says (fetch has already decoded a body that came
 *   with Content-Encoding: gzip; a command may pipe a .csv.gz from S3). They stay compressed on
 *   disk, named `.gz`, and the reader applies max_gzip_ratio as it decompresses them. No CSV or
 *   JSON Lines starts with those bytes (0x8b cannot begin a UTF-8 character), nor Parquet (`PAR1`).
 */
import { rmSync } from 'node:fs';
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataFormat, Delimiter } from '../../policy/types.js';
import type { ReadBudget } from '../bytes.js';
import { DataError } from '../errors.js';
import { type ReadOptions, readFiles } from '../read.js';
import type { Table } from '../table.js';
import type { ReadWindow } from './source.js';

const EXTENSIONS: Readonly<Record<DataFormat, string>> = { csv: 'csv', jsonl: 'jsonl', parquet: 'parquet' };

/** Folders of spools still in use, removed synchronously if the process exits before their `finally`. */
const openDirs = new Set<string>();
let exitHookInstalled = false;

const PLACEHOLDER = /\{\{window\.(start|end)\}\}/g;

/**
 * `text` with `{{window.start}}` and `{{window.end}}` replaced by the window's bounds as ISO 8601
 * UTC instants (`2026-11-03T00:00:00.000Z`), passed through `encode` (a URL encodes them). Other
 * `{{…}}` are left as they are: a command's argument may be a template of its own. Null when
 * `text` holds a placeholder and there is no window, for the caller to say so.
 */
export function fillWindow(text: string, window: ReadWindow | null, encode: (iso: string) => string = (iso) => iso): string | null {
  if (text.search(PLACEHOLDER) < 0) return text;
  if (window === null) return null;
  return text.replace(PLACEHOLDER, (_, bound: string) => encode(new Date(bound === 'start' ? window.start : window.end).toISOString()));
}

/** `250 ms`, `30 s`, `1.5 s`: durations in the sources' messages. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** Runs `use` with a fresh spool; the spool's folder is gone when the promise settles. */
export async function withSpool<T>(use: (spool: Spool) => Promise<T>): Promise<T> {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const dir of openDirs) rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'modelwatch-spool-'));
  openDirs.add(dir);
  try {
    return await use(new Spool(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
    openDirs.delete(dir);
  }
}

export class Spool {
  #gzip = false;
  #written = 0;

  constructor(
    /** The private folder (mode 0700); exposed so tests can see that it is gone. */
    readonly dir: string,
  ) {}

  private get rawPath(): string {
    return join(this.dir, 'body');
  }

  /** Bytes written by the last `write`. */
  get bytes(): number {
    return this.#written;
  }

  /**
   * Writes `chunks` to the spool file, replacing what an earlier attempt wrote, and calls
   * `charge(n)` before writing each chunk of n bytes: a charge that throws stops the write
   * (and, by leaving the loop, cancels the stream) with its error.
   */
  async write(chunks: AsyncIterable<Uint8Array>, charge: (bytes: number) => void): Promise<void> {
    const handle = await open(this.rawPath, 'w', 0o600);
    this.#written = 0;
    const head: number[] = [];
    try {
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        charge(chunk.length);
        for (let i = 0; head.length < 2 && i < chunk.length; i++) head.push(chunk[i]!);
        let offset = 0;
        while (offset < chunk.length) offset += (await handle.write(chunk, offset)).bytesWritten;
        this.#written += chunk.length;
      }
    } finally {
      await handle.close();
    }
    this.#gzip = head[0] === 0x1f && head[1] === 0x8b;
  }

  /**
   * Reads what `write` spooled as `format` into a Table. Messages name `origin` (how the source
   * describes itself), never the temporary path; `budget` is fresh for this read (the spool's
   * own charges were counted during `write`).
   */
  async read(format: DataFormat, delimiter: Delimiter | undefined, budget: ReadBudget, options: ReadOptions, origin: string): Promise<Table> {
    const path = join(this.dir, `body.${EXTENSIONS[format]}${this.#gzip ? '.gz' : ''}`);
    await rename(this.rawPath, path);
    try {
      return await readFiles([path], { format, delimiter }, budget, options, origin);
    } catch (error) {
      if (error instanceof DataError && error.file === path) throw new DataError(error.code, origin, error.detail, error.row, error.column);
      throw error;
    }
  }
}
