import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { describeFailure } from '../health';
import type { Database } from './pg/database';

type Query = InstallationQuery<boolean>;
type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/** The row key: (enterprise, '') for an organization-wide install, (enterprise or '', team) otherwise. */
function keyOf(q: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string;
  teamId?: string;
}): [string, string] {
  return q.isEnterpriseInstall && q.enterpriseId
    ? [q.enterpriseId, '']
    : [q.enterpriseId ?? '', q.teamId ?? ''];
}

function keyOfInstallation(i: AnyInstallation): [string, string] {
  return keyOf({
    isEnterpriseInstall: i.isEnterpriseInstall,
    enterpriseId: i.enterprise?.id,
    teamId: i.team?.id,
  });
}

/**
 * Bolt's InstallationStore in PostgreSQL: one row per workspace or organization, written by the OAuth
 * redirect and again on every token rotation, deleted on app_uninstalled and tokens_revoked.
 * While the database cannot be read, workspaces this instance already served keep their last known
 * installation, so their answers keep flowing; new installs wait for the database.
 */
export function createPgInstallationStore(db: Database, log: (message: string) => void): InstallationStore {
  const known = new Map<string, AnyInstallation>();
  const name = (key: [string, string]) => key.join('/');
  return {
    async storeInstallation(installation) {
      const key = keyOfInstallation(installation);
      await db.ready();
      await db.pool.query(
        `INSERT INTO installations (enterprise_id, team_id, installation) VALUES ($1, $2, $3)
         ON CONFLICT (enterprise_id, team_id) DO UPDATE SET installation = $3, updated_at = now()`,
        [...key, installation],
      );
      known.set(name(key), installation);
    },
    async fetchInstallation(query) {
      const key = keyOf(query);
      let rows: Array<{ installation: AnyInstallation }>;
      try {
        await db.ready();
        ({ rows } = await db.pool.query(
          'SELECT installation FROM installations WHERE enterprise_id = $1 AND team_id = $2',
          key,
        ));
      } catch (error) {
        const last = known.get(name(key));
        if (!last) throw error;
        log(
          `installations unreadable (${describeFailure(error)}): using the last known one for ${name(key)}`,
        );
        return last;
      }
      const found = rows[0]?.installation;
      if (!found) {
        known.delete(name(key));
        throw new Error(`role-bot is not installed in ${name(key)}`);
      }
      known.set(name(key), found);
      return found;
    },
    async deleteInstallation(query: Query) {
      const key = keyOf(query);
      await db.ready();
      if (query.userId) {
        // Only a person's token was revoked: the bot's installation stays.
        await db.pool.query(
          `UPDATE installations SET installation = installation #- '{user,token}', updated_at = now()
           WHERE enterprise_id = $1 AND team_id = $2`,
          key,
        );
        return;
      }
      await db.pool.query('DELETE FROM installations WHERE enterprise_id = $1 AND team_id = $2', key);
      known.delete(name(key));
    },
  };
}
