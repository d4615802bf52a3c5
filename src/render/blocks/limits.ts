import { escapeMrkdwn } from '../escape';

/** Block Kit limits (characters or items), from ../shared/SLACK_NOTES.md §3 and @slack/types 3.2.0. */
export const SLACK_LIMITS = Object.freeze({
  messageBlocks: 50,
  homeBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  sectionFields: 10,
  /** Any other text object, such as a context element. */
  text: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  selectOptions: 100,
  optionText: 75,
  /** @slack/types says 75; newer docs reportedly allow 150, so stay at 75. */
  optionValue: 75,
  placeholder: 150,
  blockId: 255,
  actionId: 255,
});

/** Our own choices, inside Slack's limits, for messages people can read at a glance. */
export const RENDER_LIMITS = Object.freeze({
  /** Fallback `text`: a notification and screen-reader summary, not the whole answer (Slack cuts at 40,000). */
  fallbackText: 3000,
  /** The user's question echoed in a context line. */
  echoedQuery: 200,
  /** Buttons in one group ("did you mean", related questions): more is a wall, not a choice. */
  groupButtons: 10,
  /**
   * FAQs answered in one message (both sides of "pros and cons"). Each is a header and a section of at
   * most 2,500 characters, so two stay far under the total block text Slack refuses (about 13,000).
   */
  faqsPerMessage: 2,
  /** Side-by-side rows in a comparison: one section each, as many as a curated file may hold. */
  differences: 10,
  /** Notes shown under an answer, and the length of each: the engine writes at most a few short ones. */
  notes: 5,
  noteText: 500,
  /** Buttons on the Home tab for comparisons and for example questions, each. */
  homeButtons: 25,
  /** Holders shown for one role (the store keeps ten at most): a line, not a roster. */
  holders: 10,
  /** Channels whose role holders the Home tab lists: each is one section, and the tab holds 100 blocks. */
  homeChannels: 20,
});

const ELLIPSIS = '…';
/** Trailing characters that look wrong just before an ellipsis. */
const DANGLING = /[\s,;:.\-–—(/]+$/u;

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return max === 1 ? ELLIPSIS : '';
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, room);
  const atBoundary = /\s/.test(text.charAt(room));
  const lastSpace = cut.search(/\s\S*$/);
  if (!atBoundary && lastSpace >= room * 0.6) cut = cut.slice(0, lastSpace);
  const tidy = withoutLoneSurrogate(cut.replace(DANGLING, ''));
  return `${tidy || withoutLoneSurrogate(cut)}${ELLIPSIS}`;
}

/** Escapes user text for mrkdwn and fits it in `max` characters, never cutting through an entity. */
export function fitUserText(raw: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = escapeMrkdwn(shorten(raw, budget));
    if (out.length <= max) return out;
    // An escaped character takes at most 5 (`&amp;`), so this step never cuts more than it must.
    budget -= Math.ceil((out.length - max) / 5);
  }
}

/** Drops a high surrogate left at the end by a cut, so emoji are never split in half. */
function withoutLoneSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
