import type { Faq, Role, Verdict } from '../knowledge/types';
import type { SmallTalk } from './intent';
import { MATCH_OPTIONS } from './options';

/** Something the person may have meant instead: rendered as "did you mean" buttons. */
export type Suggestion =
  | { kind: 'faq'; id: string; label: string }
  | { kind: 'comparison'; roles: [string, string]; label: string }
  | { kind: 'role'; id: string; label: string };

/** A remark the renderers show beside the answer. Text is the engine's own words, never the user's. */
export interface Note {
  code:
    | 'ambiguous-alias'
    | 'truncated'
    | 'same-role'
    | 'one-role'
    | 'extra-roles'
    | 'fuzzy-role'
    | 'unknown-person'
    | 'unknown-role';
  text: string;
}

/** A pair of roles side by side, oriented the way the person asked (a first). */
export interface ComparisonView {
  a: Role;
  b: Role;
  /** True when a curated comparison file exists for the pair; false for profiles side by side. */
  curated: boolean;
  summary: string;
  differences: { aspect: string; a: string; b: string }[];
  similarities: string[];
  chooseAWhen: string[];
  chooseBWhen: string[];
  onePersonBoth?: { verdict: Verdict; answer: string; reasons: string[] };
  /** Related FAQ ids. */
  related: string[];
}

interface Common {
  /** The question as the engine read it (trimmed, cut at the length limit). */
  query: string;
  /** How sure the engine is, 0..1. */
  confidence: number;
  alternatives: Suggestion[];
  notes: Note[];
  /** Ids of the roles the question named, in order (for gap reports: "PO + Tech Lead: 7 unanswered"). */
  mentioned: string[];
  /**
   * Role ids whose holders the question asks for ("who is our PO?", "who do I ask about priorities?").
   * The engine knows roles, not people: a surface that keeps role holders answers with them.
   */
  asksWho?: string[];
}

/** Everything the engine can answer. "No answer" is a value with suggestions, never an exception. */
export type Answer =
  | (Common & {
      kind: 'faq';
      faq: Faq;
      related: Suggestion[];
      /** Further FAQs answered in the same message, after `faq`: the other side of a "pros and cons" question. */
      also?: Faq[];
      /** Read from the question's shape ("can the EM be the PO?"), as a comparison is: the classifier does not overrule it. */
      combining?: true;
    })
  | (Common & { kind: 'comparison'; comparison: ComparisonView })
  | (Common & { kind: 'role'; role: Role; comparisons: Suggestion[] })
  | (Common & { kind: 'list'; roles: Role[] })
  | (Common & {
      kind: 'help';
      examples: string[];
      /** Set when the message was only small talk (a greeting, thanks, "ok"), which the reply answers in kind. */
      smallTalk?: SmallTalk;
    })
  | (Common & { kind: 'none'; suggestions: Suggestion[] });

/** The kinds of answer, for exhaustive switches. */
export type AnswerKind = Answer['kind'];

/** A direct request for one piece of knowledge, as buttons carry it (no matching involved). */
export type Lookup = { kind: 'faq' | 'role'; id: string } | { kind: 'comparison'; roles: [string, string] };

/** True when an answer that matched something (FAQ, role, comparison) is below the sure presentation. */
export function isUnsure(answer: Answer): boolean {
  const matched = answer.kind === 'faq' || answer.kind === 'role' || answer.kind === 'comparison';
  return matched && answer.confidence < MATCH_OPTIONS.sureMinConfidence;
}
