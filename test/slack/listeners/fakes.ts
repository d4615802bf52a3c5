import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AllMiddlewareArgs,
  BlockAction,
  Context,
  Logger,
  LogLevel,
  MessageShortcut,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Answer } from '../../../src/engine';
import { memoryCheck } from '../../../src/slack/dedupe';
import type { ListenerDeps, PeopleStores } from '../../../src/slack/deps';
import type { Asker, FeedbackSink } from '../../../src/slack/feedback/sink';
import { storeFeedback } from '../../../src/slack/feedback/store-feedback';
import { createJsonlStore } from '../../../src/store/jsonl-store';
import { filePeopleStores } from '../../../src/store/people-stores';
import type { FeedbackRecord } from '../../../src/store/types';
import { eventEnvelope } from '../../e2e/harness/payloads';
import { shippedEngine } from '../../helpers/engine';

/** Listener deps over the shipped knowledge, a JSONL feedback store and file people stores in a fresh folder. */
export interface TestDeps {
  deps: ListenerDeps;
  /** Every `answered` call, in order (the store keeps only the gaps). */
  answered: { answer: Answer; asker: Asker }[];
  /** What the feedback store holds. */
  records(): Promise<FeedbackRecord[]>;
  people: PeopleStores;
}

export function testDeps(overrides: Partial<ListenerDeps> = {}): TestDeps {
  const store = createJsonlStore(mkdtempSync(join(tmpdir(), 'role-bot-listener-')));
  const sink = storeFeedback(store, recordingLogger().logger);
  const answered: TestDeps['answered'] = [];
  const feedback: FeedbackSink = {
    ...sink,
    answered: async (answer, asker) => {
      answered.push({ answer, asker });
      await sink.answered(answer, asker);
    },
  };
  const check = memoryCheck();
  const people = filePeopleStores(mkdtempSync(join(tmpdir(), 'role-bot-listener-people-')));
  const deps: ListenerDeps = {
    engine: shippedEngine,
    feedback,
    firstAnswer: (channel, ts) => check.firstTime(`answer:${channel}:${ts}`),
    people,
    ...overrides,
  };
  return { deps, answered, records: () => store.read(), people };
}

/** Pat (U0PAT) holds the Product Owner role in C1 of T1, as `/role set po @pat` would record it. */
export function patIsPo(t: TestDeps): Promise<unknown> {
  return t.people.holders.change({
    team: 'T1',
    channel: 'C1',
    role: 'product-owner',
    holders: [{ kind: 'user', id: 'U0PAT', name: 'pat' }],
    by: 'U1',
    at: '2026-11-22T10:00:00Z',
  });
}

/** A Web API error as @slack/web-api throws it. */
export function platformError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error: code },
  });
}

type Args = Record<string, unknown>;
/** What a fake method answers: a result (`ok: true` added), an Error to throw, or either computed from the arguments. */
export type Reply = Args | Error | ((args: Args) => Args | Error);

/**
 * A client with only the Web API methods named (`'chat.postMessage'`), each recording its calls; a
 * listener that calls any other method fails with a TypeError.
 */
export function fakeClient(methods: Record<string, Reply> = {}) {
  const calls: { method: string; args: Args }[] = [];
  const client: Record<string, Record<string, unknown>> = {};
  for (const [name, reply] of Object.entries(methods)) {
    const [group = '', method = ''] = name.split('.');
    client[group] ??= {};
    client[group][method] = jest.fn(async (args: Args) => {
      calls.push({ method: name, args });
      const out = typeof reply === 'function' ? reply(args) : reply;
      if (out instanceof Error) throw out;
      return { ok: true, ...out };
    });
  }
  return {
    client: client as unknown as WebClient,
    calls,
    callsTo: (name: string) => calls.filter((c) => c.method === name).map((c) => c.args),
  };
}

/**
 * A logger keeping its lines as '<level> <message>' (no Bolt runtime loaded: these tests import Bolt's
 * types only, and stay fast).
 */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const log =
    (level: string) =>
    (...msg: unknown[]) =>
      void lines.push(`${level} ${msg.map(String).join(' ')}`);
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: () => undefined,
    getLevel: () => 'debug' as LogLevel,
    setName: () => undefined,
  };
  return { logger, lines };
}

/** ack / respond / say recording their calls, a logger keeping its lines, and the request's context. */
export function fakeTools(context: Partial<Context> = {}) {
  const { logger, lines } = recordingLogger();
  return {
    ack: jest.fn(async (_response?: unknown) => undefined),
    respond: jest.fn(async (_message: unknown): Promise<unknown> => ({})),
    say: jest.fn(async (_message: unknown): Promise<unknown> => ({ ok: true })),
    logger,
    logLines: lines,
    context: { isEnterpriseInstall: false, teamId: 'T1', botUserId: 'UBOT', ...context } as Context,
    next: async () => undefined,
  };
}

export type Tools = ReturnType<typeof fakeTools>;

/** What Bolt hands a command listener, for a command payload (`slashCommand()`). */
export function commandArgs(command: object, tools: Tools, client: WebClient) {
  return {
    command,
    body: command,
    payload: command,
    ...tools,
    client,
  } as unknown as SlackCommandMiddlewareArgs & AllMiddlewareArgs;
}

/** What Bolt hands an event listener, for an event (`appMention()`, `directMessage()`...). */
export function eventArgs<T extends string>(event: object, tools: Tools, client: WebClient) {
  const body = eventEnvelope(event);
  return {
    event,
    payload: event,
    message: event,
    body,
    ...tools,
    client,
  } as unknown as SlackEventMiddlewareArgs<T> & AllMiddlewareArgs;
}

/** What Bolt hands an action listener, for a `block_actions` payload (`blockAction()`): its one action. */
export function actionArgs<A extends BlockAction>(body: object, tools: Tools, client: WebClient) {
  const action = (body as { actions: unknown[] }).actions[0];
  return { body, action, payload: action, ...tools, client } as unknown as SlackActionMiddlewareArgs<A> &
    AllMiddlewareArgs;
}

/** What Bolt hands a message shortcut listener, for a `message_action` payload (`messageShortcut()`). */
export function shortcutArgs(shortcut: object, tools: Tools, client: WebClient) {
  return {
    shortcut,
    body: shortcut,
    payload: shortcut,
    ...tools,
    client,
  } as unknown as SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;
}

/** Everything a value says, as one string to search. */
export const textOf = (value: unknown): string => JSON.stringify(value) ?? '';

/** The question of a shipped FAQ, as its answer shows it. */
export function faqQuestion(id: string): string {
  const faq = shippedEngine().knowledge.faqs.find((f) => f.id === id);
  if (!faq) throw new Error(`no FAQ ${id} in the shipped knowledge`);
  return faq.question;
}
