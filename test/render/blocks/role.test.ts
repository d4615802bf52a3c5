import type { ActionsBlock, StaticSelect } from '@slack/types';
import { ACTION_IDS, parseFeedbackValue, renderAnswerMessage } from '../../../src/render/blocks';
import { UNSURE_LINE } from '../../../src/render/short-replies';
import { answerOf, buttons, fullOptions, kb, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

describe('a role profile (Scrum Master)', () => {
  const answer = answerOf('scrum master', 'role');
  const message = renderAnswerMessage(answer, fullOptions);
  const text = visibleText(message.blocks);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('opens with the name, the summary and the focus', () => {
    expect(visibleText(message.blocks[0])).toBe('Scrum Master');
    expect(visibleText(message.blocks[1])).toBe(`${answer.role.summary}\n*Focus:* ${answer.role.focus}`);
  });

  test('lists what they do and every part of the profile', () => {
    for (const r of answer.role.responsibilities) expect(text).toContain(`• ${r}`);
    for (const title of [
      'Decides',
      'Reports to',
      'Works with',
      'Lean on them when',
      'Strengths',
      'Watch out for',
    ]) {
      expect(text).toContain(`*${title}*`);
    }
  });

  test('offers its curated comparisons as buttons', () => {
    const values = buttons(message.blocks).map((b) => b.value);
    for (const c of answer.comparisons)
      if (c.kind === 'comparison') expect(values).toContain(`compare:${c.roles.join(',')}`);
  });

  test('offers "Compare Scrum Master with…" every other role', () => {
    const block = message.blocks.find((b) => b.block_id === 'compare_with:scrum-master') as ActionsBlock;
    const s = block.elements[0] as StaticSelect;
    expect(s.placeholder?.text).toBe('Compare Scrum Master with…');
    expect(s.options).toHaveLength(kb.roles.length - 1);
  });

  test('feedback names the role', () => {
    const value = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.feedbackNotHelpful)?.value;
    expect(parseFeedbackValue(value ?? '').answer).toBe('role:scrum-master');
  });

  test('falls back to name and summary', () => {
    expect(message.text).toBe(`Scrum Master: ${answer.role.summary}`);
  });
});

describe('a role answer that was a guess', () => {
  const answer = { ...answerOf('scrum master', 'role'), confidence: 0.6, query: 'the scrum master thing' };
  const message = renderAnswerMessage(answer, fullOptions);

  test('says it is not sure, and which question it answered', () => {
    expect(visibleText(message.blocks)).toContain(UNSURE_LINE);
    expect(visibleText(message.blocks)).toContain('You asked: “the scrum master thing”');
  });
});

describe('a role with notes', () => {
  const answer = {
    ...answerOf('scrum master', 'role'),
    notes: [
      {
        code: 'ambiguous-alias' as const,
        text: 'I read "SM" as Scrum Master; it can also mean <Site Manager> & co.',
      },
    ],
  };
  const message = renderAnswerMessage(answer, fullOptions);

  test('shows the notes in a context block, escaped', () => {
    const block = message.blocks.find((b) => b.type === 'context' && visibleText(b).includes('I read'));
    expect(visibleText(block)).toBe(
      ':information_source: I read "SM" as Scrum Master; it can also mean &lt;Site Manager&gt; &amp; co.',
    );
  });
});
