import { createFileEscalationStore, type EscalationStore } from './escalations';
import { createFileHolderStore, type RoleHolderStore } from './holders';
import type { Database } from './pg/database';
import { createFileSettingsStore, type SettingsStore } from './settings';

/** The people behind the roles: who holds them in each channel, questions handed to people, admin settings. */
export interface PeopleStores {
  holders: RoleHolderStore;
  escalations: EscalationStore;
  settings: SettingsStore;
}

/** The file stores in DATA_DIR: the default until a database is configured. */
export function filePeopleStores(dataDir: string): PeopleStores {
  return {
    holders: createFileHolderStore(dataDir),
    escalations: createFileEscalationStore(dataDir),
    settings: createFileSettingsStore(dataDir),
  };
}

/**
 * The people stores in PostgreSQL when a database is given, like the feedback store, else the files in
 * `dataDir`. The PostgreSQL code is loaded only then.
 */
export async function openPeopleStores(where: {
  dataDir: string;
  database?: Database;
}): Promise<PeopleStores> {
  const db = where.database;
  if (!db) return filePeopleStores(where.dataDir);
  const [holders, escalations, settings] = await Promise.all([
    import('./pg-holders'),
    import('./pg-escalations'),
    import('./pg-settings'),
  ]);
  return {
    holders: holders.createPgHolderStore(db),
    escalations: escalations.createPgEscalationStore(db),
    settings: settings.createPgSettingsStore(db),
  };
}
