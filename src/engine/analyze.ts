import type { ConceptMatcher } from './concepts';
import { MATCH_OPTIONS, type MatchOptions } from './options';
import type { RoleDetector, RoleMention } from './roles';
import { baseForm, isStopword, normalizeText, stem, words } from './text';
import type { TypoCorrector } from './typos';

/** What text is read with: the roles it may name and the concepts its words may stand for. */
export interface Lexicon {
  roles: RoleDetector;
  concepts: ConceptMatcher;
  /** The engine's options (the frozen defaults when absent). */
  match?: MatchOptions;
}

/** A piece of text read for matching: the roles it names and its content terms. */
export interface Analysis {
  /** Normalized words, as typed. */
  words: string[];
  mentions: RoleMention[];
  /** Words outside role mentions, read as concepts, without stopwords, not stemmed. */
  content: string[];
  /** Stemmed content terms plus one `@role-id` term per role named. */
  terms: string[];
}

/** The term a role contributes to matching. */
export const roleTerm = (roleId: string): string => `@${roleId}`;

/** Reads text into roles and terms; `typos` corrects query words to known ones (not used when indexing). */
export function analyze(text: string, lexicon: Lexicon, typos?: TypoCorrector): Analysis {
  const all = words(normalizeText(text.slice(0, (lexicon.match ?? MATCH_OPTIONS).maxQuestionLength)));
  const mentions = lexicon.roles.detect(all);
  const rest: string[] = [];
  let at = 0;
  for (const m of mentions) {
    rest.push(...all.slice(at, m.start));
    at = m.end;
  }
  rest.push(...all.slice(at));
  const corrected = (typos ? rest.map((w) => typos.correct(w)) : rest).map(baseForm);
  const content = lexicon.concepts.rewrite(corrected).filter((w) => !isStopword(w));
  const terms = new Set(content.map(stem));
  for (const m of mentions) terms.add(roleTerm(m.role.id));
  return { words: all, mentions, content, terms: [...terms] };
}

/** One analysis of a whole message from the analyses of its sentences (no text is read twice). */
export function mergeAnalyses(parts: readonly Analysis[]): Analysis {
  const merged: Analysis = { words: [], mentions: [], content: [], terms: [] };
  const terms = new Set<string>();
  for (const part of parts) {
    const offset = merged.words.length;
    merged.words.push(...part.words);
    merged.mentions.push(
      ...part.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })),
    );
    merged.content.push(...part.content);
    for (const t of part.terms) terms.add(t);
  }
  merged.terms = [...terms];
  return merged;
}
