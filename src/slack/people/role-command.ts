import { aliasKey } from '../../knowledge/normalize';
import type { KnowledgeBase, Role } from '../../knowledge/types';

/** Someone named in `/role set`: a user or a user group, as Slack escapes them (`<@U…|name>`, `<!subteam^S…|@name>`). */
export interface Target {
  kind: 'user' | 'group';
  id: string;
  /** The name Slack put after the `|`, if any. */
  label?: string;
}

/** A `/role` that changes or lists role holders rather than asking a question. */
export type RoleCommand =
  | { action: 'set' | 'unset'; roleText: string; targets: Target[]; leftover: string }
  | { action: 'who' };

const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>|<!subteam\^([A-Z0-9]+)(?:\|@?([^>]*))?>/g;

/**
 * Reads `set po @alice @bob`, `unset po`, `who`; undefined for anything else, which is a question
 * ("who owns the backlog?" stays a question: only a bare `who` lists the holders).
 */
export function parseRoleCommand(text: string): RoleCommand | undefined {
  const trimmed = text.trim();
  if (/^who$/i.test(trimmed)) return { action: 'who' };
  const [, verb, rest = ''] = /^(set|unset)(?:\s+([\s\S]*))?$/i.exec(trimmed) ?? [];
  if (!verb) return undefined;
  const targets: Target[] = [];
  for (const m of rest.matchAll(MENTION)) {
    const [, user, userLabel, group, groupLabel] = m;
    if (user) targets.push({ kind: 'user', id: user, ...(userLabel ? { label: userLabel } : {}) });
    if (group) targets.push({ kind: 'group', id: group, ...(groupLabel ? { label: groupLabel } : {}) });
  }
  const first = rest.search(/<[@!]/);
  const before = (first < 0 ? rest : rest.slice(0, first)).trim();
  // A typed "@alice" that Slack did not turn into a mention: the role is what comes before it.
  const at = before.search(/(^|\s)@\S/);
  const roleText = (at < 0 ? before : before.slice(0, at)).trim();
  const leftover = at < 0 ? '' : before.slice(at).trim();
  const action = verb.toLowerCase() as 'set' | 'unset';
  return { action, roleText, targets: dedupe(targets), leftover };
}

function dedupe(targets: Target[]): Target[] {
  return targets.filter((t, i) => targets.findIndex((o) => o.id === t.id) === i);
}

/** What a role text names: one role, several (an alias roles share), or none. */
export type RoleMatch = { role: Role } | { ambiguous: Role[] } | { unknown: true };

/** The role an id, name or alias names (case, spaces, dots and hyphens ignored, as the knowledge matches aliases). */
export function findRole(kb: Pick<KnowledgeBase, 'roles' | 'ambiguousAliases'>, text: string): RoleMatch {
  const key = aliasKey(text);
  if (!key) return { unknown: true };
  const shared = Object.entries(kb.ambiguousAliases).find(([alias]) => aliasKey(alias) === key)?.[1];
  if (shared) {
    const ids = [shared.prefer, ...shared.also];
    return { ambiguous: kb.roles.filter((r) => ids.includes(r.id)) };
  }
  const role = kb.roles.find((r) => [r.id, r.name, ...r.aliases].some((a) => aliasKey(a) === key));
  return role ? { role } : { unknown: true };
}

/** A few aliases to suggest after an unknown role: the first alias of the first roles. */
export function roleExamples(kb: Pick<KnowledgeBase, 'roles'>): string {
  return kb.roles
    .slice(0, 6)
    .map((r) => `\`${r.aliases[0] ?? r.id}\``)
    .join(', ');
}
