import type { Database } from './pg/database';
import { toFeedbackRecord } from './records';
import type { FeedbackRecord, FeedbackStore, StoreScan } from './types';

/**
 * Most records one INSERT carries. Under load, appends that arrive while a write is in flight wait and go
 * together in the next one: one round trip and one commit for many, instead of a queue of connections
 * (100 answers at once would otherwise wait on a 5-connection pool until they time out).
 */
export const BATCH_MAX = 200;

interface Pending {
  record: FeedbackRecord;
  done: (error?: unknown) => void;
}

/** Writes appends in arrival order, one INSERT at a time, batching whatever waits. */
function batchWriter(db: Database) {
  const waiting: Pending[] = [];
  let writing = false;
  const insert = async (batch: Pending[]) => {
    const values = batch.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
    const params = batch.flatMap(({ record }) => [record.type, record.at, record]);
    await db.ready();
    await db.pool.query(`INSERT INTO feedback (type, at, record) VALUES ${values}`, params);
  };
  const drain = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.splice(0, BATCH_MAX);
      const error = await insert(batch).then(
        () => undefined,
        (e: unknown) => e ?? new Error('write failed'),
      );
      for (const p of batch) p.done(error);
    }
    writing = false;
  };
  return (record: FeedbackRecord) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ record, done: (error) => (error ? reject(error) : resolve()) });
      if (!writing) void drain();
    });
}

/** The feedback store in PostgreSQL: one row a record, the same records and order as the JSON Lines files. */
export function createPgStore(db: Database): FeedbackStore {
  const write = batchWriter(db);

  async function scan(since?: Date): Promise<StoreScan> {
    await db.ready();
    const { rows } = await db.pool.query<{ record: unknown }>(
      // Ties in time keep arrival order, as the files do.
      'SELECT record FROM feedback WHERE $1::timestamptz IS NULL OR at >= $1 ORDER BY at, id',
      [since?.toISOString() ?? null],
    );
    const result: StoreScan = { records: [], skipped: 0 };
    for (const row of rows) {
      const record = toFeedbackRecord(row.record);
      if (record) result.records.push(record);
      else result.skipped += 1;
    }
    return result;
  }

  return {
    where: db.where,
    async append(record: FeedbackRecord) {
      const clean = toFeedbackRecord(record);
      if (!clean) throw new TypeError('Not a feedback record (check type, at and fields).');
      await write(clean);
    },
    async read(since) {
      return (await scan(since)).records;
    },
    scan,
    close: () => db.close(),
  };
}
