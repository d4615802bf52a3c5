import type { Role } from '../knowledge/types';
import type { Analysis } from './analyze';
import { extraWords } from './intent';
import type { RoleMention } from './roles';

/**
 * What a sentence asks for, read from its shape rather than its topic: "isn't a SM just a PM?" and
 * "PO/TL" compare two roles; "what's a delivery manager for?" asks for the role itself; "po vs devops"
 * compares a role with a word that names no role.
 */
export type Shape =
  | { kind: 'compare'; roles: Role[] }
  | { kind: 'role'; role: Role }
  | { kind: 'compare-unknown'; role: Role; word: string };

/** Words that may stand between two roles and leave a comparison: "X or Y", "X just a Y", "X, the same as Y". */
const JOINERS = new Set(
  `or vs versus v as a an the just same like isnt is are really basically simply glorified renamed rebranded
   another fancy equivalent to rather than maybe either also`.split(/\s+/),
);
/** Words between two roles that make them alternatives, not a list ("PO and TL" may well be one person). */
const CHOICE = new Set('or vs versus v just same glorified renamed rebranded equivalent rather'.split(' '));
/** Words a "tell me about this role" question may carry besides the role and the usual look-up words. */
const ROLE_LOOKUP = new Set(
  `point purpose need needed needs rest time week weeks walk through typical typically life big deal scope
   become becoming thinking considering want wants everyone people why exist exists useful for new exactly
   job jobs look looks actual real daily makes make even anyway hell heck wtf day days do does doing`.split(
    /\s+/,
  ),
);
/** Cues that put a role beside another thing: "po vs devops". */
const BESIDE = new Set(['vs', 'versus', 'v', 'or', 'compared', 'compare']);

/** The shape of one sentence, or undefined; `afterAnother` when an earlier sentence asked something. */
export function shapeOf(a: Analysis, afterAnother = false, sole?: Role): Shape | undefined {
  const [first, ...others] = a.mentions;
  // "Our QA lead is new. What does she do all day?": the one role the message names.
  if (!first) return sole && PRONOUN_ASK.test(a.words.join(' ')) ? { kind: 'role', role: sole } : undefined;
  const second = others.find((m) => m.role.id !== first.role.id);
  if (second) return comparisonShape(a);
  if (others.length > 0) return undefined;
  const unknown = besideUnknown(a.words, first);
  if (unknown) return { kind: 'compare-unknown', role: first.role, word: unknown };
  const rest = extraWords(a.content).filter((w) => !ROLE_LOOKUP.has(w));
  // A bare role after another question is a guess at its answer ("who runs it? the SM?"), not a look-up.
  const asksRole =
    (rest.length === 0 && (a.content.length > 0 || !afterAnother)) || asksWhatRoleIs(a.words, first);
  return asksRole ? { kind: 'role', role: first.role } : undefined;
}

/** Filler that may sit between the parts of "what does a good X actually do". */
const FILLER = new Set(
  'a an the good great typical our your their my this that actually really exactly even all day'.split(' '),
);
const DO = new Set(['do', 'does', 'doing']);
const NEED = new Set(['need', 'needs', 'have', 'hire', 'want']);
const ROLE_NOUNS = new Set(['role', 'job', 'point', 'purpose', 'responsibilities', 'duties', 'meaning']);

/**
 * "what does a good X actually do", "what do they do", "what is a X?", "what is an X's role in ...",
 * "the point of a X", "why do we need an X": the question is the role, whatever the rest of the sentence says.
 */
function asksWhatRoleIs(words: readonly string[], m: RoleMention): boolean {
  const before = skip(words.slice(0, m.start).reverse(), FILLER);
  const after = skip(words.slice(m.end), FILLER);
  const [b0, b1, b2] = before;
  if (b0 && DO.has(b0) && b1 === 'what' && words.length <= m.end + 1) return true; // "what do Xs do" (a list)
  if (b1 === 'what' && b0 && DO.has(b0) && after[0] && DO.has(after[0])) return true;
  if (b0 === 'what' && after[0] && DO.has(after[0])) return true; // "what a X does"
  if ((b0 === 'is' || b0 === 'are' || b0 === 's') && (b1 === 'what' || b1 === 'who')) {
    const next = after[0];
    return (
      next === undefined ||
      ['and', 'or', 'like', 'anyway', 'for', 'in', 'at', 'on'].includes(next) ||
      ROLE_NOUNS.has(next)
    );
  }
  if (b0 === 'of' && b1 && ROLE_NOUNS.has(b1) && b2 !== undefined) return true; // "the role of a X"
  if (
    b0 &&
    NEED.has(b0) &&
    (b1 === 'we' || b1 === 'you' || b1 === 'they' || b1 === 'really' || b1 === 'even')
  ) {
    return before.slice(1, 5).some((w) => w === 'why' || w === 'do' || w === 'does');
  }
  return PRONOUN_ASK.test(words.join(' '));
}

const PRONOUN_ASK = /\bwhat (do|does|did) (they|he|she|them) (actually |really |even )?do\b/;

/** The words from the first one not in `set`. */
function skip(words: readonly string[], set: ReadonlySet<string>): string[] {
  let i = 0;
  while (i < words.length && set.has(words[i] as string)) i++;
  return words.slice(i);
}

function comparisonShape(a: Analysis): Shape | undefined {
  const roles: Role[] = [];
  let choice = false;
  let last: RoleMention | undefined;
  for (const m of a.mentions) {
    if (roles.includes(m.role)) continue;
    if (last) {
      const between = a.words.slice(last.end, m.start);
      if (!between.every((w) => JOINERS.has(w))) break;
      choice ||= between.some((w) => CHOICE.has(w));
    }
    roles.push(m.role);
    last = m;
  }
  // "PO/TL" compares; "combine PO + TL in one person" asks something else about the two.
  if (roles.length < 2 || (!choice && extraWords(a.content).length > 1)) return undefined;
  return { kind: 'compare', roles };
}

/** "po vs devops", "devops or po": the word on the other side of the cue, when it is not a role. */
function besideUnknown(words: readonly string[], m: RoleMention): string | undefined {
  if (m.start > 0 && m.end < words.length) return undefined;
  const after = words.slice(m.end);
  const before = words.slice(0, m.start);
  const [cue, ...rest] = after.length > 0 ? after : [...before].reverse();
  const other = after.length > 0 ? rest : rest.reverse();
  if (!cue || !BESIDE.has(cue) || other.length === 0 || other.length > 2) return undefined;
  return other.join(' ');
}
