import { describeFailure } from '../health';
import { openDatabase } from '../store/pg/database';
import { migrate } from '../store/pg/migrate';
import type { CliIo } from './io';

export const DB_HELP = `Usage: role-bot db migrate

Brings the PostgreSQL schema named by DATABASE_URL up to date (role-bot also does this when it
starts). Safe to run again, and while instances run: migrations are versioned and run one at a time.
Exit codes: 0 up to date, 1 the database cannot be reached or a migration failed, 2 bad usage.`;

/** `role-bot db migrate`: runs the migrations on DATABASE_URL. */
export async function runDb(args: string[], databaseUrl: string | undefined, io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(DB_HELP);
    return 0;
  }
  if (args.length !== 1 || args[0] !== 'migrate') {
    io.err(`Unknown db command ${args.join(' ') || '(none)'}.\n\n${DB_HELP}`);
    return 2;
  }
  if (!databaseUrl) {
    io.err(
      'DATABASE_URL is not set: name the PostgreSQL database to migrate, such as postgres://user@host/rolebot.',
    );
    return 2;
  }
  const db = openDatabase(databaseUrl);
  try {
    const applied = await migrate(db.pool);
    io.out(
      applied.length > 0
        ? `${db.where}: applied migration(s) ${applied.join(', ')}`
        : `${db.where}: already up to date`,
    );
    return 0;
  } catch (error) {
    io.err(`${db.where}: migration failed: ${describeFailure(error)}`);
    return 1;
  } finally {
    await db.close();
  }
}
