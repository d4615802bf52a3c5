import type { ChannelHolders, Holder, RoleHolderStore, RoleHolders } from './holders';
import { toHolderChange } from './holders';
import type { Database } from './pg/database';

interface Row {
  channel: string;
  role: string;
  holders: Holder[];
}

/** Rows of one workspace, in order, grouped by channel. */
function byChannel(team: string, rows: Row[]): ChannelHolders[] {
  const channels = new Map<string, ChannelHolders>();
  for (const row of rows) {
    const entry = channels.get(row.channel) ?? { team, channel: row.channel, roles: {} };
    channels.set(row.channel, entry);
    entry.roles[row.role] = row.holders;
  }
  return [...channels.values()];
}

// Channels in the order of their first change, roles in the order they were set: as the files fold them.
const IN_WORKSPACE = `
  SELECT h.channel, h.role, h.holders FROM role_holders h
  JOIN (SELECT channel, min(id) AS first FROM role_holder_changes WHERE team = $1 GROUP BY channel) f
    USING (channel)
  WHERE h.team = $1 ORDER BY f.first, h.since`;

// One statement each, so the change and the current holders never disagree.
const SET = `
  WITH c AS (INSERT INTO role_holder_changes (team, channel, role, holders, changed_by, changed_at)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING id)
  INSERT INTO role_holders (team, channel, role, holders, since) SELECT $1, $2, $3, $4, id FROM c
  ON CONFLICT (team, channel, role) DO UPDATE SET holders = EXCLUDED.holders`;
const UNSET = `
  WITH c AS (INSERT INTO role_holder_changes (team, channel, role, holders, changed_by, changed_at)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING id)
  DELETE FROM role_holders WHERE team = $1 AND channel = $2 AND role = $3 AND EXISTS (SELECT 1 FROM c)`;

/** Role holders in PostgreSQL: the current holders per team, channel and role, and every change kept. */
export function createPgHolderStore(db: Database): RoleHolderStore {
  const query = async <T extends object>(sql: string, params: unknown[]) => {
    await db.ready();
    return (await db.pool.query<T & Record<string, unknown>>(sql, params)).rows;
  };
  return {
    async inChannel(team, channel) {
      const rows = await query<Row>(
        'SELECT channel, role, holders FROM role_holders WHERE team = $1 AND channel = $2 ORDER BY since',
        [team, channel],
      );
      const roles: RoleHolders = {};
      for (const row of rows) roles[row.role] = row.holders;
      return roles;
    },
    async inWorkspace(team) {
      return byChannel(team, await query<Row>(IN_WORKSPACE, [team]));
    },
    async change(change) {
      const c = toHolderChange(change);
      if (!c) throw new TypeError('Not a role holder change (check team, channel, role and holders).');
      const params = [c.team, c.channel, c.role, JSON.stringify(c.holders), c.by, c.at];
      await query(c.holders.length > 0 ? SET : UNSET, params);
    },
  };
}
