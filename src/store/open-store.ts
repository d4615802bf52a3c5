import { createJsonlStore } from './jsonl-store';
import type { Database } from './pg/database';
import type { FeedbackStore } from './types';

/**
 * Where the feedback goes: PostgreSQL when a database is given (or DATABASE_URL is set), the JSON Lines files
 * otherwise. The PostgreSQL client is loaded only then: the default costs neither its memory nor its start-up time.
 */
export async function openFeedbackStore(
  where: { databaseUrl?: string; dataDir: string; database?: Database },
  log?: (message: string) => void,
): Promise<FeedbackStore> {
  if (!where.database && !where.databaseUrl) return createJsonlStore(where.dataDir);
  const { openDatabase } = await import('./pg/database');
  const { createPgStore } = await import('./pg-store');
  return createPgStore(where.database ?? openDatabase(where.databaseUrl ?? '', log));
}
