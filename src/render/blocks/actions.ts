import type { ActionsBlock, Button, StaticSelect } from '@slack/types';
import type { Answer, Lookup, Suggestion } from '../../engine/answer';
import { encodeReference, parseReference, referenceOf } from '../../engine/reference';
import { unescapeMrkdwn } from '../escape';
import { suggestionKey } from '../suggestions';
import { fitUserText, RENDER_LIMITS, SLACK_LIMITS, shorten } from './limits';
import { type AskOrigin, askOrigin, splitOrigin, withOrigin } from './origin';
import { context } from './parts';
import type { RenderOptions, RoleChoice } from './types';

export { type AskOrigin, askOrigin, ORIGIN_QUERY_MAX } from './origin';
export { suggestionKey };

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

/** A button with its text cut to 75 characters and its value to 2,000. */
export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  const text = shorten(label.trim(), SLACK_LIMITS.buttonText) || '…';
  const b: Button = { type: 'button', action_id: actionId, text: { type: 'plain_text', text, emoji: true } };
  b.value = shorten(value, SLACK_LIMITS.buttonValue);
  if (style) b.style = style;
  return b;
}

/** A button that asks the engine for a suggestion. */
export function suggestionButton(s: Suggestion): Button {
  return originButton(s);
}

/** A suggestion button that also carries the question it was offered under. */
function originButton(s: Suggestion, origin?: AskOrigin): Button {
  const from = origin ? { origin } : {};
  const req: AskRequest =
    s.kind === 'comparison'
      ? { kind: 'comparison', roles: s.roles, ...from }
      : { kind: s.kind, id: s.id, ...from };
  return button(s.label, ACTION_IDS.askSuggestion, encodeAsk(req));
}

type Element = Button | StaticSelect;

/** Actions blocks of at most 25 elements, with unique block ids and action ids unique within each block. */
export function actionsBlocks(blockId: string, elements: readonly Element[]): ActionsBlock[] {
  const out: ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.actionsElements) {
    const seen = new Map<string, number>();
    const chunk = elements.slice(i, i + SLACK_LIMITS.actionsElements).map((e) => {
      const base = e.action_id ?? 'action';
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { ...e, action_id: n === 0 ? base : `${base}:${n}` };
    });
    const id = i === 0 ? blockId : `${blockId}_${i / SLACK_LIMITS.actionsElements + 1}`;
    out.push({ type: 'actions', block_id: shorten(id, SLACK_LIMITS.blockId), elements: chunk });
  }
  return out;
}

/**
 * A labelled group of suggestion buttons ("Did you mean…"); none when there are no suggestions.
 * Pass `origin` for alternatives offered under an answer the engine was unsure of.
 */
export function suggestionGroup(
  label: string,
  blockId: string,
  suggestions: readonly Suggestion[],
  origin?: AskOrigin,
) {
  const buttons = suggestions.slice(0, RENDER_LIMITS.groupButtons).map((s) => originButton(s, origin));
  return buttons.length ? [...context(label), ...actionsBlocks(blockId, buttons)] : [];
}

/** Helpful / not helpful (naming the answer and the question), plus "Share in channel" when only the asker sees it. */
export function feedbackBlock(answer: Answer, opts: RenderOptions): ActionsBlock[] {
  const key = withOrigin(answerKey(answer), askOrigin(answer));
  const buttons = [
    button(':thumbsup: Helpful', ACTION_IDS.feedbackHelpful, key),
    button(':thumbsdown: Not helpful', ACTION_IDS.feedbackNotHelpful, key),
  ];
  if (opts.shareable)
    buttons.push(
      button('Share in channel', ACTION_IDS.shareAnswer, encodeShareValue(answer.query), 'primary'),
    );
  return actionsBlocks('feedback', buttons);
}

/** A "Compare <role> with…" select of the other roles (values are role ids); none when there are none. */
export function compareWithBlock(
  from: RoleChoice,
  exclude: readonly string[],
  roles: readonly RoleChoice[] = [],
) {
  const options = roles
    .filter((r) => !exclude.includes(r.id) && r.id.length <= SLACK_LIMITS.optionValue)
    .slice(0, SLACK_LIMITS.selectOptions)
    .map((r) => ({
      text: { type: 'plain_text' as const, text: shorten(r.name, SLACK_LIMITS.optionText) || r.id },
      value: r.id,
    }));
  const blockId = compareWithBlockId(from.id);
  if (options.length === 0 || parseCompareWithBlockId(blockId) !== from.id) return [];
  const placeholder = shorten(`Compare ${from.name} with…`, SLACK_LIMITS.placeholder);
  const select: StaticSelect = {
    type: 'static_select',
    action_id: ACTION_IDS.compareWith,
    placeholder: { type: 'plain_text', text: placeholder },
    options,
  };
  return actionsBlocks(blockId, [select]);
}
