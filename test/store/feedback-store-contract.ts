// The behaviour every FeedbackStore promises, run against each implementation (JSON Lines, PostgreSQL).
import { STORE_LIMITS } from '../../src/store/records';
import type { CandidateRecord, FeedbackStore, GapRecord, VoteRecord } from '../../src/store/types';

/** A gap record at `at`. */
export const gap = (at: string, query = 'who signs off the budget?'): GapRecord => ({
  type: 'gap',
  at,
  user: 'U123',
  surface: 'mention',
  query,
  kind: 'none',
  confidence: 0,
  roles: ['product-owner'],
});
/** A vote record at `at`. */
export const vote = (at: string, helpful = false): VoteRecord => ({
  type: 'vote',
  at,
  user: 'U456',
  answer: 'faq:who-owns-backlog',
  helpful,
});
const candidate = (at: string): CandidateRecord => ({
  type: 'candidate',
  at,
  user: 'U789',
  surface: 'button',
  query: 'who picks what we build next',
  kind: 'none',
  confidence: 0.2,
  chosen: 'faq:who-owns-backlog',
});

/** Runs the FeedbackStore tests on stores made by `fresh` (each call: a new, empty store). */
export function feedbackStoreContract(fresh: () => Promise<FeedbackStore>): void {
  const opened: FeedbackStore[] = [];
  const store = async () => {
    const s = await fresh();
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
  });

  test('reads back every kind of record, oldest first', async () => {
    const s = await store();
    const written = [vote('2026-11-03T10:01:00.000Z', true), gap('2026-11-03T10:00:00.000Z')];
    const clicked = candidate('2026-11-03T10:02:00.000Z');
    for (const r of [...written, clicked]) await s.append(r);
    expect(await s.read()).toEqual([written[1], written[0], clicked]);
    expect(await s.scan()).toEqual({ records: [written[1], written[0], clicked], skipped: 0 });
  });

  test('keeps records with the same time in the order they were appended', async () => {
    const s = await store();
    const same = '2026-11-05T10:00:00.000Z';
    for (const q of ['first', 'second', 'third']) await s.append(gap(same, q));
    expect((await s.read()).map((r) => (r.type === 'gap' ? r.query : ''))).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  test('keeps all of 100 appends made at once', async () => {
    const s = await store();
    const queries = Array.from({ length: 100 }, (_, i) => `question number ${i}`);
    await Promise.all(
      queries.map((q, i) => s.append(gap(new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), q))),
    );
    const { records, skipped } = await s.scan();
    expect(skipped).toBe(0);
    expect(records.map((r) => (r.type === 'gap' ? r.query : ''))).toEqual(queries);
  });

  test('returns only records at or after since, across months', async () => {
    const s = await store();
    const [oct, early, late] = [
      gap('2026-10-31T23:00:00.000Z'),
      gap('2026-11-01T08:00:00.000Z'),
      vote('2026-11-09T08:00:00.000Z'),
    ];
    for (const r of [late, oct, early]) await s.append(r);
    expect(await s.read(new Date('2026-11-01T08:00:00.000Z'))).toEqual([early, late]);
    expect(await s.read()).toEqual([oct, early, late]);
  });

  test('keeps only the fields of the record, whatever the caller passes', async () => {
    const s = await store();
    const record = gap('2026-11-04T10:00:00.000Z');
    await s.append({ ...record, userName: 'Ada', email: 'ada@example.com' } as GapRecord);
    expect(await s.read()).toEqual([record]);
  });

  test('cuts a long question to the limit', async () => {
    const s = await store();
    await s.append(gap('2026-11-04T10:00:00.000Z', 'q'.repeat(5000)));
    const [read] = await s.read();
    expect(read?.type === 'gap' && read.query.length).toBe(STORE_LIMITS.query);
  });

  test('refuses a record without a valid time', async () => {
    const s = await store();
    await expect(s.append({ ...vote('2026-11-04'), at: 'yesterday' })).rejects.toThrow(TypeError);
    expect(await s.read()).toEqual([]);
  });

  test('reads as empty before anything is written, and says where it keeps records', async () => {
    const s = await store();
    expect(await s.read()).toEqual([]);
    expect(s.where).toEqual(expect.any(String));
  });
}
