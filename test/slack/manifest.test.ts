import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { parse } from 'yaml';
import { EXAMPLES } from '../../src/engine';
import { renderAnswerMessage, renderHomePeople, renderHomeView } from '../../src/render/blocks';
import { registerListeners } from '../../src/slack/listeners';
import { BOT_SCOPES } from '../../src/slack/oauth';
import { shippedEngine } from '../helpers/engine';
import { tempPeopleStores } from '../helpers/people';

interface Manifest {
  features: {
    slash_commands: { command: string }[];
    shortcuts: { callback_id: string }[];
    app_home: Record<string, boolean>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest: Manifest = parse(readFileSync('manifest.yml', 'utf8'));

/** Registers the real listeners on a stand-in that records what each asks Bolt to route to it. */
function registered() {
  const seen = {
    commands: [] as string[],
    events: [] as string[],
    shortcuts: [] as string[],
    actions: [] as RegExp[],
  };
  const app = {
    command: (name: string) => seen.commands.push(name),
    // `app.event('message')` hears channel messages; `app.message()` is the DM listener.
    event: (name: string) =>
      seen.events.push(...(name === 'message' ? ['message.channels', 'message.groups'] : [name])),
    message: () => seen.events.push('message.im'),
    shortcut: (id: string) => seen.shortcuts.push(id),
    action: (id: RegExp | string) => seen.actions.push(typeof id === 'string' ? new RegExp(`^${id}$`) : id),
  } as unknown as App;
  registerListeners(app, {
    engine: shippedEngine,
    feedback: { vote: () => undefined, answered: () => undefined },
    firstAnswer: () => true,
    people: tempPeopleStores(),
  });
  return seen;
}

/** Every action id the renderers can put in a message or the Home tab. */
function renderedActionIds(): Set<string> {
  const engine = shippedEngine();
  const answers = [
    'po vs tl',
    'tech lead',
    'who owns the backlog?',
    'list',
    'help',
    'wifi password',
    'pm',
  ].map((q) => engine.answer(q));
  const people = { escalationChannel: 'CESC', holders: {} };
  const home = renderHomePeople({ channels: [], roleName: (id) => id, canEdit: true });
  const blocks = [
    ...answers.flatMap(
      (a) => renderAnswerMessage(a, { ...engine.knowledge, shareable: true, people }).blocks,
    ),
    ...renderHomeView(engine.knowledge, EXAMPLES, home).blocks,
  ];
  return new Set([...JSON.stringify(blocks).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1] as string));
}

describe('manifest.yml and the registered listeners', () => {
  const seen = registered();

  it('declares exactly the slash commands the code handles', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...seen.commands].sort());
  });

  it('declares exactly the shortcuts the code handles', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual([...seen.shortcuts].sort());
  });

  it('subscribes to exactly the events the code handles', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [...new Set(seen.events)].sort(),
    );
  });

  it('handles every action a rendered message can send, and renders every action it handles', () => {
    const rendered = [...renderedActionIds()];
    for (const id of rendered) expect(seen.actions.some((p) => p.test(id))).toBe(true);
    for (const pattern of seen.actions) expect(rendered.some((id) => pattern.test(id))).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for the scopes those surfaces need and no history scope it does not use', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect(scopes).toEqual(
      expect.arrayContaining(['commands', 'app_mentions:read', 'chat:write', 'im:history', 'users:read']),
    );
    expect(scopes).not.toContain('mpim:history');
    // Posting in the escalation channel needs membership there anyway (to hear replies): no chat:write.public.
    expect(scopes).not.toContain('chat:write.public');
  });

  it('has /role send @people as ids, which /role set needs', () => {
    const role = manifest.features.slash_commands.find((c) => c.command === '/role') as {
      should_escape?: boolean;
    };
    expect(role.should_escape).toBe(true);
  });

  it('asks for the same bot scopes as the OAuth install does', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('enables the Home tab, the Messages tab and Socket Mode', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
