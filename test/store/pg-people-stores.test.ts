// The people store tests (people-stores-contract.ts) on PostgreSQL, each case in a schema of its own, and what
// a database that cannot be reached does to them.

import { openPeopleStores } from '../../src/store/people-stores';
import { openDatabase } from '../../src/store/pg/database';
import { describeWith, freshSchema, querySchema } from '../helpers/services';
import { escalation, peopleStoresContract } from './people-stores-contract';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((done) => done()));
});

/** People stores on a new, empty schema; a reopen is a second pool on it, as another instance would be. */
async function freshPeople() {
  const { schema, url, drop } = await freshSchema();
  const dbs = [openDatabase(url)];
  cleanups.push(async () => {
    await Promise.all(dbs.map((db) => db.close()));
    await drop();
  });
  const open = (db = openDatabase(url)) => {
    dbs.push(db);
    return openPeopleStores({ dataDir: '/nonexistent', database: db });
  };
  const stores = await open(dbs[0]);
  const other = await open();
  return { schema, stores, reopen: () => other };
}

describeWith(['pg'], 'the PostgreSQL people stores', () => {
  peopleStoresContract(freshPeople);

  test('keep every role holder change, and the current holders keyed by team, channel and role', async () => {
    const { schema, stores } = await freshPeople();
    const alice = { kind: 'user' as const, id: 'UALICE', name: 'alice' };
    const base = { team: 'T1', channel: 'C1', role: 'tech-lead', by: 'U1', at: '2026-11-01T10:00:00.000Z' };
    await stores.holders.change({ ...base, holders: [alice] });
    await stores.holders.change({ ...base, holders: [] });
    await stores.holders.change({ ...base, holders: [alice] });
    const changes = await querySchema(schema, 'SELECT role FROM role_holder_changes');
    const current = await querySchema(schema, 'SELECT team, channel, role FROM role_holders');
    expect(changes).toHaveLength(3);
    expect(current).toEqual([{ team: 'T1', channel: 'C1', role: 'tech-lead' }]);
  });

  test('relay one reply only when two instances get replies at once', async () => {
    const { stores, reopen } = await freshPeople();
    await stores.escalations.add(escalation);
    const at = '2026-11-01T12:00:00.000Z';
    const claims = await Promise.all([
      stores.escalations.claimReply('T1', 'CESC', escalation.ts, at),
      reopen().escalations.claimReply('T1', 'CESC', escalation.ts, at),
    ]);
    expect(claims.filter(Boolean)).toEqual([escalation]);
  });
});

describeWith([], 'people stores on a database that cannot be reached', () => {
  test('fail fast, so a listener can log and go on', async () => {
    const db = openDatabase('postgres://postgres@127.0.0.1:1/nowhere');
    const stores = await openPeopleStores({ dataDir: '/nonexistent', database: db });
    const started = Date.now();
    await expect(stores.holders.inChannel('T1', 'C1')).rejects.toThrow();
    await expect(stores.settings.get('T1')).rejects.toThrow();
    await expect(stores.escalations.find('T1', 'CESC', escalation.ts)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    await db.close();
  });
});
