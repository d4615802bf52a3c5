// Questions read by their shape: long stories, comparisons asked as questions, role questions in disguise.
// Asked of the small fixture knowledge (test/fixtures/kb-small), so editing a shipped FAQ cannot break them.
import type { Answer } from '../../src/engine';
import { MATCH_OPTIONS } from '../../src/engine/options';
import { smallEngine } from '../helpers/engine';

const ask = (q: string): Answer => smallEngine().answer(q);
const what = (a: Answer) =>
  a.kind === 'faq' || a.kind === 'role'
    ? `${a.kind}:${a.kind === 'faq' ? a.faq.id : a.role.id}`
    : a.kind === 'comparison'
      ? `comparison:${a.comparison.a.id}+${a.comparison.b.id}`
      : a.kind;

describe('comparisons asked as questions', () => {
  it.each([
    [
      'is an agile coach basically a scrum master with a bigger title?',
      'comparison:agile-coach+scrum-master',
    ],
    // (An FAQ names both roles: the comparison's shape still wins.)
    ['is a business analyst the same as a product owner', 'comparison:business-analyst+product-owner'],
    [
      // (Not "tech lead or EM" as a next step: the FAQ on that career fork answers it, rightly.)
      'would I be happier as an architect or rather as a staff engineer?',
      'comparison:software-architect+staff-engineer',
    ],
    ['SM/agile coach', 'comparison:scrum-master+agile-coach'],
    [
      'qa lead or business analyst, who would you bring in first for discovery work?',
      'comparison:qa-lead+business-analyst',
    ],
  ])('%j compares the two roles', (q, expected) => {
    expect(what(ask(q))).toBe(expected);
  });

  it('compares the first two of three roles and offers the other pairs', () => {
    const a = ask('QA lead, tech lead or architect: which one should we bring in first?');
    expect(what(a)).toBe('comparison:qa-lead+tech-lead');
    expect(a.notes.map((n) => n.code)).toContain('extra-roles');
    const pairs = a.alternatives.flatMap((s) =>
      s.kind === 'comparison' ? [[...s.roles].sort().join('+')] : [],
    );
    expect(pairs).toEqual(
      expect.arrayContaining(['qa-lead+software-architect', 'software-architect+tech-lead']),
    );
  });

  it('keeps the FAQ when the question really asks it', () => {
    expect(what(ask('can the same person be PO and tech lead?'))).toBe('faq:po-tl-one-person');
  });

  it('says which word it did not read as a role, and answers the role it knows', () => {
    for (const q of ['sm vs kanban', 'kanban versus sm']) {
      const a = ask(q);
      expect(what(a)).toBe('role:scrum-master');
      const note = a.notes.find((n) => n.code === 'unknown-role');
      expect(note?.text).toContain('"kanban"');
    }
  });
});

describe('role questions in disguise', () => {
  it.each([
    ['honestly, what is a staff engineer for?', 'role:staff-engineer'],
    ['what does a good project manager actually do all week', 'role:project-manager'],
    [
      'We keep hearing about agile coaching at conferences. Why would we even need an agile coach?',
      'role:agile-coach',
    ],
    ["I'm curious what a business analyst does in a product team", 'role:business-analyst'],
    [
      'Our QA lead joined last month. We meet her at planning, but what does she do the rest of the sprint?',
      'role:qa-lead',
    ],
    ['what is the purpose of a product manager in a company of twenty people?', 'role:product-manager'],
  ])('%j is the role card', (q, expected) => {
    const a = ask(q);
    expect(what(a)).toBe(expected);
    expect(a.confidence).toBeGreaterThanOrEqual(MATCH_OPTIONS.sureMinConfidence);
  });

  it('still answers who holds the role in your team with "I don\'t know"', () => {
    expect(what(ask('who is our project manager?'))).toBe('none');
  });
});

describe('long, story-like questions', () => {
  it('finds the asking sentence without a question mark', () => {
    const story =
      'Our team has six developers and a product owner who also joins every design discussion. ' +
      'Last week she picked the database for the new service. ' +
      'is it normal for the PO to decide how things get built';
    expect(['faq:po-how-vs-what', 'faq:who-decides-what-vs-how']).toContain(what(ask(story)));
  });

  it('reads the question inside quotes at the end of a story', () => {
    const story =
      'At the all-hands the finance lead stood up. She asked, “what is a scrum master, really?” Nobody had a short answer.';
    expect(what(ask(story))).toBe('role:scrum-master');
  });
});

describe('one person, two roles', () => {
  it.each([
    ['can the PO be the SM?', 'faq:po-sm-one-person'],
    ['product owner as the scrum master, ok?', 'faq:po-sm-one-person'],
    ['should our tl also be the po', 'faq:po-tl-one-person'],
    ['one person as tech lead and product owner', 'faq:po-tl-one-person'],
  ])('answers %j with the FAQ about holding both, sure', (q, id) => {
    const a = ask(q);
    expect(what(a)).toBe(id);
    expect(a.kind === 'faq' && a.combining).toBe(true);
    expect(a.alternatives).toContainEqual(expect.objectContaining({ kind: 'comparison' }));
  });

  it.each([
    ['po or sm?', 'comparison:product-owner+scrum-master'],
    ['po vs sm', 'comparison:product-owner+scrum-master'],
  ])('still compares %j', (q, expected) => {
    expect(what(ask(q))).toBe(expected);
  });

  it("does not answer a pair the knowledge has no such FAQ for with another pair's FAQ", () => {
    const a = ask('can the scrum master be the tech lead?');
    expect(a.kind === 'faq' && a.combining).toBeFalsy();
    expect(what(a)).not.toMatch(/one-person/);
  });
});
