import type { Faq, KnowledgeBase } from '../src/knowledge/types';

/** A small deterministic PRNG (mulberry32), so every bench run measures the same knowledge. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'qui',
  'dex',
  'bar',
  'sul',
  'fen',
  'gro',
  'pli',
  'nor',
];

/**
 * The shipped knowledge grown to `count` FAQs: each new FAQ reuses a shipped one's phrasings with
 * words swapped for a vocabulary of made-up topic words, so postings grow as a real knowledge base's would.
 */
export function syntheticKnowledge(kb: KnowledgeBase, count: number, seed = 42): KnowledgeBase {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const topics = Array.from({ length: 4000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES));
  const mutate = (text: string) =>
    text
      .split(' ')
      .map((w) => (w.length > 4 && next() < 0.35 ? pick(topics) : w))
      .join(' ');
  const faqs: Faq[] = [...kb.faqs];
  for (let i = faqs.length; i < count; i++) {
    const base = pick(kb.faqs);
    faqs.push({
      ...base,
      id: `${base.id}-${i}`,
      question: mutate(base.question),
      alternates: base.alternates.map(mutate),
      related: [],
    });
  }
  return { ...kb, faqs, version: `synthetic-${count}` };
}
