import type { Database } from './pg/database';
import { isSettingsId, type SettingsStore } from './settings';

/** Workspace settings in PostgreSQL: one row per team, with who changed it last and when. */
export function createPgSettingsStore(db: Database): SettingsStore {
  return {
    async get(team) {
      await db.ready();
      const { rows } = await db.pool.query<{ escalation_channel: string | null }>(
        'SELECT escalation_channel FROM workspace_settings WHERE team = $1',
        [team],
      );
      const channel = rows[0]?.escalation_channel;
      return channel ? { escalationChannel: channel } : {};
    },
    async set(team, settings, by, at) {
      const channel = settings.escalationChannel ?? null;
      if (!isSettingsId(team) || !isSettingsId(by) || (channel !== null && !isSettingsId(channel)))
        throw new TypeError('Not a settings change (check team, channel and who made it).');
      await db.ready();
      await db.pool.query(
        `INSERT INTO workspace_settings (team, escalation_channel, changed_by, changed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team) DO UPDATE SET escalation_channel = EXCLUDED.escalation_channel,
           changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at`,
        [team, channel, by, at],
      );
    },
  };
}
