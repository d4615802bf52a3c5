// The bot's own examples and short forms of an FAQ's question are sure answers, shown without a caveat.
import { EXAMPLES, isUnsure } from '../../src/engine';
import { MATCH_OPTIONS } from '../../src/engine/options';
import { shippedEngine } from '../helpers/engine';

describe('the examples help and the App Home suggest', () => {
  it.each(EXAMPLES)('%j answers with the sure presentation', (example) => {
    const a = shippedEngine().answer(example);
    expect(a.kind).not.toBe('none');
    expect(isUnsure(a)).toBe(false);
  });
});

describe('short forms of an FAQ question', () => {
  it.each([
    ['who owns the backlog', 'who-owns-backlog'],
    ['who runs the retro?', 'who-runs-retrospective'],
    ['who owns the roadmap', 'who-owns-roadmap'],
  ])('%j is a sure answer of %s', (q, id) => {
    const a = shippedEngine().answer(q);
    expect(a.kind === 'faq' && a.faq.id).toBe(id);
    expect(a.confidence).toBeGreaterThanOrEqual(MATCH_OPTIONS.sureMinConfidence);
  });

  it('stays unsure when the question adds a word the phrasing lacks', () => {
    const a = shippedEngine().answer('who owns the backlog budget in finance');
    expect(a.kind === 'none' || isUnsure(a)).toBe(true);
  });
});
