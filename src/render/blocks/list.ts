import type { KnownBlock, SectionBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import type { Role } from '../../knowledge/types';
import { button } from './actions';
import { SLACK_LIMITS, shorten } from './limits';
import { context, header, section } from './parts';
import { ACTION_IDS, encodeAsk } from './protocol';
import type { MessageParts } from './types';

/** An answer listing every role. */
export type ListAnswer = Extract<Answer, { kind: 'list' }>;

/** Blocks kept free for notes and "did you mean" under the list, so the list is what gets trimmed. */
const LIST_RESERVE = 8;

/** Every role, name and summary, each with a button that opens its profile. */
export function renderList(answer: ListAnswer): MessageParts {
  const main: KnownBlock[] = [
    ...header('Roles I know about'),
    ...context('Ask `what does a scrum master do` for a profile, or `compare po tl` for two side by side.'),
    ...roleDirectory(answer.roles, SLACK_LIMITS.messageBlocks - 2 - LIST_RESERVE),
  ];
  const names = answer.roles.map((r) => r.name).join(', ');
  return { text: `Roles I know about: ${names}`, main, actions: [] };
}

/** One section a role with a "Details" button, within `maxBlocks`: roles beyond it are named in one line. */
export function roleDirectory(
  roles: readonly Pick<Role, 'id' | 'name' | 'summary'>[],
  maxBlocks: number,
): KnownBlock[] {
  if (maxBlocks < 1 || roles.length === 0) return [];
  const shown = roles.length <= maxBlocks ? roles : roles.slice(0, maxBlocks - 1);
  const rest = roles.slice(shown.length);
  const blocks: KnownBlock[] = shown.map(roleCard);
  if (rest.length)
    blocks.push(...section(`*…and ${rest.length} more:* ${rest.map((r) => r.name).join(', ')}`));
  return blocks;
}

function roleCard(r: Pick<Role, 'id' | 'name' | 'summary'>): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: shorten(`*${r.name}*\n${r.summary}`, SLACK_LIMITS.sectionText) },
    accessory: button('Details', ACTION_IDS.askSuggestion, encodeAsk({ kind: 'role', id: r.id })),
  };
}
