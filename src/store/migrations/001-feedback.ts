import type { Migration } from './types';

/** Feedback records (gaps, votes, candidates): the record as JSON, with its type and time to filter on. */
export const feedback: Migration = {
  version: 1,
  name: 'feedback',
  sql: `
    CREATE TABLE feedback (
      id bigserial PRIMARY KEY,
      type text NOT NULL,
      at timestamptz NOT NULL,
      record jsonb NOT NULL
    );
    CREATE INDEX feedback_at ON feedback (at);
  `,
};
