import type { HomeView, KnownBlock } from '@slack/types';
import { type Answer, EXAMPLES } from '../engine';
import { renderHomeView } from '../render/blocks';
import type { ListenerDeps } from './deps';
import { messageFor } from './message';

const HOME_BLOCKS = 100;

/** The App Home; with an answer (from a Home button), the answer sits on top of it. */
export function homeView(deps: ListenerDeps, answer?: Answer): HomeView {
  const home = renderHomeView(deps.engine().knowledge, EXAMPLES);
  if (!answer) return home;
  const answerBlocks: KnownBlock[] = messageFor(answer, deps).blocks;
  return { ...home, blocks: [...answerBlocks, { type: 'divider' }, ...home.blocks].slice(0, HOME_BLOCKS) };
}
