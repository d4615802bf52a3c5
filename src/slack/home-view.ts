import type { Logger } from '@slack/bolt';
import type { HomeView, KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { type Answer, EXAMPLES } from '../engine';
import { renderHomePeople, renderHomeView, SLACK_LIMITS } from '../render/blocks';
import type { ListenerDeps } from './deps';
import { isAdmin } from './people/check-users';
import { escalationChannel, peopleOptions } from './people/people-options';
import { messageFor } from './replying/answer-message';

/** Whose Home tab, in which workspace. */
export interface HomeViewer {
  team?: string;
  user: string;
}

/** The people part: holders of the channels where roles were set, and the escalation channel (admins may change it). */
async function peopleBlocks(deps: ListenerDeps, client: WebClient, viewer: HomeViewer, logger: Logger) {
  const names = new Map(deps.engine().knowledge.roles.map((r) => [r.id, r.name]));
  const channels = viewer.team
    ? await deps.people.holders.inWorkspace(viewer.team).catch((error: unknown) => {
        logger.error(`role holder store read failed: ${String(error)}`);
        return [];
      })
    : [];
  const channel = await escalationChannel(deps, viewer.team, logger);
  return renderHomePeople({
    channels,
    roleName: (id) => names.get(id) ?? id,
    canEdit: await isAdmin(client, viewer.user),
    ...(channel ? { escalationChannel: channel } : {}),
  });
}

/** The App Home; with an answer (from a Home button), the answer sits on top of it. */
export async function homeView(
  deps: ListenerDeps,
  client: WebClient,
  viewer: HomeViewer,
  logger: Logger,
  answer?: Answer,
): Promise<HomeView> {
  const home = renderHomeView(
    deps.engine().knowledge,
    EXAMPLES,
    await peopleBlocks(deps, client, viewer, logger),
  );
  if (!answer) return home;
  const people = await peopleOptions(deps, { team: viewer.team }, logger);
  const answerBlocks: KnownBlock[] = messageFor(answer, deps, false, people).blocks;
  return {
    ...home,
    blocks: [...answerBlocks, { type: 'divider' }, ...home.blocks].slice(0, SLACK_LIMITS.homeBlocks),
  };
}
