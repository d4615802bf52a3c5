import type { KnownBlock } from '@slack/types';
import { type Answer, isUnsure, type Note, type Suggestion } from '../../engine/answer';
import { escapeMrkdwn } from '../escape';
import { provenanceLine, provenanceOf } from '../provenance';
import { UNSURE_LINE } from '../short-replies';
import { didYouMean, SUGGESTION_TITLES } from '../suggestions';
import { suggestionGroup } from './actions';
import { askPersonBlock } from './ask-person';
import { renderComparison } from './comparison';
import { renderFaq } from './faq';
import { renderHelp } from './help';
import { holdersBlock, nobodySetNote, personAnswer } from './holders';
import { fitUserText, RENDER_LIMITS, SLACK_LIMITS, shorten } from './limits';
import { renderList } from './list';
import { renderNone } from './none';
import { context } from './parts';
import { ACTION_IDS, actionIdPattern, askOrigin, parseAskValue } from './protocol';
import { renderRole } from './role';
import type { MessageParts, RenderOptions, SlackMessage } from './types';

export { SHORT_REPLIES } from '../short-replies';
export * from './actions';
export { encodeAskPersonValue, parseAskPersonValue } from './ask-person';
export { holderLines, holderMention } from './holders';
export { type HomeKnowledge, renderHomeView } from './home';
export { type HomePeople, renderHomePeople } from './home-people';
export { fitUserText, RENDER_LIMITS, SLACK_LIMITS, shorten } from './limits';
export * from './protocol';
export type {
  FaqChoice,
  Holder,
  PeopleOptions,
  RenderOptions,
  RoleChoice,
  RoleHolders,
  SlackMessage,
} from './types';

/** Renders any answer as one Slack message: fallback text plus blocks, every Block Kit limit respected. */
export function renderAnswerMessage(answer: Answer, opts: RenderOptions = {}): SlackMessage {
  const person = personAnswer(answer, opts);
  if (person) return person;
  const parts = renderParts(answer, opts);
  const alternatives = didYouMean(answer, shownSuggestions(parts.actions));
  // "who do I ask about priorities?": the people first, then what the knowledge says.
  const holders = holdersBlock(answer, opts);
  const body = [
    ...unsureBlock(answer),
    ...(answer.asksWho ? holders : []),
    ...parts.main,
    ...(answer.asksWho ? [] : holders),
    ...provenanceBlock(answer, opts),
    ...notesBlock(notesFor(answer, opts)),
  ];
  // Under an unsure answer or none, a click on an alternative is worth learning from: the buttons say what was asked.
  const origin = answer.kind === 'none' || isUnsure(answer) ? askOrigin(answer) : undefined;
  const tail = [
    ...suggestionGroup(SUGGESTION_TITLES.didYouMean, 'did_you_mean', alternatives, origin),
    ...askPersonBlock(answer, opts),
    ...parts.actions,
  ];
  const full = isUnsure(answer) ? `${UNSURE_LINE} ${parts.text.trim()}` : parts.text.trim();
  const text = shorten(full, RENDER_LIMITS.fallbackText) || 'role-bot';
  return { text, blocks: fitBlocks(body, tail, SLACK_LIMITS.messageBlocks) };
}

function renderParts(answer: Answer, opts: RenderOptions): MessageParts {
  switch (answer.kind) {
    case 'faq':
      return renderFaq(answer, opts);
    case 'comparison':
      return renderComparison(answer, opts);
    case 'role':
      return renderRole(answer, opts);
    case 'list':
      return renderList(answer);
    case 'help':
      return renderHelp(answer, opts);
    case 'none':
      return renderNone(answer);
  }
}

/** One quiet context line: when the answer was reviewed, by whom, and a link for further reading. */
function provenanceBlock(answer: Answer, opts: RenderOptions): KnownBlock[] {
  const p = provenanceOf(answer, opts.comparisons);
  if (!p) return [];
  const line = provenanceLine(p, {
    text: escapeMrkdwn,
    link: (s) => `<${escapeMrkdwn(s.url)}|${escapeMrkdwn(s.title)}>`,
  });
  return context(line);
}

/** First thing in an unsure answer: says so plainly and echoes the question, escaped; the alternatives follow as buttons. */
function unsureBlock(answer: Answer): KnownBlock[] {
  if (!isUnsure(answer)) return [];
  const asked = answer.query.trim()
    ? `\nYou asked: “${fitUserText(answer.query, RENDER_LIMITS.echoedQuery)}”`
    : '';
  return context(`:thinking_face: ${UNSURE_LINE}${asked}`);
}

/** The engine's notes; in a channel that keeps role holders, "ask your team" becomes how to record one. */
function notesFor(answer: Answer, opts: RenderOptions): Note[] {
  const nobody = nobodySetNote(answer, opts);
  if (!nobody) return answer.notes;
  return answer.notes.map((n) => (n.code === 'unknown-person' ? { ...n, text: nobody } : n));
}

/** The engine's notes in one context block. Escaped too: a note may quote a word the person typed. */
function notesBlock(notes: readonly Note[]): KnownBlock[] {
  const lines = notes
    .slice(0, RENDER_LIMITS.notes)
    .map((n) => `:information_source: ${fitUserText(n.text, RENDER_LIMITS.noteText)}`);
  return context(lines.join('\n'));
}

/** The suggestions the builder already shows as buttons, so "did you mean" does not repeat them. */
function shownSuggestions(blocks: readonly KnownBlock[]): Suggestion[] {
  const shown: Suggestion[] = [];
  const ask = actionIdPattern(ACTION_IDS.askSuggestion);
  for (const b of blocks) {
    if (b.type !== 'actions') continue;
    for (const e of b.elements) {
      const req =
        e.type === 'button' && e.action_id && ask.test(e.action_id)
          ? parseAskValue(e.value ?? '')
          : undefined;
      if (req && req.kind !== 'question') shown.push({ ...req, label: '' });
    }
  }
  return shown;
}

/** Keeps the interactive tail whole and trims the body when a message would pass Slack's block limit. */
function fitBlocks(body: KnownBlock[], tail: KnownBlock[], max: number): KnownBlock[] {
  if (body.length + tail.length <= max) return [...body, ...tail];
  const keptTail = tail.slice(0, Math.max(0, max - 2));
  const room = max - keptTail.length - 1;
  return [...body.slice(0, room), ...context('_Shortened to fit in one Slack message._'), ...keptTail];
}
