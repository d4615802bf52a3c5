import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import { shortReply } from '../short-replies';
import { actionsBlocks, button } from './actions';
import { askPersonHelp } from './ask-person';
import { RENDER_LIMITS } from './limits';
import { context, header, section } from './parts';
import { ACTION_IDS, encodeAsk } from './protocol';
import type { MessageParts, RenderOptions } from './types';

/** An answer explaining how to ask. */
export type HelpAnswer = Extract<Answer, { kind: 'help' }>;

/** How to ask, in one mrkdwn paragraph (also shown under "no answer" and on the App Home). */
export const HOW_TO_ASK = [
  '• *A role:* `scrum master`, `what does a tech lead do`',
  '• *Two roles side by side:* `po vs tech lead`, `compare em tl`',
  '• *A question:* `who owns the backlog?`, `can one person be PO and tech lead?`',
  '• *Where:* mention me in a channel or thread, message me directly, or use `/role`.',
].join('\n');

/** What help adds in Slack, where role-bot knows who holds a role in a channel. */
export const PEOPLE_HELP = [
  '• *Who holds a role here:* `/role set po @alice` (people or a user group), `/role unset po`, `/role who`;',
  '  then ask `who is our PO?` or `who do I ask about priorities?`',
].join('\n');

/** How to ask, with the example questions as buttons; a greeting is greeted; thanks and "ok" get one line. */
export function renderHelp(answer: HelpAnswer, opts: RenderOptions = {}): MessageParts {
  const reply = shortReply(answer);
  if (reply) return { text: reply, main: section(reply), actions: [] };
  const title = answer.smallTalk === 'hello' ? "Hi! Here's how to ask me" : 'How to ask me';
  const howTo = [HOW_TO_ASK, ...(opts.people ? [PEOPLE_HELP] : []), askPersonHelp(opts) ?? '']
    .filter(Boolean)
    .join('\n');
  const main: KnownBlock[] = [...header(title), ...section(howTo)];
  const examples = answer.examples.slice(0, RENDER_LIMITS.groupButtons);
  const actions: KnownBlock[] = examples.length
    ? [...context('Try one of these:'), ...exampleButtons('examples', examples)]
    : [];
  return { text: `How to ask me. Try: ${examples.join(' · ')}`, main, actions };
}

/** Example questions as buttons that ask them (`ask:<question>`). */
export function exampleButtons(blockId: string, examples: readonly string[]): KnownBlock[] {
  const buttons = examples.map((e) =>
    button(e, ACTION_IDS.askSuggestion, encodeAsk({ kind: 'question', text: e })),
  );
  return actionsBlocks(blockId, buttons);
}
