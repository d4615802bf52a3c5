import type { Migration } from './types';

/**
 * The people behind the roles, per workspace (team): who holds each role in each channel (current rows, and every
 * change kept so it can be traced), questions handed to people with whether their first reply was sent on, and
 * the settings an admin picks in the App Home.
 */
export const people: Migration = {
  version: 3,
  name: 'people',
  sql: `
    CREATE TABLE role_holder_changes (
      id bigserial PRIMARY KEY,
      team text NOT NULL,
      channel text NOT NULL,
      role text NOT NULL,
      holders jsonb NOT NULL,
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL
    );
    CREATE INDEX role_holder_changes_channel ON role_holder_changes (team, channel, id);
    CREATE TABLE role_holders (
      team text NOT NULL,
      channel text NOT NULL,
      role text NOT NULL,
      holders jsonb NOT NULL,
      since bigint NOT NULL REFERENCES role_holder_changes (id),
      PRIMARY KEY (team, channel, role)
    );
    CREATE TABLE escalations (
      team text NOT NULL,
      channel text NOT NULL,
      ts text NOT NULL,
      question text NOT NULL,
      asker text NOT NULL,
      reply_channel text,
      reply_thread text,
      at timestamptz NOT NULL,
      relayed_at timestamptz,
      PRIMARY KEY (team, channel, ts)
    );
    CREATE TABLE workspace_settings (
      team text PRIMARY KEY,
      escalation_channel text,
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL
    );
  `,
};
