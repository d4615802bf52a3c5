// The concept list (knowledge/concepts.yml): words people use for the same thing meet in matching.
import { join } from 'node:path';
import { type Answer, createAnswerEngine } from '../../src/engine';
import { ConceptMatcher } from '../../src/engine/concepts';
import { loadKnowledge } from '../../src/knowledge/load';

const base = loadKnowledge(join(__dirname, '..', 'fixtures', 'kb-base'));
const idOf = (a: Answer) => (a.kind === 'faq' ? a.faq.id : a.kind);

describe('reading words as concepts', () => {
  const matcher = new ConceptMatcher([
    { concept: 'developer', words: ['engineer', 'individual contributor'] },
    { concept: 'estimate', words: ['story point'] },
    { concept: 'backlog', words: ['story'] },
  ]);

  it('reads a word, its plural and a phrase as the concept', () => {
    expect(matcher.rewrite(['our', 'engineers', 'and', 'individual', 'contributors'])).toEqual([
      'our',
      'developer',
      'and',
      'developer',
    ]);
  });

  it('prefers the longer phrase', () => {
    expect(matcher.rewrite(['story', 'points', 'per', 'story'])).toEqual(['estimate', 'per', 'backlog']);
  });

  it('matches whole words only', () => {
    expect(matcher.rewrite(['engineering', 'storyline'])).toEqual(['engineering', 'storyline']);
  });

  it('changes nothing without concepts', () => {
    expect(new ConceptMatcher([]).rewrite(['engineers'])).toEqual(['engineers']);
  });
});

describe('a question in other words than the FAQ', () => {
  it('finds the FAQ through the concept list, and not without it', () => {
    const q = 'who orders the user stories?';
    expect(idOf(createAnswerEngine(base).answer(q))).toBe('who-owns-backlog');
    const withoutConcepts = createAnswerEngine({ ...base, concepts: [] }).answer(q);
    expect(withoutConcepts.confidence).toBeLessThan(createAnswerEngine(base).answer(q).confidence);
  });
});
