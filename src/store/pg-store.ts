import type { Database } from './pg/database';
import { toFeedbackRecord } from './records';
import type { FeedbackRecord, FeedbackStore, StoreScan } from './types';

/** The feedback store in PostgreSQL: one row a record, the same records and order as the JSON Lines files. */
export function createPgStore(db: Database): FeedbackStore {
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
      await db.ready();
      await db.pool.query('INSERT INTO feedback (type, at, record) VALUES ($1, $2, $3)', [
        clean.type,
        clean.at,
        clean,
      ]);
    },
    async read(since) {
      return (await scan(since)).records;
    },
    scan,
    close: () => db.close(),
  };
}
