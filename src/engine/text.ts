import { GRAMMAR, STOPWORDS } from './vocabulary';

/** Lowercase, accents off, typographic quotes straightened, Slack markup and emoji codes removed. */
export function normalizeText(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/<[@#!][^>]*>/g, ' ') // user, channel and special mentions
    .replace(/<(https?:[^>|]*)(\|[^>]*)?>/g, ' ') // links
    .replace(/:[a-z0-9_+-]+:/g, ' ') // emoji shortcodes
    .replace(/\b((?:[a-z]\.){2,})/g, (m) => m.replace(/\./g, '')) // p.o. -> po
    .replace(/'s\b/g, '') // possessives: tech lead's -> tech lead
    .replace(/(\p{L})'(\p{L})/gu, '$1$2') // contractions: isn't -> isnt, they're -> theyre
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/\bmgmt\b/g, 'management')
    .replace(/\bmgrs?\b/g, 'manager')
    .replace(/\bprod (management|manager)\b/g, 'product $1')
    .replace(/\beng (management|manager)\b/g, 'engineering $1')
    .replace(/[^\p{L}\p{N}\s+/:]/gu, ' ');
}

/** Splits a message into its sentences, so the question at the end of a long story is read on its own. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!]["'”’)\]]*)\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Splits normalized text into words. */
export function words(normalized: string): string[] {
  return normalized.split(/[\s/:+]+/).filter(Boolean);
}

/** A word in its base form where grammar hides it ("wrote" -> "write", "whose" -> "who"). */
export function baseForm(word: string): string {
  return GRAMMAR.get(word) ?? word;
}

const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ed', 'ies', 'es', 's', 'ly'];

/** A light stemmer: enough to meet "owns/owner/owning" and "prioritise/prioritize", no more. */
export function stem(word: string): string {
  let w = word.replace(/is(e|es|ed|ing|ation|ations)$/, (_m, end: string) =>
    word.length >= 8 ? `iz${end}` : `is${end}`,
  );
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && /(ss|us|is)$/.test(w))) {
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** True for words that carry no meaning for matching. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
