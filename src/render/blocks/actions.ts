import type { ActionsBlock, Button, StaticSelect } from '@slack/types';
import type { Answer, Suggestion } from '../../engine/answer';
import { suggestionKey } from '../suggestions';
import { RENDER_LIMITS, SLACK_LIMITS, shorten } from './limits';
import { type AskOrigin, askOrigin, withOrigin } from './origin';
import { context } from './parts';
import {
  ACTION_IDS,
  type AskRequest,
  answerKey,
  compareWithBlockId,
  encodeAsk,
  encodeShareValue,
  parseCompareWithBlockId,
} from './protocol';
import type { RenderOptions, RoleChoice } from './types';

export { suggestionKey };

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
