// The learned classifier behind the rules: word vectors, features, training, and the gate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnswerEngine, phrasingReader } from '../../src/engine';
import type { Analysis } from '../../src/engine/analyze';
import { Classifier, parseWordVectors, trainClassifier } from '../../src/engine/classifier';
import { addVector } from '../../src/engine/classifier/word-vectors';
import { CLASSIFIER_OPTIONS } from '../../src/engine/options';
import { loadKnowledge } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { decodeModel, encodeModel } from '../../src/model/serialize';

const vectors = parseWordVectors(readFileSync(join(__dirname, '../../assets/word-vectors/glove-100d.bin')));
const base = loadKnowledge(join(__dirname, '../fixtures/kb-base'));

/** The fixture knowledge plus a few out-of-scope examples and a distinct FAQ, so every class exists. */
function tinyKb(): KnowledgeBase {
  const faq = base.faqs[0];
  if (!faq) throw new Error('fixture has no FAQ');
  return {
    ...base,
    version: 'tiny-1',
    faqs: [
      ...base.faqs,
      {
        ...faq,
        id: 'who-books-rooms',
        question: 'Who books the meeting rooms for sprint events?',
        alternates: [
          'who reserves a room for the retro',
          'room booking for planning, whose job',
          'someone has to book rooms for our ceremonies, who',
          'who grabs a meeting room for the sprint review',
        ],
        roles: [],
        tags: ['rooms'],
        related: [],
      },
    ],
    outOfScope: [
      {
        topic: 'weather',
        examples: ['will it rain tomorrow', 'what is the weather like in paris', 'is it sunny outside today'],
      },
    ],
  };
}

const cosine = (a: string, b: string) => {
  const va = new Float64Array(100);
  const vb = new Float64Array(100);
  addVector(vectors, vectors.index.get(a) as number, 1, va);
  addVector(vectors, vectors.index.get(b) as number, 1, vb);
  let dot = 0;
  for (let d = 0; d < 100; d++) dot += (va[d] ?? 0) * (vb[d] ?? 0);
  return dot / (Math.hypot(...va) * Math.hypot(...vb));
};

describe('the word-vector table', () => {
  it('holds 100-dimension vectors for frequent words and the knowledge words', () => {
    expect(vectors.dims).toBe(100);
    expect(vectors.index.size).toBeGreaterThan(20000);
    for (const w of ['manager', 'developer', 'backlog', 'scrum']) expect(vectors.index.has(w)).toBe(true);
  });

  it('puts words of like meaning closer than unrelated ones', () => {
    expect(cosine('developer', 'programmer')).toBeGreaterThan(cosine('developer', 'banana') + 0.3);
    expect(cosine('boss', 'manager')).toBeGreaterThan(cosine('boss', 'sandwich') + 0.2);
  });

  it('refuses bytes that are not a table', () => {
    expect(() => parseWordVectors(Buffer.from('not vectors at all'))).toThrow('not a word-vector table');
  });
});

