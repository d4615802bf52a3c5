// The real PostgreSQL and Redis for tests: reachability (found by services-setup.js), and a schema or key prefix of
// each test run's own, so runs on one machine never collide.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The database the tests make their schemas in (TEST_DATABASE_URL). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The Redis the tests use (TEST_REDIS_URL). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const up = { pg: process.env.ROLE_BOT_TEST_PG === 'up', redis: process.env.ROLE_BOT_TEST_REDIS === 'up' };

/** `describe` when the services are reachable, `describe.skip` (the setup printed why) otherwise. */
export function describeWith(needs: Array<keyof typeof up>, name: string, body: () => void): void {
  const missing = needs.filter((n) => !up[n]);
  if (missing.length === 0) describe(name, body);
  else describe.skip(`${name} (skipped: ${missing.join(', ')} not reachable)`, body);
}

/** A short name nobody else uses: the process id and random letters. */
export const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

/** A database URL whose search path is `schema`: what the app is given as DATABASE_URL in a test. */
export function urlWithSchema(schema: string, base = TEST_DATABASE_URL): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty schema for one test file or case; `drop` removes it and everything in it. */
export async function freshSchema(): Promise<{ schema: string; url: string; drop: () => Promise<void> }> {
  const schema = uniqueName('rb_test');
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  return {
    schema,
    url: urlWithSchema(schema),
    drop: () => admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => undefined),
  };
}

/** Runs one query in a schema, for tests that look at the tables directly. */
export function querySchema<T extends Record<string, unknown>>(
  schema: string,
  sql: string,
  values: unknown[] = [],
) {
  return admin(async (c) => {
    await c.query(`SET search_path TO ${schema}`);
    return (await c.query<T>(sql, values)).rows;
  });
}
