import type { InstallationStore } from '@slack/bolt';
import type { AppConfig } from './config';
import { describeFailure, type HealthProbe } from './health';
import { type FirstTimeCheck, memoryCheck } from './slack/dedupe';
import { openFeedbackStore } from './store/open-store';
import type { FeedbackStore } from './store/types';

/** The state instances share at scale, or the embedded defaults: feedback, the retried-event check, installations. */
export interface SharedState {
  store: FeedbackStore;
  dedupe: FirstTimeCheck;
  /** Only in OAuth mode. */
  installationStore?: InstallationStore;
  /** For `/healthz`: database and redis, `off` when not configured. */
  dependencies: Record<string, HealthProbe>;
  close(): Promise<void>;
}

const off: HealthProbe = async () => ({ state: 'off' });

/**
 * Opens PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) when configured, else the JSON Lines files and memory,
 * and brings the database schema up to date. A database that cannot be reached is logged, not fatal: answers
 * go on, and what could not be recorded is logged.
 */
export async function openSharedState(
  config: AppConfig,
  log: (message: string) => void,
): Promise<SharedState> {
  // The clients are loaded only when configured: the default pays neither their memory nor their load time.
  const db = config.databaseUrl
    ? (await import('./store/pg/database')).openDatabase(config.databaseUrl, log)
    : undefined;
  if (db) {
    await db.ready().then(
      () => log(`records and installations go to ${db.where}`),
      (error: unknown) =>
        log(
          `${db.where} cannot be reached (${describeFailure(error)}): answering anyway; records are logged until it is back`,
        ),
    );
  }
  const store = await openFeedbackStore({ dataDir: config.dataDir, database: db });
  const dedupe = config.redisUrl
    ? (await import('./slack/redis-dedupe')).redisCheck(config.redisUrl, log)
    : memoryCheck();
  const installs = config.oauth && db ? await import('./store/pg-installations') : undefined;
  return {
    store,
    dedupe,
    ...(installs && db ? { installationStore: installs.createPgInstallationStore(db, log) } : {}),
    dependencies: {
      database: db ? () => db.health() : off,
      redis: config.redisUrl ? () => dedupe.health() : off,
    },
    async close() {
      await Promise.all([store.close(), dedupe.close()]);
    },
  };
}
