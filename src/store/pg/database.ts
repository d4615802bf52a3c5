import { Pool } from 'pg';
import { type DependencyHealth, describeFailure, probeWithin } from '../../health';
import { migrate } from './migrate';

/**
 * Time limits for PostgreSQL. A database that is down must cost a record, never an answer: connecting
 * and each query give up quickly, and after a failed migration the next attempt waits a while.
 */
export const DATABASE_LIMITS = Object.freeze({
  /** Connecting: loopback or a nearby server answers in milliseconds; a second is plenty. */
  connectMs: 2_000,
  /** One query: the store's queries are single-row writes or small reads. */
  queryMs: 3_000,
  /** `/healthz` probe. */
  probeMs: 1_500,
  /** How long after a failed migration the store waits before trying again (requests in between skip it). */
  retryMs: 5_000,
  /** Connections per instance: writes are small and short. */
  maxConnections: 5,
});

/** One PostgreSQL database: a pool, the schema migrated on first use, a health probe. */
export interface Database {
  readonly pool: Pool;
  /** host:port/database, never the password. */
  readonly where: string;
  /** Resolves once the schema is up to date; after a failure, rejects at once until `retryMs` has passed. */
  ready(): Promise<void>;
  health(): Promise<DependencyHealth>;
  /** Closes the pool; later calls do nothing. */
  close(): Promise<void>;
}

/** host:port/database from a PostgreSQL URL, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Opens a pool on `url` (nothing connects until first use); pool errors go to `log` instead of ending the process. */
export function openDatabase(url: string, log: (message: string) => void = () => undefined): Database {
  const pool = new Pool({
    connectionString: url,
    max: DATABASE_LIMITS.maxConnections,
    connectionTimeoutMillis: DATABASE_LIMITS.connectMs,
    query_timeout: DATABASE_LIMITS.queryMs,
    // The command line exits when its work is done, without waiting for idle connections.
    allowExitOnIdle: true,
  });
  // An idle connection the server dropped emits 'error'; unhandled, it would end the process.
  pool.on('error', (error) => log(`database connection lost: ${describeFailure(error)}`));
  let migrated: Promise<void> | undefined;
  let failedAt = 0;
  let lastError: unknown;
  let closed = false;
  return {
    pool,
    where: describeDatabaseUrl(url),
    ready() {
      if (migrated) return migrated;
      if (Date.now() - failedAt < DATABASE_LIMITS.retryMs) return Promise.reject(lastError);
      migrated = migrate(pool).then(
        (applied) => {
          if (applied.length > 0) log(`database migrated to version ${applied.at(-1)}`);
        },
        (error: unknown) => {
          migrated = undefined;
          failedAt = Date.now();
          lastError = error;
          throw error;
        },
      );
      return migrated;
    },
    health: () => probeWithin(DATABASE_LIMITS.probeMs, () => pool.query('SELECT 1')),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
