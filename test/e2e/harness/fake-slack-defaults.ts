import { type OAuthState, oauthAccess, teamOfToken } from './fake-slack-oauth';

/** One Web API call (or response_url post) as the fake Slack server received it. */
export interface RecordedCall {
  /** Web API method name, e.g. 'chat.postMessage', or 'response_url' for a response URL post. */
  method: string;
  /** Decoded arguments: form fields (JSON fields decoded) or the JSON body. */
  args: Record<string, unknown>;
  /** Token from `Authorization: Bearer`, else the `token` form field. */
  token: string | undefined;
  /** Date.now() when the request body had been read. */
  at: number;
  /** The `<id>` of `POST /response/<id>`; set only for response_url calls. */
  responseId?: string;
}

/** A non-200 (or otherwise custom) HTTP answer; a plain object with an `ok` key is a 200 JSON body instead. */
export interface RawReply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
}

/** What an override returns: a 200 JSON body, a RawReply, or undefined to fall back to the default answer. */
export type Reply = Record<string, unknown> | RawReply | undefined;

/** An override for one method; may be async. */
export type CallHandler = (call: RecordedCall) => Reply | Promise<Reply>;

/** Identity the fake reports from auth.test. */
export interface FakeIdentity {
  user_id: string;
  bot_id: string;
  team_id: string;
  team: string;
  user: string;
  url: string;
}

/** The identity used unless startFakeSlack gets another. */
export const DEFAULT_IDENTITY: FakeIdentity = {
  user_id: 'UBOT',
  bot_id: 'BBOT',
  team_id: 'T1',
  team: 'Test',
  user: 'role-bot',
  url: 'https://test.slack.com/',
};

/** Mutable state the default answers read. */
export interface DefaultState {
  identity: FakeIdentity;
  oauth: OAuthState;
  threads: Map<string, unknown[]>;
  /** What users.info answers, by user id; an id not here is `user_not_found`. */
  users: Map<string, Record<string, unknown>>;
  socketUrl: string | undefined;
  nextTs: () => string;
}

/** Key for a registered thread. */
export function threadKey(channel: unknown, ts: unknown): string {
  return `${String(channel)}|${String(ts)}`;
}

/** Tells a RawReply from a 200 JSON body: a numeric `status` and no `ok`. */
export function isRawReply(reply: Record<string, unknown> | RawReply): reply is RawReply {
  return typeof reply.status === 'number' && !('ok' in reply);
}

/** Slack-like default answer for a call. */
export function defaultAnswer(call: RecordedCall, state: DefaultState): Record<string, unknown> {
  const a = call.args;
  switch (call.method) {
    case 'auth.test': {
      // A token the fake issued at an install answers for its own workspace.
      const team = teamOfToken(call.token);
      return { ok: true, ...state.identity, ...(team ? { team_id: team, team: `Workspace ${team}` } : {}) };
    }
    case 'oauth.v2.access':
      return oauthAccess(a, state.oauth);
    case 'chat.postMessage': {
      const ts = state.nextTs();
      const message = { type: 'message', text: a.text, ts, thread_ts: a.thread_ts, blocks: a.blocks };
      return {
        ok: true,
        channel: a.channel,
        ts,
        message: { ...message, user: state.identity.user_id, bot_id: state.identity.bot_id },
      };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: state.nextTs() };
    case 'chat.update':
      return { ok: true, channel: a.channel, ts: a.ts, text: a.text };
    case 'views.publish':
      return { ok: true, view: { id: 'V1', type: 'home', ...(a.view as object | undefined) } };
    case 'users.info': {
      const user = state.users.get(String(a.user));
      return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
    }
    case 'chat.getPermalink':
      return {
        ok: true,
        channel: a.channel,
        permalink: `${state.identity.url}archives/${String(a.channel)}/p${String(a.message_ts).replace('.', '')}`,
      };
    case 'conversations.replies':
      return { ok: true, messages: state.threads.get(threadKey(a.channel, a.ts)) ?? [], has_more: false };
    case 'apps.connections.open':
      // invalid_auth is one of the errors @slack/socket-mode treats as unrecoverable, so start() fails fast.
      return state.socketUrl
        ? { ok: true, url: state.socketUrl }
        : { ok: false, error: 'invalid_auth', detail: 'fake Slack: call setSocketUrl() first' };
    default:
      return { ok: true };
  }
}
