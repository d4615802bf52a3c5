// The action protocol between the messages role-bot draws and the listeners that handle their clicks:
// action ids, and what button values and block ids carry (written here, read back by the listeners).
import type { Answer, Lookup } from '../../engine/answer';
import { encodeReference, parseReference, referenceOf } from '../../engine/reference';
import { unescapeMrkdwn } from '../escape';
import { fitUserText, SLACK_LIMITS, shorten } from './limits';
import { type AskOrigin, splitOrigin, withOrigin } from './origin';

export { type AskOrigin, askOrigin, ORIGIN_QUERY_MAX } from './origin';

/**
 * Stable action ids listeners match on. Buttons sharing an id inside one actions block get a `:n` suffix
 * (Slack wants action ids unique within a block): match with `actionIdPattern`.
 */
export const ACTION_IDS = Object.freeze({
  askPerson: 'ask_person',
  askSuggestion: 'ask_suggestion',
  compareWith: 'compare_with',
  escalationChannel: 'escalation_channel',
  feedbackHelpful: 'feedback_helpful',
  feedbackNotHelpful: 'feedback_not_helpful',
  shareAnswer: 'share_answer',
});

/** Matches an action id with or without its `:n` suffix, e.g. `ask_suggestion` and `ask_suggestion:2`. */
export function actionIdPattern(base: string): RegExp {
  return new RegExp(`^${base}(?::\\d+)?$`);
}

/**
 * What an `ask_suggestion` button asks for. A did-you-mean button under an unsure answer also
 * carries its `origin`, so the click can be recorded as a phrasing to learn.
 */
export type AskRequest = (Lookup & { origin?: AskOrigin }) | { kind: 'question'; text: string };

/** Button value: `faq:<id>`, `role:<id>`, `compare:<a>,<b>` (each with its origin, if any) or `ask:<question>`. */
export function encodeAsk(req: AskRequest): string {
  if (req.kind === 'question') return `ask:${shorten(req.text, SLACK_LIMITS.buttonValue - 4)}`;
  const { origin, ...lookup } = req;
  return withOrigin(encodeReference(lookup as Lookup), origin);
}

/** Reads an `ask_suggestion` value back; undefined for anything it did not write. */
export function parseAskValue(value: string): AskRequest | undefined {
  if (value.startsWith('ask:')) {
    const text = value.slice('ask:'.length);
    return text ? { kind: 'question', text } : undefined;
  }
  const { target, origin } = splitOrigin(value);
  const lookup = parseReference(target);
  return lookup && (origin ? { ...lookup, origin } : lookup);
}

/** The feedback value naming what was answered: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`, or the kind. */
export function answerKey(answer: Answer): string {
  return referenceOf(answer) ?? answer.kind;
}

/** What a helpful / not helpful value names: the answer's key, and the question it answered when known. */
export function parseFeedbackValue(value: string): { answer: string; origin?: AskOrigin } {
  const { target, origin } = splitOrigin(value);
  return origin ? { answer: target, origin } : { answer: target };
}

/** The `share_answer` value: the query, escaped (no live `<!channel>` in the payload) and cut to fit. */
export function encodeShareValue(query: string): string {
  return fitUserText(query, SLACK_LIMITS.buttonValue);
}

/** The query back from a `share_answer` value, to answer it again in the channel. */
export function parseShareValue(value: string): string {
  return unescapeMrkdwn(value);
}

/** Block id of a "Compare with…" select; it carries the role the chosen one is compared with. */
export function compareWithBlockId(roleId: string): string {
  return shorten(`${ACTION_IDS.compareWith}:${roleId}`, SLACK_LIMITS.blockId);
}

/** The role id a "Compare with…" select compares from, read from its block id. */
export function parseCompareWithBlockId(blockId: string): string | undefined {
  const prefix = `${ACTION_IDS.compareWith}:`;
  return blockId.startsWith(prefix) ? blockId.slice(prefix.length) || undefined : undefined;
}
