import type { z } from 'zod';
import type {
  ambiguousAliasesSchema,
  comparisonSchema,
  conceptSchema,
  faqSchema,
  outOfScopeSchema,
  roleSchema,
} from './schema';

/** A role profile as loaded from `knowledge/roles/`. */
export type Role = z.infer<typeof roleSchema>;
/** A curated comparison as loaded from `knowledge/comparisons/`. */
export type Comparison = z.infer<typeof comparisonSchema>;
/** One FAQ as loaded from `knowledge/faqs/`. */
export type Faq = z.infer<typeof faqSchema>;
/** One-person-both verdict, from most to least likely. */
export type Verdict = Comparison['one_person_both']['verdict'];
/** Words people use for the same thing, read as the concept's name. */
export type Concept = z.infer<typeof conceptSchema>;
/** Aliases that several roles share, with the reading to prefer. */
export type AmbiguousAliases = z.infer<typeof ambiguousAliasesSchema>;

/** Topics the bot should answer with "I don't know", with example questions (the classifier's negatives). */
export type OutOfScope = z.infer<typeof outOfScopeSchema>;

/** The whole validated knowledge base: what the engine indexes and `role-bot kb --json` prints. */
export interface KnowledgeBase {
  roles: Role[];
  comparisons: Comparison[];
  faqs: Faq[];
  ambiguousAliases: AmbiguousAliases;
  /** Example questions the bot should not answer; empty when the knowledge has no out-of-scope.yml. */
  outOfScope: OutOfScope;
  /** From `concepts.yml` (optional: none when the file is missing). */
  concepts: Concept[];
  /** A short content hash, so logs and /healthz can say which knowledge is being served. */
  version: string;
}

/** One piece of further reading on an entry. */
export type Source = Role['sources'][number];
/** What every role, comparison and FAQ says about itself: when it was reviewed, by whom, from what. */
export type Provenance = Pick<Role, 'reviewed' | 'owner' | 'sources'>;
