// The FeedbackStore tests (feedback-store-contract.ts) on PostgreSQL, each in a schema of its own, and the migrations.
import { openDatabase } from '../../src/store/pg/database';
import { migrate } from '../../src/store/pg/migrate';
import { createPgStore } from '../../src/store/pg-store';
import { describeWith, freshSchema, querySchema } from '../helpers/services';
import { feedbackStoreContract, gap } from './feedback-store-contract';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
});

/** A database on a new, empty schema; dropped after the file. */
async function freshDatabase() {
  const schema = await freshSchema();
  drops.push(schema.drop);
  return { ...schema, db: openDatabase(schema.url) };
}

describeWith(['pg'], 'the PostgreSQL feedback store', () => {
  feedbackStoreContract(async () => createPgStore((await freshDatabase()).db));

  test('skips a row that is not a record, and counts it', async () => {
    const { db, schema } = await freshDatabase();
    const store = createPgStore(db);
    await store.append(gap('2026-11-04T10:00:00.000Z'));
    await querySchema(
      schema,
      `INSERT INTO feedback (type, at, record) VALUES ('gap', now(), '{"type":"gap"}')`,
    );
    expect((await store.scan()).skipped).toBe(1);
    await store.close();
  });
});

describeWith(['pg'], 'the migrations', () => {
  test('build the schema from an empty one, recording each version', async () => {
    const { db, schema } = await freshDatabase();
    expect(await migrate(db.pool)).toEqual([1, 2, 3]);
    const tables = await querySchema<{ table_name: string }>(
      schema,
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
      [schema],
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'escalations',
      'feedback',
      'installations',
      'role_holder_changes',
      'role_holders',
      'schema_migrations',
      'workspace_settings',
    ]);
    await db.close();
  });

  test('do nothing the second time, and are safe when two instances start together', async () => {
    const { db, url } = await freshDatabase();
    const other = openDatabase(url);
    const [a, b] = await Promise.all([migrate(db.pool), migrate(other.pool)]);
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([[1, 2, 3], []]);
    expect(await migrate(db.pool)).toEqual([]);
    await Promise.all([db.close(), other.close()]);
  });
});

describeWith([], 'a database that cannot be reached', () => {
  test('makes appends fail fast, then skips retrying for a while', async () => {
    const db = openDatabase('postgres://postgres@127.0.0.1:1/nowhere');
    const store = createPgStore(db);
    const started = Date.now();
    await expect(store.append(gap('2026-11-04T10:00:00.000Z'))).rejects.toThrow(/ECONNREFUSED|connect/);
    await expect(store.append(gap('2026-11-04T10:00:00.000Z'))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await db.health()).toEqual({ state: 'down', detail: expect.stringMatching(/ECONNREFUSED/) });
    await store.close();
  });
});
