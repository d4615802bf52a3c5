import { join } from 'node:path';
import { createJsonlLog } from './jsonl-log';
import { cutText } from './records';

/** A person or a user group holding a role in a channel; `name` is shown where a mention must not ping. */
export interface Holder {
  kind: 'user' | 'group';
  /** Slack id: `U…`/`W…` for a user, `S…` for a user group. */
  id: string;
  name: string;
}

/** Who holds each role in one channel, by role id; roles nobody holds are absent. */
export type RoleHolders = Record<string, Holder[]>;

/** The roles held in one channel of a workspace. */
export interface ChannelHolders {
  team: string;
  channel: string;
  roles: RoleHolders;
}

/** One change: `holders` now hold `role` in the channel (none: the role is unset there). */
export interface HolderChange {
  team: string;
  channel: string;
  role: string;
  holders: Holder[];
  /** Slack user id of whoever made the change. */
  by: string;
  /** ISO 8601 time. */
  at: string;
}

/** Role holders per workspace and channel. Files by default; a database can implement the same three calls. */
export interface RoleHolderStore {
  /** Who holds each role in one channel ({} when nobody was set). */
  inChannel(team: string, channel: string): Promise<RoleHolders>;
  /** Every channel of the workspace where some role is held, in the order they were first set. */
  inWorkspace(team: string): Promise<ChannelHolders[]>;
  /** Records a change; the latest change of a role in a channel wins. */
  change(change: HolderChange): Promise<void>;
}

/** Most holders one role keeps in one channel: enough for a shared role, few enough to read in a line. */
export const MAX_HOLDERS = 10;

const ID = /^[UWS][A-Z0-9]{2,30}$/;
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

function toHolder(v: unknown): Holder | undefined {
  const h = v as Partial<Holder> | null;
  if (!h || (h.kind !== 'user' && h.kind !== 'group') || typeof h.id !== 'string' || !ID.test(h.id))
    return undefined;
  const name = typeof h.name === 'string' && h.name.trim() ? cutText(h.name.trim(), 80) : h.id;
  return { kind: h.kind, id: h.id, name };
}

/** The change's own fields, checked and capped, or undefined when `value` is not one. */
export function toHolderChange(value: unknown): HolderChange | undefined {
  const v = value as Partial<HolderChange> | null;
  if (!v || !isText(v.team, 64) || !isText(v.channel, 64) || !isText(v.role, 100)) return undefined;
  if (!isText(v.by, 64) || !isText(v.at, 40) || !Array.isArray(v.holders)) return undefined;
  const holders = v.holders.map(toHolder);
  if (holders.some((h) => !h) || holders.length > MAX_HOLDERS) return undefined;
  const { team, channel, role, by, at } = v;
  return { team, channel, role, by, at, holders: holders as Holder[] };
}

/** Folds changes into the current holders of every channel, oldest change first. */
export function foldChanges(changes: readonly HolderChange[]): ChannelHolders[] {
  const channels = new Map<string, ChannelHolders>();
  for (const c of changes) {
    const key = `${c.team}/${c.channel}`;
    const entry = channels.get(key) ?? { team: c.team, channel: c.channel, roles: {} };
    channels.set(key, entry);
    if (c.holders.length > 0) entry.roles[c.role] = c.holders;
    else delete entry.roles[c.role];
  }
  return [...channels.values()].filter((c) => Object.keys(c.roles).length > 0);
}

/** The file store: every change one line of `role-holders.jsonl` in `dir`, so changes can be traced and undone. */
export function createFileHolderStore(dir: string): RoleHolderStore {
  const log = createJsonlLog(join(dir, 'role-holders.jsonl'), toHolderChange);
  const current = async () => foldChanges(await log.readAll());
  return {
    async inChannel(team, channel) {
      const found = (await current()).find((c) => c.team === team && c.channel === channel);
      return found?.roles ?? {};
    },
    async inWorkspace(team) {
      return (await current()).filter((c) => c.team === team);
    },
    change: (change) => log.append(change),
  };
}
