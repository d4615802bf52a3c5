import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import type { Answer, AnswerEngine } from '../engine';
import { referenceOf } from '../engine/reference';
import { stripUnsafeCharacters } from '../render/escape';

type Named = { id?: string } | string | undefined;

interface RequestBody {
  type?: string;
  command?: string;
  text?: string;
  team_id?: string;
  channel_id?: string;
  user_id?: string;
  team?: Named;
  channel?: Named;
  user?: Named;
  callback_id?: string;
  actions?: Array<{ action_id?: string }>;
  view?: { callback_id?: string };
  message?: { text?: string };
  event?: { type?: string; subtype?: string; team?: string; channel?: string; user?: string; text?: string };
}

const idOf = (v: Named) => (typeof v === 'string' ? v : v?.id);
/** Ids and names from a payload, cut short and cleaned: they are written to the log as they came. */
const clean = (text: string) => stripUnsafeCharacters(text).slice(0, 80);

/** What arrived, in one line: surface, team, channel, user and the length of any text; never text or tokens. */
export function describeRequest(body: RequestBody): string {
  const event = body.event;
  const surface = body.command
    ? `command ${body.command}`
    : event
      ? `event ${event.type}${event.subtype ? `/${event.subtype}` : ''}`
      : `${body.type} ${(body.actions ?? []).map((a) => a.action_id).join(',') || body.callback_id || body.view?.callback_id || ''}`;
  // A shortcut's message is what gets answered; a button's message is the bot's own earlier answer.
  const text = body.text ?? event?.text ?? (body.type === 'message_action' ? body.message?.text : undefined);
  const parts = [
    `request: ${clean(surface.trim())}`,
    `team ${clean(body.team_id ?? idOf(body.team) ?? event?.team ?? '-')}`,
    `channel ${clean(body.channel_id ?? idOf(body.channel) ?? event?.channel ?? '-')}`,
    `user ${clean(body.user_id ?? idOf(body.user) ?? event?.user ?? '-')}`,
  ];
  if (typeof text === 'string') parts.push(`text ${text.length} chars`);
  return parts.join(', ');
}

/** Global middleware: one debug line per incoming request (see `describeRequest`). */
export function logRequests(): Middleware<AnyMiddlewareArgs> {
  return async ({ body, logger, next }) => {
    logger.debug(describeRequest(body as RequestBody));
    await next();
  };
}

/** The engine, writing one debug line per answer: kind and id, confidence, and the engine's time in ms. */
export function loggingEngine(engine: () => AnswerEngine, logger: () => Logger): () => AnswerEngine {
  let wrapped: { from: AnswerEngine; to: AnswerEngine } | undefined;
  return () => {
    const current = engine();
    if (wrapped?.from === current) return wrapped.to;
    const timed = <T extends Answer | undefined>(work: () => T): T => {
      const started = performance.now();
      const answer = work();
      const ms = (performance.now() - started).toFixed(1);
      if (answer) logger().debug(`answer: ${answerName(answer)}, confidence ${answer.confidence}, ${ms} ms`);
      return answer;
    };
    const to: AnswerEngine = {
      ...current,
      answer: (text) => timed(() => current.answer(text)),
      lookup: (request) => timed(() => current.lookup(request)),
    };
    wrapped = { from: current, to };
    return to;
  };
}

/** How the log names an answer: its reference, or its kind (help, list, none). */
const answerName = (answer: Answer) => referenceOf(answer) ?? answer.kind;
