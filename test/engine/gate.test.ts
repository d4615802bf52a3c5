// The gate's decisions, one rule at a time: the real gate over the fixture knowledge, with a ranker that
// returns chosen guesses in place of the trained classifier, so each test pins down exactly one rule.
import { join } from 'node:path';
import { type Answer, createAnswerEngine, type Lookup } from '../../src/engine';
import type { Guess } from '../../src/engine/classifier';
import { type GateReaders, gate, type Ranker } from '../../src/engine/gate';
import { CLASSIFIER_OPTIONS } from '../../src/engine/options';
import type { Question } from '../../src/engine/question';
import { encodeReference } from '../../src/engine/reference';
import { loadKnowledge } from '../../src/knowledge/load';

const engine = createAnswerEngine(loadKnowledge(join(__dirname, '../fixtures/kb-base')));
const readers: GateReaders = {
  lookup: (l) => engine.lookup(l),
  suggestion: (l: Lookup) =>
    engine.lookup(l) &&
    (l.kind === 'comparison' ? { ...l, label: l.roles.join(' vs ') } : { ...l, label: l.id }),
};
const question = { analysis: {} } as unknown as Question;
const ranker = (guesses: Guess[]): Ranker => ({ rank: (_a, limit) => guesses.slice(0, limit) });
const o = CLASSIFIER_OPTIONS.gate;

/** The rules' answer for a known FAQ or role, at a chosen confidence. */
function ruled(l: Lookup, confidence: number): Answer {
  const a = engine.lookup(l);
  if (!a) throw new Error(`fixture has no ${encodeReference(l)}`);
  return { ...a, confidence };
}

const backlog: Lookup = { kind: 'faq', id: 'who-owns-backlog' };
const codes: Lookup = { kind: 'faq', id: 'tl-still-codes' };
const ref = (a: Answer) => (a.kind === 'faq' ? `faq:${a.faq.id}` : a.kind);

describe('the gate', () => {
  it('keeps a sure rules FAQ when the classifier agrees or is unsure', () => {
    const sure = ruled(backlog, o.faqStands);
    const unsure = ranker([
      { label: 'faq:tl-still-codes', p: o.vetoMinProbability - 0.05 },
      { label: 'faq:who-owns-backlog', p: 0.01 },
    ]);
    expect(ref(gate(question, sure, unsure, readers))).toBe('faq:who-owns-backlog');
  });

  it('lets the classifier overrule a sure rules FAQ it finds far less likely than its own answer', () => {
    const sure = ruled(backlog, 0.95);
    const guesses = [
      { label: 'faq:tl-still-codes', p: 0.45 },
      { label: 'none', p: 0.2 },
      { label: 'faq:who-owns-backlog', p: 0.45 / o.vetoRatio - 0.01 },
    ];
    const a = gate(question, sure, ranker(guesses), readers);
    expect(ref(a)).toBe('faq:tl-still-codes');
    expect(a.alternatives.map((s) => s.kind === 'faq' && s.id)).toContain('who-owns-backlog');
  });

  it('does not overrule when the rules answer keeps a fair share of the likelihood', () => {
    const sure = ruled(backlog, 0.95);
    const guesses = [
      { label: 'faq:tl-still-codes', p: 0.45 },
      { label: 'faq:who-owns-backlog', p: 0.45 / o.vetoRatio + 0.01 },
    ];
    expect(ref(gate(question, sure, ranker(guesses), readers))).toBe('faq:who-owns-backlog');
  });

  it('never overrules when its own best guess is "none"', () => {
    const sure = ruled(codes, 0.95);
    const guesses = [
      { label: 'none', p: 0.8 },
      { label: 'faq:who-owns-backlog', p: 0.1 },
    ];
    expect(ref(gate(question, sure, ranker(guesses), readers))).toBe('faq:tl-still-codes');
  });

  it('abstains with its guesses as buttons when "none" is likeliest and the rules are unsure', () => {
    const weak = ruled(codes, 0.4);
    const guesses = [
      { label: 'none', p: 0.5 },
      { label: 'faq:who-owns-backlog', p: 0.2 },
    ];
    const a = gate(question, weak, ranker(guesses), readers);
    expect(a.kind).toBe('none');
    expect(a.alternatives.map((s) => s.kind === 'faq' && s.id)).toEqual([
      'who-owns-backlog',
      'tl-still-codes',
    ]);
  });

  it('offers four guesses when it abstains, and three alternatives beside an answer', () => {
    const guesses = [
      { label: 'faq:who-owns-backlog', p: 0.1 },
      { label: 'role:product-owner', p: 0.09 },
      { label: 'role:tech-lead', p: 0.08 },
      { label: 'compare:product-owner,tech-lead', p: 0.07 },
    ];
    const abstained = gate(
      question,
      ruled(codes, 0.4),
      ranker([{ label: 'none', p: 0.6 }, ...guesses]),
      readers,
    );
    expect(abstained.kind).toBe('none');
    expect(abstained.alternatives).toHaveLength(o.abstainAlternatives);
    expect(o.abstainAlternatives).toBe(o.maxAlternatives + 1);
    const sure = [
      { ...guesses[0], p: 0.6 } as Guess,
      ...guesses.slice(1),
      { label: 'faq:tl-still-codes', p: 0.06 },
    ];
    const answered = gate(question, ruled(codes, 0.4), ranker(sure), readers);
    expect(ref(answered)).toBe('faq:who-owns-backlog');
    expect(answered.alternatives).toHaveLength(o.maxAlternatives);
  });

  it('takes the rules answer when the classifier agrees with it, at the surer of the two', () => {
    const weak = ruled(codes, 0.4);
    const guesses = [
      { label: 'none', p: 0.5 },
      { label: 'faq:tl-still-codes', p: 0.45 },
    ];
    const a = gate(question, weak, ranker(guesses), readers);
    expect(ref(a)).toBe('faq:tl-still-codes');
    expect(a.confidence).toBe(0.45);
    const barely = [{ label: 'faq:tl-still-codes', p: o.agreeMinProbability }];
    expect(gate(question, weak, ranker(barely), readers).confidence).toBe(0.4);
  });
  it("keeps the FAQ about holding two roles read from the question's shape, as it keeps a comparison", () => {
    const combining = { ...ruled(backlog, 0.9), combining: true as const };
    const guesses = [
      { label: 'compare:product-owner,tech-lead', p: 0.9 },
      { label: 'none', p: 0.05 },
    ];
    expect(ref(gate(question, combining, ranker(guesses), readers))).toBe('faq:who-owns-backlog');
    // The same FAQ without the mark is overruled by so sure a guess.
    expect(ref(gate(question, ruled(backlog, 0.9), ranker(guesses), readers))).toBe('comparison');
  });
});
