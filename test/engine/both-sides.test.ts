import { join } from 'node:path';
import { type Answer, createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Faq } from '../../src/knowledge/types';
import { smallEngine } from '../helpers/engine';

// A question asking for both sides of a trade-off ("pros and cons") gets both FAQs when the knowledge
// keeps the two sides apart: the side named first, then the other in `also`.

const ask = (q: string): Answer => smallEngine().answer(q);
const sides = (a: Answer) => (a.kind === 'faq' ? [a.faq.id, ...(a.also ?? []).map((f) => f.id)] : [a.kind]);
const faqIds = (a: Answer) => [
  ...a.alternatives.flatMap((s) => (s.kind === 'faq' ? [s.id] : [])),
  ...(a.kind === 'faq' ? a.related.flatMap((s) => (s.kind === 'faq' ? [s.id] : [])) : []),
];

describe('a question asking for both sides, on the fixture knowledge', () => {
  it.each([
    'technical product owner pros and cons',
    'tpo advantages and disadvantages',
    'benefits and risks of a technical product owner',
    'upsides and downsides of a technical PO?',
  ])('%j answers the benefits, then the risks', (q) => {
    expect(sides(ask(q))).toEqual(['technical-po-benefits', 'technical-po-risks']);
  });

  it('answers in the order asked: risks first when the question names them first', () => {
    expect(sides(ask('cons and pros of a tpo'))).toEqual(['technical-po-risks', 'technical-po-benefits']);
  });

  it('offers neither side again as a related question or an alternative', () => {
    const ids = faqIds(ask('technical product owner pros and cons'));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('technical-po-benefits');
    expect(ids).not.toContain('technical-po-risks');
  });
});

describe('a question asking for one side', () => {
  it.each([
    ['pros of a tpo?', ['technical-po-benefits']],
    ['tpo cons / risks', ['technical-po-risks']],
  ])('%j answers that side alone', (q, expected) => {
    expect(sides(ask(q))).toEqual(expected);
  });
});

describe('which FAQs make a pair', () => {
  const base = loadKnowledge(join(__dirname, '..', 'fixtures', 'kb-base'));
  const faq = (id: string, question: string, more: Partial<Faq> = {}): Faq => ({
    id,
    question,
    alternates: [`${question} now`, `${question} today`, `${question} here`, `${question} again`],
    roles: ['tech-lead'],
    tags: [],
    related: [],
    answer: `*${id}.*`,
    reviewed: '2026-11',
    owner: 'test',
    sources: [],
    ...more,
  });
  // The sides are read through the concept list, as the shipped and fixture knowledge name them.
  const concepts = [
    ...base.concepts,
    { concept: 'benefit', words: ['pros', 'advantage'] },
    { concept: 'risk', words: ['cons', 'danger'] },
  ];
  const engineWith = (faqs: Faq[]) => createAnswerEngine({ ...base, faqs, concepts });
  const good = faq('tl-codes-gains', 'What are the benefits of a Tech Lead who codes?', {
    related: ['tl-codes-dangers'],
  });
  const bad = (more: Partial<Faq> = {}) =>
    faq('tl-codes-dangers', 'What are the risks of a Tech Lead who codes?', more);
  const q = 'pros and cons of a tech lead who codes';

  it('pairs a benefits FAQ and a risks FAQ about the same roles when one links the other', () => {
    expect(sides(engineWith([good, bad()]).answer(q))).toEqual(['tl-codes-gains', 'tl-codes-dangers']);
  });

  it('reads the side from a tag as well as from the question', () => {
    const tagged = faq('tl-codes-dangers', 'What can go badly with a Tech Lead who codes?', {
      tags: ['cons'],
    });
    expect(sides(engineWith([good, tagged]).answer(q))).toEqual(['tl-codes-gains', 'tl-codes-dangers']);
  });

  it('does not pair FAQs that do not link each other', () => {
    const unlinked = { ...good, related: [] };
    expect(sides(engineWith([unlinked, bad()]).answer(q))).toEqual([expect.stringMatching(/^tl-codes-/)]);
  });

  it('does not pair FAQs about different roles', () => {
    const other = bad({ roles: ['product-owner', 'tech-lead'] });
    expect(sides(engineWith([good, other]).answer(q))).toEqual([expect.stringMatching(/^tl-codes-/)]);
  });
});
