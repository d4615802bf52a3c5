import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from '../migrations';

/** An arbitrary number that names role-bot's migration lock, so instances starting together migrate one at a time. */
const LOCK_KEY = 7_305_120_012;

/**
 * Brings the schema on the connection's search path up to date, in one transaction under an advisory
 * lock: of two instances starting at once, the second waits and then finds nothing to do.
 * Resolves to the versions applied now (none when it was up to date).
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    failed = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A connection that failed mid-transaction is dropped rather than handed to the next query.
    client.release(failed);
  }
}
