// The one name an answer has outside the engine: buttons, votes, stored records and the classifier's classes.
import { join } from 'node:path';
import { createAnswerEngine, type Lookup } from '../../src/engine';
import { encodeReference, parseReference, referenceOf } from '../../src/engine/reference';
import { loadKnowledge } from '../../src/knowledge/load';

describe('answer references', () => {
  const cases: [Lookup, string][] = [
    [{ kind: 'faq', id: 'who-owns-backlog' }, 'faq:who-owns-backlog'],
    [{ kind: 'role', id: 'tech-lead' }, 'role:tech-lead'],
    [{ kind: 'comparison', roles: ['product-owner', 'tech-lead'] }, 'compare:product-owner,tech-lead'],
  ];
  it.each(cases)('writes %j as %s and reads it back', (lookup, text) => {
    expect(encodeReference(lookup)).toBe(text);
    expect(parseReference(text)).toEqual(lookup);
  });

  it.each(['none', 'faq:', 'compare:po', 'compare:a,b,c', 'ask:who owns the backlog', 'FAQ:x', ''])(
    'reads %j as no reference',
    (text) => {
      expect(parseReference(text)).toBeUndefined();
    },
  );

  it('names what an answer gave, and nothing for help or "none"', () => {
    const engine = createAnswerEngine(loadKnowledge(join(__dirname, '../fixtures/kb-base')));
    expect(referenceOf(engine.answer('po vs tl'))).toBe('compare:product-owner,tech-lead');
    expect(referenceOf(engine.answer('tech lead'))).toBe('role:tech-lead');
    expect(referenceOf(engine.answer('help'))).toBeUndefined();
  });
});
