/** One step of the database schema. Versions only grow; a shipped migration is never edited, a new one is added. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
