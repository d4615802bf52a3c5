import type { z } from 'zod';
import type {
  ambiguousAliasesSchema,
  comparisonSchema,
  conceptSchema,
  faqSchema,
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

/** The whole validated knowledge base: what the engine indexes and `role-bot kb --json` prints. */
export interface KnowledgeBase {
  roles: Role[];
  comparisons: Comparison[];
  faqs: Faq[];
  ambiguousAliases: AmbiguousAliases;
  /** From `concepts.yml` (optional: none when the file is missing). */
  concepts: Concept[];
  /** A short content hash, so logs and /healthz can say which knowledge is being served. */
  version: string;
}
