import type { ActionsBlock, ConversationsSelect, KnownBlock } from '@slack/types';
import type { ChannelHolders } from '../../store/holders';
import { holderLines } from './holders';
import { RENDER_LIMITS } from './limits';
import { context, divider, header, section } from './parts';
import { ACTION_IDS } from './protocol';

/** What the Home tab shows about people: role holders by channel, and where "Ask a person" goes. */
export interface HomePeople {
  channels: readonly ChannelHolders[];
  roleName: (id: string) => string;
  escalationChannel?: string;
  /** Admins and owners get a channel picker for the escalation channel. */
  canEdit: boolean;
}

/** The people part of the Home tab (mentions in a view notify nobody). */
export function renderHomePeople(p: HomePeople): KnownBlock[] {
  const shown = p.channels.slice(0, RENDER_LIMITS.homeChannels);
  const rows = shown.flatMap((c) =>
    section([`<#${c.channel}>`, ...holderLines(Object.keys(c.roles), c.roles, p.roleName)].join('\n')),
  );
  const more = p.channels.length - shown.length;
  return [
    ...divider(),
    ...header('Who holds which role'),
    ...(rows.length ? rows : context('No roles set yet. In a channel, run `/role set po @alice`.')),
    ...(more > 0 ? context(`…and ${more} more channels: \`/role who\` in a channel lists its roles.`) : []),
    ...divider(),
    ...header('Asking a person'),
    ...section(
      p.escalationChannel
        ? `When I can't answer, *Ask a person* sends the question to <#${p.escalationChannel}>.`
        : 'No channel takes questions yet, so my answers offer no *Ask a person* button.',
    ),
    ...(p.canEdit ? escalationPicker(p.escalationChannel) : []),
  ];
}

function escalationPicker(current: string | undefined): ActionsBlock[] {
  const select: ConversationsSelect = {
    type: 'conversations_select',
    action_id: ACTION_IDS.escalationChannel,
    placeholder: { type: 'plain_text', text: 'Channel for questions' },
    filter: { include: ['public', 'private'], exclude_bot_users: true },
    ...(current ? { initial_conversation: current } : {}),
  };
  return [{ type: 'actions', block_id: 'escalation_channel', elements: [select] }];
}
