import { EXAMPLES } from '../../../src/engine';
import type { Answer } from '../../../src/engine/answer';
import { ACTION_IDS, renderAnswerMessage, SHORT_REPLIES } from '../../../src/render/blocks';
import { answerOf, buttons, fullOptions, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

describe('help', () => {
  const message = renderAnswerMessage(answerOf('help', 'help'), fullOptions);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('explains how to ask', () => {
    expect(visibleText(message.blocks)).toContain('mention me in a channel or thread');
  });

  test('offers each example as a button that asks it', () => {
    const examples = buttons(message.blocks).filter((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion));
    expect(examples.map((b) => b.value)).toEqual(EXAMPLES.map((e) => `ask:${e}`));
    expect(examples.map((b) => b.text)).toEqual(EXAMPLES);
  });

  test('falls back to the examples in text', () => {
    expect(message.text).toContain(EXAMPLES[0]);
  });
});

describe('a greeting', () => {
  const message = renderAnswerMessage(answerOf('good morning!', 'help'), fullOptions);

  test('greets back, then explains how to ask, with the examples', () => {
    assertWithinSlackLimits(message);
    expect(visibleText(message.blocks[0])).toContain('Hi!');
    expect(visibleText(message.blocks)).toContain('mention me in a channel or thread');
    expect(buttons(message.blocks).map((b) => b.text)).toEqual(EXAMPLES);
  });
});

describe('thanks', () => {
  const message = renderAnswerMessage(answerOf('thank you!', 'help'), fullOptions);

  test('gets one short line, without the how-to or buttons', () => {
    assertWithinSlackLimits(message);
    expect(message.text).toBe(SHORT_REPLIES.thanks);
    expect(message.blocks).toHaveLength(1);
    expect(buttons(message.blocks)).toEqual([]);
  });
});

describe('an acknowledgement', () => {
  test('gets one short line too', () => {
    const message = renderAnswerMessage(answerOf('ok, got it', 'help'), fullOptions);
    expect(message.text).toBe(SHORT_REPLIES.ack);
    expect(message.blocks).toHaveLength(1);
  });
});

describe('no answer', () => {
  const answer = answerOf('what is the airspeed velocity of an unladen swallow', 'none');
  const message = renderAnswerMessage(answer, fullOptions);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('says so kindly', () => {
    expect(visibleText(message.blocks[0])).toContain("I don't have an answer for that yet.");
  });

  test('offers the suggestions as buttons, once each', () => {
    const values = buttons(message.blocks).map((b) => b.value);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(values).toHaveLength(answer.suggestions.length);
    expect(message.blocks.some((b) => b.block_id === 'did_you_mean')).toBe(false);
  });

  test('says how to ask', () => {
    expect(visibleText(message.blocks.at(-1))).toContain('*A question:*');
  });

  test('shows a note on why, when the engine gives one', () => {
    const withNote: Answer = {
      ...answer,
      notes: [{ code: 'unknown-person', text: 'I know about roles, not who holds them.' }],
    };
    expect(visibleText(renderAnswerMessage(withNote).blocks)).toContain(
      'I know about roles, not who holds them.',
    );
  });

  test('renders with no suggestions at all', () => {
    const bare = renderAnswerMessage({ ...answer, suggestions: [], alternatives: [] });
    assertWithinSlackLimits(bare);
    expect(bare.text).toBe("I don't have an answer for that yet.");
  });
});
