import type { Logger } from '@slack/bolt';
import type { PeopleOptions } from '../../render/blocks';
import type { ListenerDeps } from '../deps';
import { slackErrorCode } from '../errors/api-errors';

/** Where an answer is shown: a workspace and, in a channel, its id. */
export interface Where {
  team?: string;
  channel?: string;
}

/** True for a channel id (public `C…` or private `G…`); DMs (`D…`) and the Home tab keep no role holders. */
export function isChannel(id: string | undefined): id is string {
  return typeof id === 'string' && /^[CG][A-Z0-9]+$/.test(id);
}

/** Where "Ask a person" sends questions in a workspace: the admin's App Home choice, else ESCALATION_CHANNEL. */
export async function escalationChannel(deps: ListenerDeps, team: string | undefined, logger: Logger) {
  if (!team) return deps.escalationChannel;
  try {
    return (await deps.people.settings.get(team)).escalationChannel ?? deps.escalationChannel;
  } catch (error) {
    logger.error(`settings store read failed: ${slackErrorCode(error)}`);
    return deps.escalationChannel;
  }
}

/**
 * The people options for an answer shown at `where`: the channel's role holders (none outside a
 * channel) and the escalation channel. A store that fails costs the holders line, never the answer.
 */
export async function peopleOptions(
  deps: ListenerDeps,
  where: Where,
  logger: Logger,
  quiet = false,
): Promise<PeopleOptions> {
  const escalation = await escalationChannel(deps, where.team, logger);
  const options: PeopleOptions = { quiet, ...(escalation ? { escalationChannel: escalation } : {}) };
  if (!where.team || !isChannel(where.channel)) return options;
  try {
    return { ...options, holders: await deps.people.holders.inChannel(where.team, where.channel) };
  } catch (error) {
    logger.error(`role holder store read failed: ${slackErrorCode(error)}`);
    return options;
  }
}