describe('training', () => {
  const kb = tinyKb();
  const read = phrasingReader(kb);
  const model = trainClassifier(kb, read, vectors);

  it('has one class per FAQ, role and curated pair, plus none', () => {
    expect(model.labels).toEqual(
      expect.arrayContaining([
        'faq:who-books-rooms',
        'role:product-owner',
        'compare:product-owner,tech-lead',
        'none',
      ]),
    );
    expect(model.labels).toHaveLength(kb.faqs.length + kb.roles.length + kb.comparisons.length + 1);
  });

  it('gives the same weights every time (seeded)', () => {
    const again = trainClassifier(kb, read, vectors);
    expect(Buffer.compare(encodeModel(again), encodeModel(model))).toBe(0);
  });

  it('averages the weights of its runs, each shuffled with its own seed', () => {
    const withRuns = (seed: number, runs: number) =>
      trainClassifier(kb, read, vectors, {
        ...CLASSIFIER_OPTIONS,
        training: { ...CLASSIFIER_OPTIONS.training, epochs: 5, seed, runs },
      } as unknown as typeof CLASSIFIER_OPTIONS).softmax;
    const [one, other, both] = [withRuns(7, 1), withRuns(1007, 1), withRuns(7, 2)];
    // Two shuffles give different weights; two runs averaged are their mean.
    expect(Buffer.compare(Buffer.from(one.weights.buffer), Buffer.from(other.weights.buffer))).not.toBe(0);
    let worst = 0;
    both.weights.forEach((w, j) => {
      worst = Math.max(worst, Math.abs(w - ((one.weights[j] ?? 0) + (other.weights[j] ?? 0)) / 2));
    });
    expect(worst).toBeLessThan(1e-6);
    both.bias.forEach((b, c) => {
      expect(b).toBeCloseTo(((one.bias[c] ?? 0) + (other.bias[c] ?? 0)) / 2, 6);
    });
  });

  it('refuses model bytes cut short, at any length', () => {
    const bytes = encodeModel(model);
    for (const cut of [bytes.length - 1, bytes.length - 4, Math.floor(bytes.length / 2), 40]) {
      expect(() => decodeModel(bytes.subarray(0, cut))).toThrow('model file is truncated');
    }
  });

  it('survives a round trip through bytes', () => {
    const back = decodeModel(encodeModel(model));
    expect(back.labels).toEqual(model.labels);
    expect(back.softmax.weights).toEqual(model.softmax.weights);
    expect(back.features.idf).toEqual(model.features.idf);
  });

  it('ranks a new wording of a phrasing above the other classes', () => {
    const clf = new Classifier(model, vectors);
    const [top] = clf.rank(
      read('could someone tell me who books a room for our sprint review?') as Analysis,
      3,
    );
    expect(top?.label).toBe('faq:who-books-rooms');
  });

  it('learns "none" from the out-of-scope examples', () => {
    const clf = new Classifier(model, vectors);
    const [top] = clf.rank(read('is it going to rain in paris tomorrow') as Analysis, 3);
    expect(top?.label).toBe('none');
  });

  it('learns from phrasings an author accepted for a role (role-bot learn writes them)', () => {
    const phrasing = 'walk me through a typical week of the person who steers our code design';
    const before = new Classifier(model, vectors).rank(read(phrasing), 1)[0];
    const taught: KnowledgeBase = {
      ...kb,
      roles: kb.roles.map((r) =>
        r.id === 'tech-lead'
          ? { ...r, phrasings: [phrasing, 'the steering of our code design, whose week is it'] }
          : r,
      ),
    };
    const after = trainClassifier(taught, phrasingReader(taught), vectors);
    const [top] = new Classifier(after, vectors).rank(phrasingReader(taught)(phrasing), 1);
    expect(top?.label).toBe('role:tech-lead');
    expect(top?.p).toBeGreaterThan(before?.label === 'role:tech-lead' ? (before?.p ?? 0) : 0);
  });

  it('works without word vectors (bag of words only)', () => {
    const bagOnly = trainClassifier(kb, read, undefined);
    expect(bagOnly.withVectors).toBe(false);
    const [top] = new Classifier(bagOnly, undefined).rank(read('who books meeting rooms') as Analysis, 1);
    expect(top?.label).toBe('faq:who-books-rooms');
  });
});

describe('the gate: rules first, the classifier behind them', () => {
  const kb = tinyKb();
  const model = trainClassifier(kb, phrasingReader(kb), vectors);
  const withModel = createAnswerEngine(kb, { model, vectors });
  const rulesOnly = createAnswerEngine(kb);

  it('keeps what the rules are sure of', () => {
    for (const q of ['po vs tl', 'product owner', 'help']) {
      expect(withModel.answer(q)).toEqual(rulesOnly.answer(q));
    }
  });

  it('lets the classifier decide when the rules are unsure', () => {
    const q = 'a place to hold the retrospective, who reserves it';
    expect(rulesOnly.answer(q).confidence).toBeLessThan(CLASSIFIER_OPTIONS.gate.faqStands);
    const a = withModel.answer(q);
    expect(a).toMatchObject({ kind: 'faq', faq: { id: 'who-books-rooms' } });
    expect(a.confidence).toBeGreaterThanOrEqual(CLASSIFIER_OPTIONS.gate.answerMinProbability);
  });

  it('answers what the rules cannot when its guess clears the bar, and offers it below the bar', () => {
    const q = 'who should grab a space for the demo';
    expect(rulesOnly.answer(q).kind).toBe('none');
    const [guess] = new Classifier(model, vectors).rank(phrasingReader(kb)(q), 1);
    expect(guess?.label).toBe('faq:who-books-rooms');
    const p = guess?.p ?? 0;
    const below = createAnswerEngine(kb, { model, vectors }, { gate: { answerMinProbability: p + 0.01 } });
    const abstained = below.answer(q);
    expect(abstained.kind).toBe('none');
    expect(abstained.alternatives[0]).toMatchObject({ kind: 'faq', id: 'who-books-rooms' });
    const above = createAnswerEngine(kb, { model, vectors }, { gate: { answerMinProbability: p - 0.01 } });
    expect(above.answer(q)).toMatchObject({ kind: 'faq', faq: { id: 'who-books-rooms' } });
  });

  it('abstains on what it learned is out of scope, and still offers alternatives', () => {
    const a = withModel.answer('will it be sunny in paris tomorrow?');
    expect(a.kind).toBe('none');
    expect(a.alternatives.length).toBeGreaterThan(0);
  });

  it('ignores weights trained on another knowledge version', () => {
    const stale = createAnswerEngine({ ...kb, version: 'tiny-2' }, { model, vectors });
    expect(stale.model).toBeUndefined();
  });
});
