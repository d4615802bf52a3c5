import { createJsonlStore } from './jsonl-store';
import { type Database, openDatabase } from './pg/database';
import { createPgStore } from './pg-store';
import type { FeedbackStore } from './types';

/** Where the feedback goes: PostgreSQL when a database is given (or DATABASE_URL is set), the JSON Lines files otherwise. */
export function openFeedbackStore(
  where: { databaseUrl?: string; dataDir: string; database?: Database },
  log?: (message: string) => void,
): FeedbackStore {
  const db = where.database ?? (where.databaseUrl ? openDatabase(where.databaseUrl, log) : undefined);
  return db ? createPgStore(db) : createJsonlStore(where.dataDir);
}
