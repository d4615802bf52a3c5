import type { Faq } from '../../../src/knowledge/types';
import {
  ACTION_IDS,
  parseAskValue,
  parseFeedbackValue,
  RENDER_LIMITS,
  renderAnswerMessage,
} from '../../../src/render/blocks';
import { UNSURE_LINE } from '../../../src/render/short-replies';
import { answerOf, buttons, faq, faqAnswer, fullOptions, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

describe('a confident FAQ answer', () => {
  const f = faq('po-tl-one-person');
  const answer = faqAnswer(f, 'can one person be po and tl?', 0.95);
  const message = renderAnswerMessage(answer, fullOptions);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('shows the question as the header and the answer as mrkdwn, unescaped', () => {
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: f.question } });
    expect(message.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: f.answer.trim() } });
  });

  test('names the roles it concerns in a context line', () => {
    expect(message.blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*Roles:* Product Owner · Tech Lead' }],
    });
  });

  test('offers related questions as buttons', () => {
    const related = buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion));
    expect(related.map((b) => b.value)).toEqual(
      answer.related.map((s) => `faq:${s.kind === 'faq' ? s.id : ''}`),
    );
  });

  test('does not say it is unsure when sure', () => {
    expect(visibleText(message.blocks)).not.toContain(UNSURE_LINE);
  });

  test('feedback names the FAQ and the question it answered', () => {
    const value = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.feedbackHelpful)?.value;
    expect(parseFeedbackValue(value ?? '')).toEqual({
      answer: 'faq:po-tl-one-person',
      origin: { query: 'can one person be po and tl?', kind: 'faq', confidence: 0.95 },
    });
  });

  test('offers no alternative as something to learn from: the answer was confident', () => {
    for (const b of buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion)))
      expect(parseAskValue(b.value ?? '')).not.toHaveProperty('origin');
  });

  test('falls back to the question and answer as text', () => {
    expect(message.text.startsWith(f.question)).toBe(true);
  });
});

describe('an unsure FAQ answer', () => {
  const answer = {
    ...faqAnswer(faq('po-tl-one-person'), 'po & tl *one* person <maybe>?', 0.6),
    alternatives: [
      { kind: 'faq' as const, id: 'dev-as-po', label: 'Can a developer be the Product Owner?' },
      {
        kind: 'faq' as const,
        id: 'po-sm-one-person',
        label: 'Can the Scrum Master also be the Product Owner?',
      },
    ],
  };
  const message = renderAnswerMessage(answer, fullOptions);

  test('says first, in plain words, that it is not sure, and echoes the query escaped', () => {
    const first = visibleText(message.blocks.slice(0, 1));
    expect(first).toContain(UNSURE_LINE);
    expect(first).toContain('You asked: “po &amp; tl *one* person &lt;maybe&gt;?”');
    expect(message.text.startsWith(UNSURE_LINE)).toBe(true);
  });

  test('offers the alternatives as "Did you mean" buttons', () => {
    expect(visibleText(message.blocks)).toContain('Did you mean…');
    const block = message.blocks.find((b) => b.block_id === 'did_you_mean');
    expect(buttons([block]).map((b) => parseAskValue(b.value ?? ''))).toEqual([
      {
        kind: 'faq',
        id: 'po-sm-one-person',
        origin: { query: 'po & tl *one* person <maybe>?', kind: 'faq', confidence: 0.6 },
      },
    ]);
  });

  test('does not repeat as "did you mean" a question already offered as related', () => {
    expect(buttons(message.blocks).filter((b) => b.value === 'faq:dev-as-po')).toHaveLength(1);
  });

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });
});

describe('an FAQ whose question is longer than a button', () => {
  const long = {
    ...faq('po-tl-one-person'),
    id: 'long',
    question: `${'Why would anyone ever '.repeat(6)}do this?`,
  };
  const answer = {
    ...faqAnswer(faq('po-tl-one-person')),
    related: [{ kind: 'faq' as const, id: 'long', label: long.question }],
  };
  const message = renderAnswerMessage(answer, fullOptions);

  test('shortens the button text at a word with an ellipsis', () => {
    const b = buttons(message.blocks).find((x) => x.value === 'faq:long');
    expect(b?.text.length).toBeLessThanOrEqual(75);
    expect(b?.text).toMatch(/\w…$/);
  });
});

describe('a "pros and cons" answer carrying both sides', () => {
  const answer = answerOf('technical product owner pros and cons', 'faq');
  const [first, second] = [answer.faq, ...(answer.also ?? [])];
  const message = renderAnswerMessage(answer, fullOptions);
  const headers = message.blocks.filter((b) => b.type === 'header').map((b) => visibleText(b));

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('shows each side as its own header and section, in the order the engine gives', () => {
    expect(headers).toEqual([first?.question, second?.question]);
    for (const f of [first, second]) expect(visibleText(message.blocks)).toContain(f?.answer.trim());
  });

  test('separates the two sides with a divider and names the roles once', () => {
    const at = message.blocks.findIndex((b) => b.type === 'header' && visibleText(b) === second?.question);
    expect(message.blocks[at - 1]?.type).toBe('divider');
    expect(visibleText(message.blocks).match(/\*Roles:\*/g)).toHaveLength(1);
  });

  test('falls back to both questions as text', () => {
    expect(message.text).toContain(first?.question);
    expect(message.text).toContain(second?.question);
  });
});

describe('two sides at the longest answer the knowledge allows', () => {
  const long = (f: Faq) => ({ ...f, answer: `${`*${f.id}.* ${'word '.repeat(600)}`.slice(0, 2499)}.` });
  const answer = {
    ...faqAnswer(long(faq('technical-po-benefits'))),
    also: [long(faq('technical-po-risks')), long(faq('technical-po-when'))],
  };
  const message = renderAnswerMessage(answer, fullOptions);

  test('stays within Slack limits, each answer whole, at most two sides a message', () => {
    assertWithinSlackLimits(message);
    expect(message.blocks.filter((b) => b.type === 'header')).toHaveLength(RENDER_LIMITS.faqsPerMessage);
    const sections = message.blocks.filter((b) => b.type === 'section').map((b) => visibleText(b));
    expect(sections.filter((t) => t.length === 2500)).toHaveLength(2);
  });
});
