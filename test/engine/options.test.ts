import { createAnswerEngine } from '../../src/engine';
import { CLASSIFIER_OPTIONS, MATCH_OPTIONS } from '../../src/engine/options';
import { loadKnowledge } from '../../src/knowledge/load';

const kb = loadKnowledge('test/fixtures/kb-base');
const idOf = (a: ReturnType<ReturnType<typeof createAnswerEngine>['answer']>) =>
  a.kind === 'faq' ? a.faq.id : a.kind;

describe('engine options merged over the defaults', () => {
  it('answers with the defaults when given none', () => {
    expect(idOf(createAnswerEngine(kb).answer('who prioritises the tickets?'))).toBe('who-owns-backlog');
  });

  it('lets one matching threshold change and keeps the rest', () => {
    const strict = createAnswerEngine(kb, undefined, { match: { faqMinScore: 1.01 } });
    expect(strict.answer('who prioritises the tickets?').kind).toBe('none');
    // Role look-ups do not read faqMinScore: the other defaults still hold.
    expect(strict.answer('tech lead').kind).toBe('role');
  });

  it('cuts a long question where the merged options say', () => {
    const short = createAnswerEngine(kb, undefined, { match: { maxQuestionLength: 40 } });
    const a = short.answer(`who owns the backlog? ${'and more words '.repeat(10)}`);
    expect(a.notes.map((n) => n.text)).toContain('Your message was long, so I read its first 40 characters.');
  });

  it('never changes the frozen defaults', () => {
    createAnswerEngine(kb, undefined, { match: { faqMinScore: 0.9 }, gate: { faqStands: 0.1 } });
    expect(MATCH_OPTIONS.faqMinScore).toBe(0.34);
    expect(CLASSIFIER_OPTIONS.gate.faqStands).toBe(0.9);
    expect(Object.isFrozen(MATCH_OPTIONS)).toBe(true);
  });
});
