import { singular } from '../knowledge/normalize';
import type { Concept } from '../knowledge/types';
import { normalizeText, words } from './text';

/**
 * Reads the words of `knowledge/concepts.yml` as their concept: "programmers" and "coder" become
 * `developer`, "line manager" becomes `boss`. Whole words and phrases only, longest phrase first,
 * singular and plural alike, so a question and an FAQ phrasing that say the same thing meet.
 */
export class ConceptMatcher {
  /** First word (singular) of each phrase -> the phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, { words: string[]; concept: string }[]>();

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      for (const phrase of [c.concept, ...c.words]) {
        const ws = words(normalizeText(phrase)).map(singular);
        const first = ws[0];
        if (!first) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ words: ws, concept: c.concept });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(first, list);
      }
    }
  }

  /** Every word the concept list knows, so typo correction leaves them alone and aims at them. */
  vocabulary(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.flatMap((p) => p.words));
  }

  /** The words with each concept word or phrase replaced by its concept's name. */
  rewrite(typed: readonly string[]): string[] {
    if (this.byFirst.size === 0) return [...typed];
    const base = typed.map(singular);
    const out: string[] = [];
    for (let i = 0; i < typed.length; ) {
      const hit = this.byFirst
        .get(base[i] as string)
        ?.find((p) => p.words.every((w, k) => base[i + k] === w));
      out.push(hit ? hit.concept : (typed[i] as string));
      i += hit ? hit.words.length : 1;
    }
    return out;
  }
}
