// Candidates to learn from: the report's grouping by chosen answer, and the lists role-bot learn offers.
import { negativeCandidates, phrasingCandidates, samePhrasing } from '../../src/store/candidates';
import { buildReport, type ReportNames } from '../../src/store/summary';
import type { CandidateRecord, FeedbackRecord, GapRecord, VoteRecord } from '../../src/store/types';

const names: ReportNames = {
  roles: new Map([
    ['product-owner', 'Product Owner'],
    ['tech-lead', 'Tech Lead'],
  ]),
  faqs: new Map([['who-owns-backlog', 'Who owns the backlog?']]),
};

let minute = 0;
const at = () => new Date(Date.UTC(2026, 10, 2, 9, ++minute)).toISOString();
const chose = (query: string, chosen: string): CandidateRecord => ({
  type: 'candidate',
  at: at(),
  user: 'U1',
  surface: 'button',
  query,
  kind: 'none',
  confidence: 0,
  chosen,
});
const gap = (query: string, kind: GapRecord['kind'] = 'none'): GapRecord => ({
  type: 'gap',
  at: at(),
  user: 'U2',
  surface: 'mention',
  query,
  kind,
  confidence: kind === 'none' ? 0 : 0.4,
  roles: [],
});
const downVote = (query: string | undefined, helpful = false): VoteRecord => ({
  type: 'vote',
  at: at(),
  user: 'U3',
  answer: 'faq:who-owns-backlog',
  helpful,
  ...(query ? { query } : {}),
});

describe('the report', () => {
  const records: FeedbackRecord[] = [
    chose('who orders the tickets', 'faq:who-owns-backlog'),
    chose('Who orders the tickets?', 'faq:who-owns-backlog'),
    chose('who picks what we build next', 'faq:who-owns-backlog'),
    chose('po or tl, who is who', 'compare:product-owner,tech-lead'),
    gap('office plants?'),
  ];
  const report = buildReport(records, names);

  test('counts the clicks', () => {
    expect(report.totals.candidates).toBe(4);
  });

  test('groups them by the answer chosen, most clicked first, with the distinct questions', () => {
    expect(report.candidates).toEqual([
      {
        answer: 'faq:who-owns-backlog',
        label: 'Who owns the backlog?',
        count: 3,
        questions: ['who orders the tickets', 'who picks what we build next'],
      },
      {
        answer: 'compare:product-owner,tech-lead',
        label: 'Product Owner vs Tech Lead',
        count: 1,
        questions: ['po or tl, who is who'],
      },
    ]);
  });
});

describe('phrasings to learn', () => {
  test('are each distinct question and answer once, most chosen first', () => {
    const list = phrasingCandidates([
      chose('tl or po?', 'compare:product-owner,tech-lead'),
      chose('who orders the tickets', 'faq:who-owns-backlog'),
      chose('WHO orders the tickets!', 'faq:who-owns-backlog'),
    ]);
    expect(list.map((c) => [c.query, c.chosen, c.count])).toEqual([
      ['who orders the tickets', 'faq:who-owns-backlog', 2],
      ['tl or po?', 'compare:product-owner,tech-lead', 1],
    ]);
  });

  test('compare with case, accents and punctuation ignored', () => {
    expect(samePhrasing('  Qui décide, le PO?! ')).toBe(samePhrasing('qui decide le po'));
  });
});

describe('out-of-scope candidates', () => {
  test('are questions answered "none" and questions voted not helpful, each once', () => {
    const list = negativeCandidates([
      gap('how much does a po earn'),
      gap('How much does a PO earn?'),
      gap('is the po a boss', 'faq'),
      downVote('can the po fire people'),
      downVote(undefined),
      downVote('was this helpful', true),
    ]);
    expect(list.map((c) => [c.query, c.reason, c.count])).toEqual([
      ['how much does a po earn', 'none', 2],
      ['can the po fire people', 'not-helpful', 1],
    ]);
    expect(list[1]?.answer).toBe('faq:who-owns-backlog');
  });

  test('leave out a question someone then found an answer for', () => {
    const list = negativeCandidates([
      gap('who orders the tickets'),
      chose('who orders the tickets', 'faq:who-owns-backlog'),
    ]);
    expect(list).toEqual([]);
  });
});
