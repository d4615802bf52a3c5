import type { App, MessageShortcut, Middleware, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ListenerDeps } from '../../deps';
import { slackErrorCode } from '../../errors/api-errors';
import { isFromPerson } from '../../guards';
import { PEOPLE_COPY } from '../../people/copy';
import { withoutMention } from '../../replying/answer-message';
import { SURFACES } from '../../surfaces';

/**
 * **Save as answer** on a reply in a thread: the reply becomes a draft FAQ (question, answer, roles,
 * author) in the store. Drafts answer nobody until an author adds them to knowledge/ (`role-bot learn --drafts`).
 */
export function saveAsAnswerCallback(
  deps: ListenerDeps,
): Middleware<SlackShortcutMiddlewareArgs<MessageShortcut>> {
  return async ({ shortcut, ack, client, respond, context, logger }) => {
    await ack();
    const say = (text: string) => respond({ response_type: 'ephemeral', text });
    const m = shortcut.message;
    if (!isFromPerson(m) || !m.user) return void (await say(PEOPLE_COPY.draftFromBot));
    if (!m.thread_ts || m.thread_ts === m.ts) return void (await say(PEOPLE_COPY.draftNotReply));
    const team = shortcut.team?.id ?? context.teamId ?? '';
    const question = await questionOf(
      client,
      deps,
      team,
      shortcut.channel.id,
      m.thread_ts,
      context.botUserId,
    ).catch(
      (error: unknown) => void logger.warn(`could not read the thread's question: ${slackErrorCode(error)}`),
    );
    if (!question) return void (await say(PEOPLE_COPY.draftNoQuestion));
    const engine = deps.engine();
    const asked = engine.answer(question);
    const roles = [
      ...new Set([...(asked.asksWho ?? asked.mentioned), ...engine.answer(m.text ?? '').mentioned]),
    ];
    await deps.feedback.draft?.({
      user: shortcut.user.id,
      question,
      answer: m.text ?? '',
      roles,
      author: m.user,
    });
    await say(PEOPLE_COPY.draftSaved);
  };
}

export function registerSaveAsAnswer(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(SURFACES.saveAsAnswer, saveAsAnswerCallback(deps));
}

/** The thread's question: the escalated question when it is an escalation thread, else its first message. */
async function questionOf(
  client: WebClient,
  deps: ListenerDeps,
  team: string,
  channel: string,
  thread: string,
  botUserId: string | undefined,
): Promise<string | undefined> {
  const escalation = await deps.people.escalations.find(team, channel, thread).catch(() => undefined);
  if (escalation) return escalation.question;
  const replies = await client.conversations.replies({ channel, ts: thread, limit: 1 });
  return withoutMention(replies.messages?.[0]?.text, botUserId) || undefined;
}
