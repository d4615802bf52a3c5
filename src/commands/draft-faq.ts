import { LIMITS } from '../knowledge/schema';
import type { KnowledgeBase } from '../knowledge/types';
import { withoutPings } from '../render/plain-mentions';
import { samePhrasing } from '../store/candidates';
import type { DraftRecord } from '../store/types';

/** A FAQ entry as `role-bot learn --drafts` writes it to the YAML. */
export interface FaqEntry {
  id: string;
  reviewed: string;
  owner: string;
  question: string;
  alternates: string[];
  roles: string[];
  tags: string[];
  answer: string;
}

/** What an author may give instead of the defaults. */
export interface DraftChoices {
  id?: string;
  owner?: string;
  alternates?: string[];
}

/** The owner a learned FAQ gets unless the author names one. */
export const DEFAULT_OWNER = '@knowledge-team';
/** Alternates a FAQ needs (the knowledge schema's minimum). */
export const MIN_ALTERNATES = 4;

/** The reply as a FAQ answer: mentions turned into plain `@name` text, since a FAQ answer must never ping anyone. */
export function plainAnswer(mrkdwn: string): string {
  // Entities (&amp; &lt; &gt;) stay: FAQ answers are mrkdwn, where they are the right spelling.
  return withoutPings(mrkdwn);
}

/** An id from the question's words, unique among the knowledge's FAQ ids ("who-approves-budget", "-2"...). */
export function draftId(question: string, taken: ReadonlySet<string>): string {
  const words = samePhrasing(question).split(' ').filter(Boolean).slice(0, 6);
  const base = words.join('-').replace(/[^a-z0-9-]/g, '') || 'learned-answer';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Ways of typing the question in chat, derived from it, for an author to replace with real ones:
 * the schema wants four, and a FAQ with fewer is not matched well.
 */
export function derivedAlternates(question: string): string[] {
  const plain = question.replace(/[?!.\s]+$/, '').trim();
  const lower = plain.toLowerCase();
  return [`${lower} here`, `quick question: ${lower}`, `does anyone know ${lower}`, `${lower} in our team`]
    .map((t) => t.slice(0, LIMITS.summary))
    .filter((t, i, all) => t && all.indexOf(t) === i && samePhrasing(t) !== samePhrasing(question));
}

/** The FAQ a draft becomes: the author's choices over sensible defaults, reviewed this month. */
export function draftToFaq(
  draft: DraftRecord,
  knowledge: KnowledgeBase,
  choices: DraftChoices,
  now: Date,
): FaqEntry {
  const question = draft.question.replace(/\s+/g, ' ').trim().slice(0, LIMITS.question);
  const given = (choices.alternates ?? []).map((a) => a.trim()).filter(Boolean);
  const alternates = [...given, ...derivedAlternates(question)]
    .filter((a, i, all) => all.findIndex((b) => samePhrasing(b) === samePhrasing(a)) === i)
    .slice(0, Math.max(MIN_ALTERNATES, given.length));
  const known = new Set(knowledge.roles.map((r) => r.id));
  return {
    id: choices.id ?? draftId(question, new Set(knowledge.faqs.map((f) => f.id))),
    reviewed: now.toISOString().slice(0, 7),
    owner: choices.owner ?? DEFAULT_OWNER,
    question,
    alternates,
    roles: draft.roles.filter((r) => known.has(r)),
    tags: ['learned'],
    answer: plainAnswer(draft.answer),
  };
}
