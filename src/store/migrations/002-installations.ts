import type { Migration } from './types';

/**
 * Bolt installations, one per workspace (team) or per organization (enterprise install, team ''),
 * kept whole as Bolt hands them over, refresh token and expiry included.
 */
export const installations: Migration = {
  version: 2,
  name: 'installations',
  sql: `
    CREATE TABLE installations (
      enterprise_id text NOT NULL DEFAULT '',
      team_id text NOT NULL DEFAULT '',
      installation jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (enterprise_id, team_id)
    );
  `,
};
