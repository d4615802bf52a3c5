import { type Escalation, type EscalationStore, toEscalation } from './escalations';
import type { Database } from './pg/database';

interface Row {
  team: string;
  channel: string;
  ts: string;
  question: string;
  asker: string;
  reply_channel: string | null;
  reply_thread: string | null;
  at: Date;
}

const COLUMNS = 'team, channel, ts, question, asker, reply_channel, reply_thread, at';

function fromRow(row: Row): Escalation {
  const { team, channel, ts, question, asker } = row;
  return {
    team,
    channel,
    ts,
    question,
    asker,
    ...(row.reply_channel ? { replyChannel: row.reply_channel } : {}),
    ...(row.reply_thread ? { replyThread: row.reply_thread } : {}),
    at: row.at.toISOString(),
  };
}

/**
 * Escalations in PostgreSQL, one row per question posted (team, channel, ts). Claiming the first reply is one
 * conditional UPDATE: of two instances getting replies at once, one wins.
 */
export function createPgEscalationStore(db: Database): EscalationStore {
  const query = async (sql: string, params: unknown[]) => {
    await db.ready();
    return (await db.pool.query<Row>(sql, params)).rows;
  };
  return {
    async add(escalation) {
      const e = toEscalation(escalation);
      if (!e) throw new TypeError('Not an escalation (check team, channel, ts, asker and question).');
      await query(
        `INSERT INTO escalations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [e.team, e.channel, e.ts, e.question, e.asker, e.replyChannel ?? null, e.replyThread ?? null, e.at],
      );
    },
    async find(team, channel, ts) {
      const [row] = await query(
        `SELECT ${COLUMNS} FROM escalations WHERE team = $1 AND channel = $2 AND ts = $3`,
        [team, channel, ts],
      );
      return row ? fromRow(row) : undefined;
    },
    async claimReply(team, channel, ts, at) {
      const [row] = await query(
        `UPDATE escalations SET relayed_at = $4
         WHERE team = $1 AND channel = $2 AND ts = $3 AND relayed_at IS NULL RETURNING ${COLUMNS}`,
        [team, channel, ts, at],
      );
      return row ? fromRow(row) : undefined;
    },
  };
}
