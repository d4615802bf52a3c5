import { buildReport, labelAnswer, NO_ROLE_LABEL, type ReportNames } from '../../src/store/summary';
import type { GapRecord, VoteRecord } from '../../src/store/types';

const names: ReportNames = {
  roles: new Map([
    ['product-owner', 'Product Owner'],
    ['tech-lead', 'Tech Lead'],
    ['scrum-master', 'Scrum Master'],
  ]),
  faqs: new Map([['who-owns-backlog', 'Who owns and prioritizes the product backlog?']]),
};

let minute = 0;
/** A gap one minute after the previous one, so "most recent" is the last made. */
const gap = (query: string, roles: string[] = []): GapRecord => ({
  type: 'gap',
  at: new Date(Date.UTC(2026, 10, 2, 9, ++minute)).toISOString(),
  user: 'U1',
  surface: 'command',
  query,
  kind: 'none',
  confidence: 0,
  roles,
});
const vote = (answer: string, helpful: boolean, at = '2026-11-02T12:00:00.000Z'): VoteRecord => ({
  type: 'vote',
  at,
  user: 'U2',
  answer,
  helpful,
});

describe('unanswered questions grouped by the roles they name', () => {
  const records = [
    gap('po and tl pay review?', ['product-owner', 'tech-lead']),
    gap('Who hires, PO or TL?', ['tech-lead', 'product-owner']),
    gap('who hires, po or tl?', ['product-owner', 'tech-lead']),
    gap('tl and po budget', ['tech-lead', 'product-owner', 'tech-lead']),
    gap('office plants?'),
    gap('cto vs intern', ['cto', 'intern']),
  ];
  const { unansweredByRoles } = buildReport(records, names);

  test('puts questions naming the same roles in any order in one group', () => {
    expect(unansweredByRoles[0]).toMatchObject({ roles: ['product-owner', 'tech-lead'], count: 4 });
  });

  test('labels a group with the role names joined by +', () => {
    expect(unansweredByRoles[0]?.label).toBe('Product Owner + Tech Lead');
  });

  test('labels questions naming no role plainly', () => {
    expect(unansweredByRoles.find((g) => g.roles.length === 0)?.label).toBe(NO_ROLE_LABEL);
  });

  test('falls back to ids for roles it has no name for', () => {
    expect(unansweredByRoles.map((g) => g.label)).toContain('cto + intern');
  });

  test('gives up to three distinct queries, most recent first', () => {
    expect(unansweredByRoles[0]?.examples).toEqual([
      'tl and po budget',
      'who hires, po or tl?',
      'po and tl pay review?',
    ]);
  });

  test('sorts by count, most first', () => {
    const counts = unansweredByRoles.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('keeps only the top groups when asked', () => {
    expect(buildReport(records, names, { top: 1 }).unansweredByRoles).toHaveLength(1);
  });
});

describe('answers voted not helpful', () => {
  const records = [
    vote('faq:who-owns-backlog', false),
    vote('faq:who-owns-backlog', false),
    vote('faq:who-owns-backlog', true),
    vote('compare:product-owner,scrum-master', false),
    vote('role:tech-lead', false),
    vote('role:tech-lead', false),
    vote('role:tech-lead', false),
    vote('role:scrum-master', true),
  ];
  const { notHelpful } = buildReport(records, names);

  test('are sorted by not-helpful votes, most first, with their helpful votes beside', () => {
    expect(notHelpful.map((r) => [r.answer, r.notHelpful, r.helpful])).toEqual([
      ['role:tech-lead', 3, 0],
      ['faq:who-owns-backlog', 2, 1],
      ['compare:product-owner,scrum-master', 1, 0],
    ]);
  });

  test('leave out answers nobody found unhelpful', () => {
    expect(notHelpful.map((r) => r.answer)).not.toContain('role:scrum-master');
  });

  test('are labelled with the FAQ question, the role name or "A vs B"', () => {
    expect(notHelpful.map((r) => r.label)).toEqual([
      'Tech Lead',
      'Who owns and prioritizes the product backlog?',
      'Product Owner vs Scrum Master',
    ]);
  });
});

describe('labels for answers the knowledge does not know', () => {
  test.each([
    ['faq:gone-faq', 'gone-faq'],
    ['role:cto', 'cto'],
    ['compare:cto,tech-lead', 'cto vs Tech Lead'],
    ['something-else', 'something-else'],
  ])('%s is shown as %s', (answer, label) => {
    expect(labelAnswer(answer, names)).toBe(label);
  });
});

describe('totals', () => {
  test('count gaps and votes and give the helpful ratio', () => {
    const report = buildReport(
      [gap('a'), vote('role:tech-lead', true), vote('role:tech-lead', true), vote('role:tech-lead', false)],
      names,
    );
    expect(report.totals).toEqual({
      gaps: 1,
      votes: 3,
      helpful: 2,
      notHelpful: 1,
      helpfulRatio: 2 / 3,
      candidates: 0,
      drafts: 0,
    });
  });

  test('give no ratio (null, not NaN) when there are no votes', () => {
    expect(buildReport([gap('a')], names).totals.helpfulRatio).toBeNull();
  });

  test('are all zero for no records', () => {
    expect(buildReport([], names)).toEqual({
      since: null,
      totals: { gaps: 0, votes: 0, helpful: 0, notHelpful: 0, helpfulRatio: null, candidates: 0, drafts: 0 },
      unansweredByRoles: [],
      notHelpful: [],
      candidates: [],
      drafts: [],
    });
  });
});

describe('a report since a given time', () => {
  const since = new Date('2026-11-02T12:00:00.000Z');
  const report = buildReport(
    [vote('role:tech-lead', false, '2026-11-01T00:00:00.000Z'), vote('role:tech-lead', true)],
    names,
    { since },
  );

  test('leaves out older records', () => {
    expect(report.totals).toMatchObject({ votes: 1, helpful: 1 });
  });

  test('says when it starts', () => {
    expect(report.since).toBe('2026-11-02T12:00:00.000Z');
  });
});
