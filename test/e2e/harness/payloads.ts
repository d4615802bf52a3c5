/** Default response_url: a closed loopback port, so a test that forgot to set one fails fast (never leaves 127.0.0.1). */
export const UNSET_RESPONSE_URL = 'http://127.0.0.1:1/response/unset';

let counter = 0;

/** A unique message timestamp for incoming payloads ('1690000000.00000N'; the fake API uses 1700000000.*). */
export function uniqueTs(): string {
  counter += 1;
  return `1690000000.${String(counter).padStart(6, '0')}`;
}

function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}${String(counter).padStart(6, '0')}`;
}

/** Drops keys whose value is undefined (Slack omits absent fields rather than sending null). */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** Slash command form fields, as Slack posts them (all strings). */
export type SlashCommandFields = {
  token: string;
  command: string;
  text: string;
  response_url: string;
  trigger_id: string;
  user_id: string;
  user_name: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  api_app_id: string;
  is_enterprise_install: string;
};

/** A /role slash command from U1 in C1 of team T1. */
export function slashCommand(overrides: Partial<SlashCommandFields> = {}): SlashCommandFields {
  return {
    token: 'verification-token',
    command: '/role',
    text: '',
    response_url: UNSET_RESPONSE_URL,
    trigger_id: uniqueId('trigger.'),
    user_id: 'U1',
    user_name: 'alice',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
    channel_name: 'general',
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    ...overrides,
  };
}

/** Envelope fields that can be overridden. */
export interface EnvelopeOverrides {
  event_id?: string;
  event_time?: number;
  team_id?: string;
  api_app_id?: string;
}

/** An Events API `event_callback` envelope around `event` (unique event_id by default). */
export function eventEnvelope<E extends object>(event: E, overrides: EnvelopeOverrides = {}) {
  const team_id = overrides.team_id ?? 'T1';
  return {
    token: 'verification-token',
    team_id,
    api_app_id: overrides.api_app_id ?? 'A1',
    event,
    type: 'event_callback' as const,
    event_id: overrides.event_id ?? uniqueId('Ev'),
    event_time: overrides.event_time ?? Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id, user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

/** An app_mention event from U1 in C1 (thread_ts only when given). */
export function appMention(
  o: { text?: string; channel?: string; ts?: string; thread_ts?: string; user?: string } = {},
) {
  const ts = o.ts ?? uniqueTs();
  return compact({
    type: 'app_mention' as const,
    user: o.user ?? 'U1',
    text: o.text ?? '<@UBOT> what does a product owner do?',
    ts,
    thread_ts: o.thread_ts,
    channel: o.channel ?? 'C1',
    event_ts: ts,
    team: 'T1',
  });
}

/** Options for directMessage. */
export interface DirectMessageOptions {
  text?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  user?: string;
  channel_type?: string;
  subtype?: string;
  bot_id?: string;
}

/** A `message` event in the DM D1 (channel_type 'im'); subtype/bot_id only when given. */
export function directMessage(o: DirectMessageOptions = {}) {
  const ts = o.ts ?? uniqueTs();
  return compact({
    type: 'message' as const,
    subtype: o.subtype,
    user: o.user ?? 'U1',
    bot_id: o.bot_id,
    text: o.text ?? 'what does a tech lead do?',
    ts,
    thread_ts: o.thread_ts,
    channel: o.channel ?? 'D1',
    channel_type: o.channel_type ?? 'im',
    event_ts: ts,
    team: 'T1',
  });
}

/** An app_home_opened event for U1 on the Home tab. */
export function appHomeOpened(o: { user?: string; tab?: string; channel?: string } = {}) {
  return {
    type: 'app_home_opened' as const,
    user: o.user ?? 'U1',
    channel: o.channel ?? 'D1',
    tab: o.tab ?? 'home',
    event_ts: uniqueTs(),
  };
}

/** Where a block action happened: a message (optionally ephemeral / threaded) or a view (e.g. the Home tab). */
export interface ActionContainer {
  type: 'message' | 'view';
  is_ephemeral?: boolean;
  message_ts?: string;
  thread_ts?: string;
  view_id?: string;
}

/** Options for blockAction; a selected_option makes the element a static_select, else a button. */
export interface BlockActionOptions {
  action_id: string;
  value?: string;
  selected_option?: { value: string; text?: { type: 'plain_text'; text: string } };
  /** Makes the element a conversations_select with this channel chosen. */
  selected_conversation?: string;
  block_id?: string;
  user?: string;
  channel?: string;
  container?: ActionContainer;
  message?: Record<string, unknown>;
  response_url?: string;
  view?: Record<string, unknown>;
}

function actionElement(o: BlockActionOptions) {
  const base = { action_id: o.action_id, block_id: o.block_id ?? 'b1', action_ts: uniqueTs() };
  if (o.selected_conversation) {
    return { ...base, type: 'conversations_select', selected_conversation: o.selected_conversation };
  }
  if (!o.selected_option) {
    return compact({ ...base, type: 'button', text: { type: 'plain_text', text: 'Button' }, value: o.value });
  }
  const text = o.selected_option.text ?? { type: 'plain_text' as const, text: o.selected_option.value };
  return { ...base, type: 'static_select', selected_option: { ...o.selected_option, text } };
}

/** A `block_actions` payload from U1: in a message in C1 by default, or in the Home tab view with container type 'view'. */
export function blockAction(o: BlockActionOptions) {
  const common = {
    type: 'block_actions' as const,
    user: { id: o.user ?? 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'verification-token',
    trigger_id: uniqueId('trigger.'),
    team: { id: 'T1', domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    actions: [actionElement(o)],
  };
  const container = o.container ?? { type: 'message' };
  if (container.type === 'view') {
    const view = o.view ?? {
      id: container.view_id ?? 'V1',
      type: 'home',
      team_id: 'T1',
      blocks: [],
      hash: 'h1',
    };
    return compact({
      ...common,
      container: { type: 'view', view_id: container.view_id ?? view.id ?? 'V1' },
      view: { state: { values: {} }, ...view },
      channel: o.channel ? { id: o.channel, name: 'general' } : undefined,
      response_url: o.response_url,
    });
  }
  const channel = o.channel ?? 'C1';
  const givenTs = o.message?.ts;
  const message_ts = container.message_ts ?? (typeof givenTs === 'string' ? givenTs : uniqueTs());
  const ephemeral = container.is_ephemeral ?? false;
  // Slack sends no `message` for an ephemeral message's buttons.
  const defaultMessage = {
    type: 'message',
    ts: message_ts,
    user: 'UBOT',
    bot_id: 'BBOT',
    text: '',
    blocks: [],
  };
  return compact({
    ...common,
    container: compact({
      type: 'message',
      message_ts,
      channel_id: channel,
      is_ephemeral: ephemeral,
      thread_ts: container.thread_ts,
    }),
    channel: { id: channel, name: 'general' },
    message:
      o.message ?? (ephemeral ? undefined : compact({ ...defaultMessage, thread_ts: container.thread_ts })),
    state: { values: {} },
    response_url: o.response_url ?? UNSET_RESPONSE_URL,
  });
}

/** Options for messageShortcut. */
export interface MessageShortcutOptions {
  callback_id?: string;
  message?: { text?: string; ts?: string; thread_ts?: string; user?: string };
  channel?: { id: string; name?: string };
  user?: string;
  response_url?: string;
}

/** A `message_action` (message shortcut) payload: U1 runs 'ask_about_message' on a message in C1. */
export function messageShortcut(o: MessageShortcutOptions = {}) {
  const m = o.message ?? {};
  const ts = m.ts ?? uniqueTs();
  return {
    type: 'message_action' as const,
    token: 'verification-token',
    action_ts: uniqueTs(),
    team: { id: 'T1', domain: 'test' },
    user: { id: o.user ?? 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
    channel: { id: o.channel?.id ?? 'C1', name: o.channel?.name ?? 'general' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: o.callback_id ?? 'ask_about_message',
    trigger_id: uniqueId('trigger.'),
    response_url: o.response_url ?? UNSET_RESPONSE_URL,
    message_ts: ts,
    message: compact({
      type: 'message' as const,
      user: m.user ?? 'U2',
      text: m.text ?? 'Who is the product owner here?',
      ts,
      thread_ts: m.thread_ts,
    }),
  };
}
