import { join } from 'node:path';
import { createJsonlLog } from './jsonl-log';

/** What a workspace's admins set in the App Home. */
export interface WorkspaceSettings {
  /** Channel id where "Ask a person" posts questions; overrides ESCALATION_CHANNEL. */
  escalationChannel?: string;
}

/** Workspace settings; the latest change wins. */
export interface SettingsStore {
  get(team: string): Promise<WorkspaceSettings>;
  set(team: string, settings: WorkspaceSettings, by: string, at: string): Promise<void>;
}

interface Entry {
  team: string;
  escalationChannel: string | null;
  by: string;
  at: string;
}

/** True for a Slack team, user or channel id as settings keep them. */
export const isSettingsId = (v: unknown): v is string => typeof v === 'string' && /^[A-Z0-9]{2,64}$/.test(v);

function toEntry(value: unknown): Entry | undefined {
  const v = value as Partial<Entry> | null;
  if (!v || !isSettingsId(v.team) || !isSettingsId(v.by) || typeof v.at !== 'string') return undefined;
  if (v.escalationChannel !== null && !isSettingsId(v.escalationChannel)) return undefined;
  return { team: v.team, escalationChannel: v.escalationChannel, by: v.by, at: v.at };
}

/** The file store: `settings.jsonl` in `dir`, one line per change, so who changed what stays visible. */
export function createFileSettingsStore(dir: string): SettingsStore {
  const log = createJsonlLog(join(dir, 'settings.jsonl'), toEntry);
  return {
    async get(team) {
      const last = (await log.readAll()).filter((e) => e.team === team).at(-1);
      return last?.escalationChannel ? { escalationChannel: last.escalationChannel } : {};
    },
    set: (team, settings, by, at) =>
      log.append({ team, escalationChannel: settings.escalationChannel ?? null, by, at }),
  };
}
