import type { ActionsBlock } from '@slack/types';
import { type Answer, isUnsure } from '../../engine/answer';
import { unescapeMrkdwn } from '../escape';
import { actionsBlocks, button } from './actions';
import { fitUserText, SLACK_LIMITS } from './limits';
import { ACTION_IDS } from './protocol';
import type { RenderOptions } from './types';

/** The button's value: the question itself, escaped and cut to Slack's 2,000 characters (a private answer's click brings no copy). */
export function encodeAskPersonValue(query: string): string {
  return fitUserText(query.trim(), SLACK_LIMITS.buttonValue);
}

/** The question back from an "Ask a person" value. */
export function parseAskPersonValue(value: string): string {
  return unescapeMrkdwn(value).trim();
}

/** True when an answer is worth handing to a person: "I don't know" or an unsure answer, to a real question. */
export function offersAskPerson(answer: Answer, opts: RenderOptions): boolean {
  if (!opts.people?.escalationChannel || !answer.query.trim()) return false;
  return answer.kind === 'none' || isUnsure(answer);
}

/** **Ask a person** under "I don't know" and unsure answers, when an escalation channel is set. */
export function askPersonBlock(answer: Answer, opts: RenderOptions): ActionsBlock[] {
  if (!offersAskPerson(answer, opts)) return [];
  const ask = button(':raising_hand: Ask a person', ACTION_IDS.askPerson, encodeAskPersonValue(answer.query));
  return actionsBlocks('ask_person', [ask]);
}

/** One help line about "Ask a person": where questions go, or how an admin turns it on. */
export function askPersonHelp(opts: RenderOptions): string | undefined {
  if (!opts.people) return undefined;
  const channel = opts.people.escalationChannel;
  return channel
    ? `• *No answer?* *Ask a person* under my answer sends your question to <#${channel}>.`
    : '• *No answer?* To let people hand my "I don\'t know" to a person, an admin sets `ESCALATION_CHANNEL` or picks a channel in my App Home.';
}
