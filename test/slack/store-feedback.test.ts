import { encodeAsk } from '../../src/render/blocks';
import { storeFeedback } from '../../src/slack/feedback/store-feedback';
import { voteFrom } from '../../src/slack/listeners/actions/feedback';
import type { FeedbackRecord, FeedbackStore } from '../../src/store/types';
import { captureLogger } from '../e2e/harness';
import { shippedEngine } from '../helpers/engine';
import { tempPeopleStores } from '../helpers/people';

const AT = new Date('2026-11-22T10:00:00Z');

/** A feedback value as the renderers write it: the answer and the question it answered. */
const withQuestion = (answer: string, query: string) =>
  encodeAsk({ kind: 'faq', id: answer.replace('faq:', ''), origin: { query, kind: 'faq', confidence: 0.9 } });

function memoryStore(fail = false): FeedbackStore & { records: FeedbackRecord[] } {
  const records: FeedbackRecord[] = [];
  return {
    records,
    append: async (r) => {
      if (fail) throw new Error('disk full');
      records.push(r);
    },
    read: async () => records,
    scan: async () => ({ records, skipped: 0 }),
    where: 'memory',
    close: async () => undefined,
  };
}

describe('feedback into the store', () => {
  it('keeps an unanswered question with the roles it named and who asked where', async () => {
    const store = memoryStore();
    const sink = storeFeedback(store, captureLogger().logger, () => AT);
    await sink.answered(shippedEngine().answer('how much does a tech lead earn in London'), {
      user: 'U1',
      surface: 'mention',
    });
    expect(store.records).toEqual([
      expect.objectContaining({
        type: 'gap',
        at: AT.toISOString(),
        user: 'U1',
        surface: 'mention',
        kind: 'none',
        roles: ['tech-lead'],
      }),
    ]);
  });

  it('does not keep confident answers', async () => {
    const store = memoryStore();
    await storeFeedback(store, captureLogger().logger).answered(shippedEngine().answer('po vs tl'), {
      user: 'U1',
      surface: 'command',
    });
    expect(store.records).toEqual([]);
  });

  it.each(['thanks!', 'good morning'])('does not count %j as an unanswered question', async (q) => {
    const store = memoryStore();
    await storeFeedback(store, captureLogger().logger).answered(shippedEngine().answer(q), {
      user: 'U1',
      surface: 'dm',
    });
    expect(store.records).toEqual([]);
  });

  it('keeps votes with the answer they concern', async () => {
    const store = memoryStore();
    await storeFeedback(store, captureLogger().logger, () => AT).vote({
      user: 'U2',
      answer: 'faq:po-estimates',
      helpful: false,
    });
    expect(store.records).toEqual([
      { type: 'vote', at: AT.toISOString(), user: 'U2', answer: 'faq:po-estimates', helpful: false },
    ]);
  });

  it('keeps an alternative chosen after an unsure answer as a candidate to learn', async () => {
    const store = memoryStore();
    await storeFeedback(store, captureLogger().logger, () => AT).chose?.({
      user: 'U3',
      surface: 'button',
      query: 'who decides which ticket goes first',
      kind: 'none',
      confidence: 0,
      chosen: 'faq:who-owns-backlog',
    });
    expect(store.records).toEqual([
      {
        type: 'candidate',
        at: AT.toISOString(),
        user: 'U3',
        surface: 'button',
        query: 'who decides which ticket goes first',
        kind: 'none',
        confidence: 0,
        chosen: 'faq:who-owns-backlog',
      },
    ]);
  });

  it('logs a failed write instead of failing the answer', async () => {
    const { logger, lines } = captureLogger();
    await expect(
      storeFeedback(memoryStore(true), logger).vote({ user: 'U2', answer: 'x', helpful: true }),
    ).resolves.toBeUndefined();
    expect(lines.some((l) => /feedback store write failed, not recorded: \w+ .*: disk full/.test(l))).toBe(
      true,
    );
  });
});

describe('a vote from a button value', () => {
  const deps = {
    engine: shippedEngine,
    feedback: { vote: () => undefined, answered: () => undefined },
    firstAnswer: () => true,
    people: tempPeopleStores(),
  };
  const { logger } = captureLogger();
  const value = withQuestion('faq:po-estimates', 'can the po give deadlines');

  it('names a known answer, and keeps the question only when not helpful', () => {
    expect(voteFrom(value, 'U1', false, deps, logger)).toEqual({
      user: 'U1',
      answer: 'faq:po-estimates',
      helpful: false,
      query: 'can the po give deadlines',
    });
    expect(voteFrom(value, 'U1', true, deps, logger)).toEqual({
      user: 'U1',
      answer: 'faq:po-estimates',
      helpful: true,
    });
  });

  it('is refused when the answer is not in the knowledge', () => {
    for (const v of [
      'faq:no-such-faq',
      'role:intern',
      'compare:tech-lead,intern',
      'help',
      'unknown',
      `faq:${'x'.repeat(100_000)}`,
    ])
      expect(voteFrom(v, 'U1', false, deps, logger)).toBeUndefined();
  });
});
