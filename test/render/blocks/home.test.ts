import { EXAMPLES } from '../../../src/engine';
import { ACTION_IDS, renderHomeView } from '../../../src/render/blocks';
import { buttons, kb, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

describe('the App Home', () => {
  const view = renderHomeView(kb, EXAMPLES);

  test('is a Home view within Slack limits', () => {
    expect(view.type).toBe('home');
    assertWithinSlackLimits(view);
  });

  test('says how to ask', () => {
    expect(visibleText(view.blocks)).toContain('`/role`');
  });

  test('lists every role with a button', () => {
    const values = buttons(view.blocks).map((b) => b.value);
    for (const r of kb.roles) expect(values).toContain(`role:${r.id}`);
  });

  test('offers the curated pairs as popular comparisons', () => {
    const pairs = buttons(view.blocks).filter((b) => b.value.startsWith('compare:'));
    expect(pairs.map((b) => b.value)).toEqual(kb.comparisons.map((c) => `compare:${c.roles.join(',')}`));
    expect(pairs.map((b) => b.text)).toContain('Product Owner vs Tech Lead');
  });

  test('offers the example questions as buttons', () => {
    const asks = buttons(view.blocks).filter((b) => b.value.startsWith('ask:'));
    expect(asks.map((b) => b.text)).toEqual(EXAMPLES);
    expect(asks.every((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion))).toBe(true);
  });
});

describe('an App Home for a very large knowledge base', () => {
  const roles = Array.from({ length: 300 }, (_, i) => ({
    ...kb.roles[0],
    id: `r-${i}`,
    name: `Role ${i} ${'x'.repeat(80)}`,
  })) as typeof kb.roles;
  const comparisons = Array.from({ length: 200 }, (_, i) => ({
    ...kb.comparisons[0],
    roles: [`r-${i}`, `r-${i + 1}`],
  })) as typeof kb.comparisons;
  const view = renderHomeView(
    { roles, comparisons },
    Array.from({ length: 60 }, (_, i) => `example ${i} ${'y'.repeat(200)}`),
  );

  test('stays within 100 blocks and every other limit', () => {
    assertWithinSlackLimits(view);
  });

  test('still ends with the examples, as many as one actions block holds', () => {
    expect(visibleText(view.blocks.at(-2))).toBe('Try asking');
    expect(buttons(view.blocks.at(-1))).toHaveLength(25);
  });

  test('names the roles that did not get their own block', () => {
    expect(visibleText(view.blocks)).toMatch(/\*…and \d+ more:\* Role /);
  });
});

describe('an App Home with no comparisons and no examples', () => {
  test('shows the roles alone', () => {
    const view = renderHomeView({ roles: kb.roles, comparisons: [] }, []);
    assertWithinSlackLimits(view);
    expect(visibleText(view.blocks)).not.toContain('Popular comparisons');
  });
});
