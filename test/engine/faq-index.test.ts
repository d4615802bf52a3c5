import { readFileSync } from 'node:fs';
import { knownWords } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { ConceptMatcher } from '../../src/engine/concepts';
import { FaqIndex } from '../../src/engine/faq-index';
import { MATCH_OPTIONS, type MatchOptions } from '../../src/engine/options';
import { RoleDetector } from '../../src/engine/roles';
import { loadKnowledge } from '../../src/knowledge/load';
import { SMALL_KB } from '../helpers/engine';

// The small fixture knowledge: the floor is a property of the search, whatever the FAQs say.
const kb = loadKnowledge(SMALL_KB);
const concepts = new ConceptMatcher(kb.concepts);
const roles = { roles: new RoleDetector(kb, knownWords(kb, concepts)), concepts };
const index = new FaqIndex(
  kb.faqs.map((faq) => ({ faq, phrasings: [faq.question, ...faq.alternates].map((t) => analyze(t, roles)) })),
);
const questions: string[] = readFileSync('test/fixtures/questions.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).q);

describe('searching with a score floor', () => {
  const floor = MATCH_OPTIONS.alternativeMinScore;

  it('skips only the searches where no FAQ could have reached the floor', () => {
    let skipped = 0;
    const wrong: string[] = [];
    for (const q of questions) {
      const query = analyze(q, roles);
      const all = index.search(query, 4);
      const floored = index.search(query, 4, floor);
      if (floored.length === 0 && all.length > 0) {
        skipped += 1;
        if (all.some((m) => m.score >= floor)) wrong.push(q);
      } else if (JSON.stringify(floored) !== JSON.stringify(all)) {
        wrong.push(q);
      }
    }
    expect(wrong).toEqual([]);
    // The set holds out-of-scope questions that name a role ("salary of a product owner in Berlin").
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('a wide search (the rarest word is in too many phrasings)', () => {
  const build = (options: Partial<MatchOptions>) =>
    new FaqIndex(
      kb.faqs.map((faq) => ({
        faq,
        phrasings: [faq.question, ...faq.alternates].map((t) => analyze(t, roles)),
      })),
      { ...MATCH_OPTIONS, postingsBudget: 0, wideSearchFactor: 0, ...options },
    );
  const ids = (matches: { faq: { id: string } }[]) => matches.map((m) => m.faq.id);

  it('finds what the exact search finds when every FAQ that shares a word may be scored', () => {
    const wide = build({ wideSearchFaqs: kb.faqs.length });
    const differ = questions.filter((q) => {
      const query = analyze(q, roles);
      return JSON.stringify(wide.search(query, 4)) !== JSON.stringify(index.search(query, 4));
    });
    expect(differ).toEqual([]);
  });

  it('scores only the phrasings of the FAQs whose words cover the question best', () => {
    const narrow = build({ wideSearchFaqs: 1 });
    const query = analyze('who owns the backlog and sets its priorities?', roles);
    expect(ids(index.search(query, 4)).length).toBeGreaterThan(1);
    expect(ids(narrow.search(query, 4))).toEqual(['who-owns-backlog']);
  });
});
