// What the store accepts: each record type's own fields, each within STORE_LIMITS (issue #10, item 7).
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonlStore } from '../../src/store/jsonl-store';
import { cutText, STORE_LIMITS, toFeedbackRecord } from '../../src/store/records';
import type { CandidateRecord } from '../../src/store/types';

const AT = '2026-11-03T10:00:00.000Z';
const HUGE = 'x'.repeat(100_000);

const candidate: CandidateRecord = {
  type: 'candidate',
  at: AT,
  user: 'U1',
  surface: 'button',
  query: 'who decides which ticket goes first',
  kind: 'none',
  confidence: 0,
  chosen: 'faq:who-owns-backlog',
};

describe('a candidate record', () => {
  test('is kept with its own fields only', () => {
    expect(toFeedbackRecord({ ...candidate, channel: 'C1', email: 'a@b.c' })).toEqual(candidate);
  });

  test('needs a question and a chosen answer', () => {
    expect(toFeedbackRecord({ ...candidate, query: '  ' })).toBeUndefined();
    expect(toFeedbackRecord({ ...candidate, chosen: '' })).toBeUndefined();
    expect(toFeedbackRecord({ ...candidate, confidence: Number.NaN })).toBeUndefined();
  });
});

describe('a vote record', () => {
  const vote = { type: 'vote', at: AT, user: 'U2', answer: 'faq:po-estimates', helpful: false };

  test('may carry the question it was about', () => {
    expect(toFeedbackRecord({ ...vote, query: 'can the po set deadlines' })).toEqual({
      ...vote,
      query: 'can the po set deadlines',
    });
    expect(toFeedbackRecord(vote)).toEqual(vote);
  });
});

describe('every field is capped', () => {
  test('a 100,000-character question is cut to the limit', () => {
    const gap = {
      type: 'gap',
      at: AT,
      user: 'U1',
      surface: 'dm',
      query: HUGE,
      kind: 'none',
      confidence: 0,
      roles: [],
    };
    for (const record of [gap, { ...candidate, query: HUGE }]) {
      const kept = toFeedbackRecord(record) as { query: string };
      expect(kept.query).toHaveLength(STORE_LIMITS.query);
    }
    const vote = toFeedbackRecord({
      type: 'vote',
      at: AT,
      user: 'U2',
      answer: 'faq:x',
      helpful: false,
      query: HUGE,
    });
    expect((vote as { query: string }).query).toHaveLength(STORE_LIMITS.query);
  });

  test('an over-long id is refused, not cut into another id', () => {
    expect(toFeedbackRecord({ ...candidate, chosen: `faq:${HUGE}` })).toBeUndefined();
    expect(toFeedbackRecord({ ...candidate, user: HUGE })).toBeUndefined();
    expect(toFeedbackRecord({ ...candidate, surface: HUGE })).toBeUndefined();
    expect(
      toFeedbackRecord({ type: 'vote', at: AT, user: 'U1', answer: HUGE, helpful: true }),
    ).toBeUndefined();
    expect(
      toFeedbackRecord({
        type: 'gap',
        at: AT,
        user: 'U1',
        surface: 'dm',
        query: 'q',
        kind: 'none',
        confidence: 0,
        roles: [HUGE],
      }),
    ).toBeUndefined();
  });

  test('a question named more roles than any real one keeps the first few', () => {
    const roles = Array.from({ length: 500 }, (_, i) => `role-${i}`);
    const gap = toFeedbackRecord({
      type: 'gap',
      at: AT,
      user: 'U1',
      surface: 'dm',
      query: 'q',
      kind: 'none',
      confidence: 0,
      roles,
    });
    expect((gap as { roles: string[] }).roles).toHaveLength(STORE_LIMITS.roles);
  });

  test('a cut never splits an emoji', () => {
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('abc', 5)).toBe('abc');
  });

  test('the file never holds a 100,000-character value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'role-bot-records-'));
    try {
      const store = createJsonlStore(dir);
      await store.append({ ...candidate, query: HUGE });
      await expect(store.append({ ...candidate, chosen: `faq:${HUGE}` })).rejects.toThrow(TypeError);
      const text = await readFile(join(dir, 'feedback-2026-11.jsonl'), 'utf8');
      expect(text.length).toBeLessThan(STORE_LIMITS.query + 500);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
