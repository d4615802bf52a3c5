import { MATCH_OPTIONS, type MatchOptions } from './options';

/**
 * Corrects a misspelt word to a known one within one edit (insert, delete, substitute, swap), using
 * a deletion index: constant time per word, which a fuzzy scan over the whole vocabulary is not.
 */
export class TypoCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly o: MatchOptions = MATCH_OPTIONS,
  ) {
    const known = new Set<string>();
    for (const word of vocabulary) {
      if (word.length < this.o.typoMinLength || /\d/.test(word)) continue;
      known.add(word);
      for (const variant of deletions(word))
        if (!this.byDeletion.has(variant)) this.byDeletion.set(variant, word);
    }
    this.known = known;
  }

  /** The word itself when known or too short to judge, else its correction, else the word unchanged. */
  correct(word: string): string {
    if (word.length < this.o.typoMinLength || this.known.has(word) || /\d/.test(word)) return word;
    const asDeletion = this.byDeletion.get(word); // a letter too few: "acceptnce"
    if (asDeletion) return asDeletion;
    for (const variant of swaps(word)) if (this.known.has(variant)) return variant; // two letters swapped: "mangaer"
    for (const variant of deletions(word)) {
      if (this.known.has(variant)) return variant; // a letter too many
      const match = this.byDeletion.get(variant); // a wrong or swapped letter
      // A one-letter swap turns short real words into others ("stick" -> "stack"): only trust it on long words.
      if (match && (match.length !== word.length || word.length >= this.o.substitutionMinLength))
        return match;
    }
    return word;
  }
}

function* deletions(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

function* swaps(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/** Edits between two strings, counting two swapped neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
