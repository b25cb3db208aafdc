/**
 * One connection to PostgreSQL for one read: opened with retries, stopped on the abort signal,
 * and always closed.
 *
 * - **Retries.** A failure that may pass (refused, reset, unreachable, the connect timeout,
 *   57P03 the server is starting, 53300 no free slot) is tried again `retries` times, after
 *   0.5 s, 1 s, 2 s, … (doubling, at most 8 s), the wait cut short by the signal. A refused
 *   login, an unknown database or host is final (postgres-errors.ts).
 * - **Stopping.** On abort (the model's time budget) the query is cancelled with PostgreSQL's
 *   cancel request (a second socket carrying the backend's key, as libpq's PQcancel) and the
 *   socket is destroyed, so the read stops at once and the server stops working on it.
 * - **Closing.** A read that ended normally rolls its transaction back and says goodbye; one that
 *   stopped in the middle of a COPY (an error, the size cap, an abort) cancels and destroys the
 *   socket: the protocol has no way out of a COPY but to finish it, which could mean reading
 *   gigabytes just to close.
 */
import { connect as netConnect } from 'node:net';
import pg from 'pg';
import { connectError, isRetriedConnectError } from './postgres-errors.js';

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8000;
/** The connection's name in pg_stat_activity unless the url sets application_name. */
const APPLICATION_NAME = 'modelwatch';

export interface ConnectSpec {
  readonly url: string;
  readonly connect_timeout_ms: number;
  readonly retries: number;
}

export class PgConnection {
  /** Set once the connection is being torn down, so that the errors that follow are not the cause. */
  broken = false;
  private closed = false;
  private readonly onAbort = (): void => this.destroy();

  private constructor(
    readonly client: pg.Client,
    private readonly signal: AbortSignal | undefined,
  ) {
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Connects and logs in, retrying what may pass; throws DataError (source/connect, source/auth, …). */
  static async open(spec: ConnectSpec, name: string, signal?: AbortSignal): Promise<PgConnection> {
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let client: pg.Client;
      try {
        client = new pg.Client({ connectionString: spec.url, connectionTimeoutMillis: spec.connect_timeout_ms, fallback_application_name: APPLICATION_NAME });
      } catch (error) {
        // pg-connection-string's own messages can quote the url: say only that it is not one.
        throw connectError(name, error instanceof TypeError ? new Error('invalid url') : error, 1, spec.connect_timeout_ms);
      }
      // Socket errors also reach the pending query, which reports them; an 'error' event with
      // no listener would end the process.
      client.on('error', () => {});
      const stop = (): void => void client.connection.stream.destroy();
      signal?.addEventListener('abort', stop, { once: true });
      try {
        await client.connect();
        return new PgConnection(client, signal);
      } catch (error) {
        client.connection.stream.destroy();
        signal?.throwIfAborted();
        if (attempt > spec.retries || !isRetriedConnectError(error)) throw connectError(name, error, attempt, spec.connect_timeout_ms);
      } finally {
        signal?.removeEventListener('abort', stop);
      }
      await sleep(Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS), signal);
    }
  }

  /**
   * Stops whatever runs now: a cancel request for the running statement, then the socket
   * destroyed. Safe to call more than once.
   */
  destroy(): void {
    if (this.closed) return;
    this.broken = true;
    this.closed = true;
    this.sendCancel();
    this.client.connection.stream.destroy();
  }

  /** Closes the connection: politely after a finished read, at once otherwise. Never throws. */
  async close(): Promise<void> {
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.closed) return;
    this.closed = true;
    try {
      await this.client.query('ROLLBACK');
      await withTimeout(this.client.end(), 2000);
    } catch {
      // The connection is already gone.
    } finally {
      this.client.connection.stream.destroy();
    }
  }

  /** PostgreSQL's CancelRequest (protocol §55.2.7) on a new socket to the same server; best effort. */
  private sendCancel(): void {
    const { processID, secretKey } = this.client as unknown as { processID: number | null; secretKey: number | null };
    if (processID === null || secretKey === null) return;
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(80877102, 4);
    packet.writeInt32BE(processID, 8);
    packet.writeInt32BE(secretKey, 12);
    const { host, port } = this.client;
    const socket = host.startsWith('/') ? netConnect(`${host}/.s.PGSQL.${port}`) : netConnect(port, host);
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('connect', () => socket.end(packet));
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted(): void {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}
