import type { App, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';
import { isFromPerson } from '../../guards';
import { isChannel } from '../../people/people-options';
import { relayFirstReply } from '../../people/relay';

/** A person's reply in a channel thread (message.channels / message.groups): maybe the first answer to an escalation. */
export function escalationReplyCallback(deps: ListenerDeps): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, client, context, logger }) => {
    const m = event as {
      subtype?: string;
      bot_id?: string;
      channel: string;
      ts: string;
      thread_ts?: string;
      user?: string;
      text?: string;
    };
    if (m.subtype !== undefined || !isFromPerson(m) || !isChannel(m.channel)) return;
    if (!m.thread_ts || m.thread_ts === m.ts || !m.user || !context.teamId) return;
    const reply = {
      team: context.teamId,
      channel: m.channel,
      thread_ts: m.thread_ts,
      ts: m.ts,
      user: m.user,
      text: m.text ?? '',
    };
    await relayFirstReply(reply, deps, client, logger);
  };
}

export function registerEscalationReply(app: App, deps: ListenerDeps): void {
  app.event('message', escalationReplyCallback(deps));
}
