import { ACTION_IDS, renderAnswerMessage } from '../../../src/render/blocks';
import { answerOf, buttons, fullOptions, kb, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

describe('the list of roles', () => {
  const answer = answerOf('list roles', 'list');
  const message = renderAnswerMessage(answer, fullOptions);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('shows every role with its name and summary', () => {
    const text = visibleText(message.blocks);
    for (const r of kb.roles) expect(text).toContain(`*${r.name}*\n${r.summary}`);
  });

  test('gives each role a button that opens its profile', () => {
    const values = buttons(message.blocks)
      .filter((b) => b.action_id === ACTION_IDS.askSuggestion)
      .map((b) => b.value);
    expect(values).toEqual(kb.roles.map((r) => `role:${r.id}`));
  });

  test('asks for no feedback', () => {
    expect(buttons(message.blocks).some((b) => b.action_id.startsWith('feedback'))).toBe(false);
  });

  test('falls back to the role names', () => {
    expect(message.text).toContain('Product Owner');
  });
});

describe('a list longer than one message holds', () => {
  const roles = Array.from({ length: 120 }, (_, i) => ({
    ...kb.roles[0],
    id: `role-${i}`,
    name: `Role ${i}`,
  })) as typeof kb.roles;
  const message = renderAnswerMessage({ ...answerOf('list roles', 'list'), roles });

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('names the roles that did not get their own block', () => {
    expect(visibleText(message.blocks)).toMatch(/\*…and \d+ more:\* Role \d+, /);
  });
});
