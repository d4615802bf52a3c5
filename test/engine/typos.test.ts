// Misspelt roles and words: two swapped letters are one edit, and the closest role wins.
import type { Answer } from '../../src/engine';
import { createAnswerEngine } from '../../src/engine';
import { editDistance, TypoCorrector } from '../../src/engine/typos';
import { loadKnowledge } from '../../src/knowledge/load';
import { SMALL_KB, smallEngine } from '../helpers/engine';

const roleOf = (a: Answer) => (a.kind === 'role' ? a.role.id : a.kind);

describe('edit distance', () => {
  it('counts two swapped neighbours as one edit', () => {
    expect(editDistance('tehclead', 'techlead')).toBe(1);
    expect(editDistance('tehclead', 'qalead')).toBe(4);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('role names with swapped letters', () => {
  it.each([
    ['tehc lead', 'tech-lead'],
    ['tech laed', 'tech-lead'],
    ['scrum mastre', 'scrum-master'],
    ['agiel coach', 'agile-coach'],
    ['enigneering manager', 'engineering-manager'],
  ])('reads %j as %s, less sure than when spelt right', (typed, id) => {
    const a = smallEngine().answer(typed);
    expect(roleOf(a)).toBe(id);
    expect(a.confidence).toBeLessThan(1);
  });
});

describe('a title a few letters from a role', () => {
  it('is not read as that role: "train engineer" is four edits from "staff engineer"', () => {
    const kb = loadKnowledge(SMALL_KB);
    const a = createAnswerEngine(kb).answer('release train engineer');
    expect(a.mentioned).toEqual([]);
    expect(a.kind).toBe('none');
    // With no bound on the edits, Fuse's nearest alias would have named the Staff Engineer.
    const unbounded = createAnswerEngine(kb, undefined, { match: { aliasFuzzyMaxEditShare: 10 } });
    expect(unbounded.answer('release train engineer').mentioned).toEqual(['staff-engineer']);
  });
});

describe('words with swapped letters', () => {
  const typos = new TypoCorrector(['manager', 'backlog', 'refinement']);
  it('corrects a swap in a word of five letters or more', () => {
    expect(typos.correct('mangaer')).toBe('manager');
    expect(typos.correct('bakclog')).toBe('backlog');
  });
  it('leaves unknown words that are no swap of a known one alone', () => {
    expect(typos.correct('salary')).toBe('salary');
  });
});
