import { join } from 'node:path';
import { createJsonlLog } from './jsonl-log';
import { cutText, STORE_LIMITS } from './records';

/** A question handed to people: posted as `ts` in the escalation `channel`, its first reply owed to the asker. */
export interface Escalation {
  team: string;
  channel: string;
  ts: string;
  question: string;
  /** Slack user id of the person who asked. */
  asker: string;
  /** Where the asker asked, to answer them there: a conversation and thread; absent means by DM. */
  replyChannel?: string;
  replyThread?: string;
  at: string;
}

/** Escalations, and which of them have had their first reply sent on. */
export interface EscalationStore {
  add(escalation: Escalation): Promise<void>;
  /** The escalation posted as `ts` in `channel`, if any. */
  find(team: string, channel: string, ts: string): Promise<Escalation | undefined>;
  /**
   * The escalation posted as `ts` in `channel`, the first time a reply to it is claimed; undefined
   * when there is none or its reply was already sent on, so a thread relays one reply only.
   */
  claimReply(team: string, channel: string, ts: string, at: string): Promise<Escalation | undefined>;
}

type Entry =
  | ({ type: 'escalation' } & Escalation)
  | { type: 'relayed'; team: string; channel: string; ts: string; at: string };

const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(v);
const optionalId = (v: unknown) => v === undefined || isId(v);

function toEntry(value: unknown): Entry | undefined {
  const v = value as Record<string, unknown> | null;
  if (!v || !isId(v.team) || !isId(v.channel) || !isId(v.ts) || typeof v.at !== 'string') return undefined;
  const where = { team: v.team, channel: v.channel, ts: v.ts, at: v.at };
  if (v.type === 'relayed') return { type: 'relayed', ...where };
  if (v.type !== 'escalation' || !isId(v.asker) || typeof v.question !== 'string') return undefined;
  if (!optionalId(v.replyChannel) || !optionalId(v.replyThread)) return undefined;
  const reply = {
    ...(v.replyChannel ? { replyChannel: v.replyChannel as string } : {}),
    ...(v.replyThread ? { replyThread: v.replyThread as string } : {}),
  };
  return {
    type: 'escalation',
    ...where,
    asker: v.asker,
    question: cutText(v.question, STORE_LIMITS.query),
    ...reply,
  };
}

/** The escalation's own fields, checked and capped, or undefined when `value` is not one. */
export function toEscalation(value: unknown): Escalation | undefined {
  const entry = toEntry({ ...(value as object), type: 'escalation' });
  if (entry?.type !== 'escalation') return undefined;
  const { type: _type, ...escalation } = entry;
  return escalation;
}

/** The file store: `escalations.jsonl` in `dir`, one line per escalation and one per reply sent on. */
export function createFileEscalationStore(dir: string): EscalationStore {
  const log = createJsonlLog(join(dir, 'escalations.jsonl'), toEntry);
  let claims: Promise<unknown> = Promise.resolve();
  const same = (e: Entry, team: string, channel: string, ts: string) =>
    e.team === team && e.channel === channel && e.ts === ts;

  async function find(team: string, channel: string, ts: string): Promise<Escalation | undefined> {
    const found = (await log.readAll()).find((e) => e.type === 'escalation' && same(e, team, channel, ts));
    if (found?.type !== 'escalation') return undefined;
    const { type: _type, ...escalation } = found;
    return escalation;
  }

  async function claim(team: string, channel: string, ts: string, at: string) {
    const entries = await log.readAll();
    if (entries.some((e) => e.type === 'relayed' && same(e, team, channel, ts))) return undefined;
    const escalation = await find(team, channel, ts);
    if (escalation) await log.append({ type: 'relayed', team, channel, ts, at });
    return escalation;
  }

  return {
    add: (escalation) => log.append({ type: 'escalation', ...escalation }),
    find,
    claimReply(team, channel, ts, at) {
      // One claim at a time: two replies arriving together must not both be sent on.
      const result = claims.then(() => claim(team, channel, ts, at));
      claims = result.catch(() => undefined);
      return result;
    },
  };
}
