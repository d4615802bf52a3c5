import type { WebClient } from '@slack/web-api';
import type { Holder } from '../../store/holders';
import { slackErrorCode } from '../errors/api-errors';
import { PEOPLE_COPY } from './copy';
import type { Target } from './role-command';

/** What `users.info` tells us about a person (scope `users:read`). */
interface SlackUser {
  id?: string;
  team_id?: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_app_user?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  profile?: { display_name?: string; real_name?: string };
}

/** The user, or the Slack error code when `users.info` refused (`user_not_found`, ...). */
export async function userInfo(client: WebClient, id: string): Promise<SlackUser | string> {
  try {
    const { user } = await client.users.info({ user: id });
    return (user as SlackUser | undefined) ?? 'user_not_found';
  } catch (error) {
    return slackErrorCode(error);
  }
}

/** True for workspace admins and owners, who may choose where questions go. */
export async function isAdmin(client: WebClient, id: string): Promise<boolean> {
  const user = await userInfo(client, id);
  return typeof user !== 'string' && Boolean(user.is_admin || user.is_owner);
}

/** Why a user cannot hold a role here, or undefined when they can. */
function problemWith(user: SlackUser | string, id: string, team: string): string | undefined {
  if (typeof user === 'string') return PEOPLE_COPY.unknownUser(id);
  if (user.deleted) return PEOPLE_COPY.deletedUser(id);
  if (user.is_bot || user.is_app_user || id === 'USLACKBOT') return PEOPLE_COPY.botUser(id);
  if (user.team_id && user.team_id !== team) return PEOPLE_COPY.otherWorkspace(id);
  return undefined;
}

/**
 * The holders the targets name, each user checked with `users.info` (exists, a person, not
 * deactivated, of this workspace), or every problem found. User groups are taken as Slack sent them.
 */
export async function checkTargets(
  client: WebClient,
  targets: readonly Target[],
  team: string,
): Promise<{ holders: Holder[] } | { problems: string[] }> {
  const holders: Holder[] = [];
  const problems: string[] = [];
  for (const t of targets) {
    if (t.kind === 'group') {
      holders.push({ kind: 'group', id: t.id, name: t.label || t.id });
      continue;
    }
    const user = await userInfo(client, t.id);
    const problem = problemWith(user, t.id, team);
    if (problem || typeof user === 'string') problems.push(problem ?? PEOPLE_COPY.unknownUser(t.id));
    else {
      const name = user.profile?.display_name || user.profile?.real_name || user.real_name || user.name;
      holders.push({ kind: 'user', id: t.id, name: name || t.label || t.id });
    }
  }
  return problems.length ? { problems } : { holders };
}
