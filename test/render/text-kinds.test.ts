// The terminal renderer, one answer kind at a time, on the small fixture knowledge (so editing the shipped FAQs cannot break it).
import { join } from 'node:path';
import { createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { renderAnswerText } from '../../src/render/text';

const engine = createAnswerEngine(loadKnowledge(join(__dirname, '../fixtures/kb-base')));
const text = (q: string, width = 80) => renderAnswerText(engine.answer(q), { width });

describe('an FAQ in the terminal', () => {
  const out = text('Who owns the backlog?');

  it('shows the question as a heading and the answer as plain text (no mrkdwn marks)', () => {
    expect(out).toMatch(/^WHO OWNS THE BACKLOG\?\n─+\n/);
    expect(out).toContain('The Product Owner.');
    expect(out).not.toContain('*The Product Owner.*');
  });

  it('ends with when it was reviewed and by whom', () => {
    expect(out.trimEnd().split('\n').pop()).toMatch(/^Reviewed Nov 2026 by @knowledge-team/);
  });
});

describe('a comparison in the terminal', () => {
  const out = text('po vs tl', 60);

  it('sets the two roles side by side in columns that fit the width', () => {
    expect(out).toContain('PRODUCT OWNER VS TECH LEAD');
    expect(out).toMatch(/Product Owner\s+│ Tech Lead/);
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('says when to lean on each role', () => {
    expect(out).toContain('Lean on the Product Owner when:');
    expect(out).toContain('Lean on the Tech Lead when:');
  });
});

describe('a role in the terminal', () => {
  const out = text('tech lead');

  it('lists the profile section by section', () => {
    for (const title of ['Responsibilities:', 'Decides:', 'Works with:', 'Watch out for:']) {
      expect(out).toContain(title);
    }
    expect(out).toContain('Reports to:');
  });

  it('offers the comparisons the role takes part in', () => {
    expect(out).toMatch(/Compare:\n {2}• Tech Lead vs Product Owner/);
  });
});

describe('the list, help and "none" in the terminal', () => {
  it('lists every role with its summary', () => {
    expect(text('list')).toMatch(/ROLES I KNOW \(2\)/);
  });

  it('shows how to ask, with runnable examples', () => {
    expect(text('help')).toContain('role-bot ask "');
  });

  it('answers small talk in one line', () => {
    expect(text('thanks!').trim().split('\n')).toHaveLength(1);
  });

  it('says plainly that it has no answer, and what to ask instead', () => {
    const out = text('what is the weather like on mars');
    expect(out).toContain('NO ANSWER FOR THAT YET');
    expect(out).toContain('You could ask:');
  });
});

describe('wrapping', () => {
  it('never prints a line wider than asked, even for one very long word', () => {
    const out = renderAnswerText(engine.answer(`tech lead ${'x'.repeat(200)}`), { width: 40 });
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
  });
});
