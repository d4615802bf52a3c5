import type { InstallationStore } from '@slack/bolt';
import type { AppConfig } from './config';
import { describeFailure, type HealthProbe } from './health';
import { type FirstTimeCheck, memoryCheck } from './slack/dedupe';
import { openFeedbackStore } from './store/open-store';
import { openPeopleStores, type PeopleStores } from './store/people-stores';
import type { FeedbackStore } from './store/types';

/** The state instances share at scale, or the embedded defaults: feedback, people, the retried-event check, installations. */
export interface SharedState {
  store: FeedbackStore;
  /** Role holders, escalations and settings: in the database with the feedback, else in files. */
  people: PeopleStores;
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
      () => log(`records, people and installations go to ${db.where}`),
      (error: unknown) =>
        log(
          `${db.where} cannot be reached (${describeFailure(error)}): answering anyway; records are logged until it is back`,
        ),
    );
  }
  const store = await openFeedbackStore({ dataDir: config.dataDir, database: db });
  const people = await openPeopleStores({ dataDir: config.dataDir, database: db });
  const dedupe = config.redisUrl
    ? (await import('./slack/redis-dedupe')).redisCheck(config.redisUrl, log)
    : memoryCheck();
  const installs = config.oauth && db ? await import('./store/pg-installations') : undefined;
  return {
    store,
    people,
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
