import { z } from 'zod';

/** Size limits that keep every piece of knowledge renderable in one Slack block. */
export const LIMITS = Object.freeze({
  /** Header blocks take 150 characters; role names sit in "A vs B" headers, so keep them short. */
  name: 60,
  /** One line in a context or section block. */
  summary: 250,
  /** A list item or one side of a difference, shown in a section field (2,000 max; we want it readable). */
  item: 300,
  /** FAQ questions are rendered as header blocks (150 max). */
  question: 150,
  /** FAQ answers must fit one section block (3,000 max) with room for a note. */
  answer: 2500,
  /** An owner's name or Slack handle, shown in the one-line context under an answer. */
  owner: 60,
  /** A source's title, shown as the link text of "Further reading". */
  sourceTitle: 120,
  /** A source's address; long addresses would crowd the context line. */
  url: 500,
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (like tech-lead)');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** A month, `2026-11`: when an entry was last checked. */
const month = z
  .string({ error: 'must be a month like 2026-11' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-11');
/** Further reading: a title and an https address (no spaces or `<>|`, so it stays one Slack link). */
const source = z.strictObject({
  title: text(LIMITS.sourceTitle),
  url: z
    .string()
    .regex(/^https:\/\/[^\s<>|"]+$/, 'must be an https:// address without spaces or <>|"')
    .max(LIMITS.url, `must be at most ${LIMITS.url} characters`),
});
/** Who checked the entry and when, and where its facts come from: every role, comparison and FAQ has them. */
const provenance = {
  reviewed: month,
  owner: text(LIMITS.owner),
  sources: z.array(source).max(5, 'allows at most 5 sources').default([]),
};

const list = (min: number, max = 20) =>
  z
    .array(text(LIMITS.item))
    .min(min, `needs at least ${min} item(s)`)
    .max(max, `allows at most ${max} items`);

/**
 * Optional ways people ask for a role or a comparison, as FAQ alternates are for an FAQ (same
 * limits); `role-bot learn` adds the ones people chose.
 */
const phrasings = z.array(text(LIMITS.summary)).optional();

/** A role profile: `knowledge/roles/<id>.yml`. */
export const roleSchema = z.strictObject({
  id,
  ...provenance,
  name: text(LIMITS.name),
  aliases: z.array(text(LIMITS.name)).default([]),
  summary: text(LIMITS.summary),
  focus: text(LIMITS.summary),
  responsibilities: list(4, 8),
  decides: list(1),
  works_with: list(1),
  reports_to: text(LIMITS.summary),
  strengths: list(1),
  watch_outs: list(1),
  lean_on_when: list(1),
  phrasings,
});

/** Verdicts on whether one person can hold both roles of a pair, from most to least likely. */
export const VERDICTS = ['yes', 'often', 'sometimes', 'rarely', 'no'] as const;

/** A curated comparison: `knowledge/comparisons/<a>--<b>.yml`. */
export const comparisonSchema = z.strictObject({
  roles: z.tuple([id, id], { error: 'must be a list of two role ids' }),
  ...provenance,
  summary: text(LIMITS.summary),
  differences: z
    .array(z.strictObject({ aspect: text(40), a: text(LIMITS.item), b: text(LIMITS.item) }))
    .min(6, 'needs at least 6 differences')
    .max(10, 'allows at most 10 differences (a Slack section holds 10 fields)'),
  similarities: list(3),
  choose_a_when: list(1),
  choose_b_when: list(1),
  one_person_both: z.strictObject({
    verdict: z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(', ')}` }),
    answer: text(LIMITS.summary),
    reasons: list(2),
  }),
  related: z.array(id).default([]),
  phrasings,
});

/** One FAQ entry in `knowledge/faqs/<topic>.yml` (each file holds a list of them). */
export const faqSchema = z.strictObject({
  id,
  ...provenance,
  question: text(LIMITS.question),
  alternates: z.array(text(LIMITS.summary)).min(4, 'needs at least 4 alternate phrasings'),
  roles: z.array(id).default([]),
  tags: z.array(text(40)).default([]),
  related: z.array(id).default([]),
  answer: text(LIMITS.answer),
});

export const faqFileSchema = z.array(faqSchema, { error: 'must be a list of FAQs' });

/** `knowledge/aliases.yml`: aliases several roles may claim, and which reading wins. */
export const ambiguousAliasesSchema = z.record(
  z.string(),
  z.strictObject({ prefer: id, also: z.array(id).min(1, 'needs at least one other role') }),
);

/** `knowledge/out-of-scope.yml`: questions near the domain that the bot should not answer, by topic. */
export const outOfScopeSchema = z.array(
  z.strictObject({
    topic: text(LIMITS.name),
    examples: z.array(text(LIMITS.summary)).min(1, 'needs at least 1 example'),
  }),
  { error: 'must be a list of topics, each with examples' },
);
/**
 * One concept in `knowledge/concepts.yml`: the words and phrases people use for the same thing. The
 * engine reads each of them as the concept's name, in questions and FAQ phrasings alike.
 */
export const conceptSchema = z.strictObject({
  concept: id,
  words: z
    .array(text(LIMITS.name))
    .min(1, 'needs at least one word or phrase')
    .max(60, 'allows at most 60 words (split the concept)'),
});

export const conceptFileSchema = z.array(conceptSchema, { error: 'must be a list of concepts' });
