import type { CandidateRecord, DraftRecord, FeedbackRecord, GapRecord, VoteRecord } from './types';

/**
 * The most the store keeps of each field. Text is cut to fit; an id or a name from a fixed set
 * that is too long is no real one, so a record carrying it is refused rather than cut into garbage.
 */
export const STORE_LIMITS = Object.freeze({
  /** A question: the engine reads 2,000 characters at most; the start of a long story is enough to act on. */
  query: 1000,
  /** `faq:<id>`, `role:<id>` or `compare:<a>,<b>`: two ids and a prefix, with room to spare. */
  answer: 200,
  /** One role id. */
  roleId: 100,
  /** Roles one question named: more than any real question names. */
  roles: 20,
  /** A Slack user id (about 11 characters today). */
  user: 64,
  /** A surface or an answer kind (`command`, `comparison`, ...). */
  name: 32,
  /** A draft's answer: room for a long Slack reply; the knowledge check still wants FAQ answers under 2,500. */
  draftAnswer: 4000,
});

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is string => isString(v) && v.length <= 40 && !Number.isNaN(Date.parse(v));
const within =
  (max: number) =>
  (v: unknown): v is string =>
    isString(v) && v.length > 0 && v.length <= max;
const isUser = within(STORE_LIMITS.user);
const isName = within(STORE_LIMITS.name);
const isAnswer = within(STORE_LIMITS.answer);
const isConfidence = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `text` cut to `max` characters, never through an emoji's surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

const query = (v: string) => cutText(v, STORE_LIMITS.query);

function toVote(v: Record<string, unknown>, at: string, user: string): VoteRecord | undefined {
  if (!isAnswer(v.answer) || typeof v.helpful !== 'boolean') return undefined;
  if (v.query !== undefined && !isString(v.query)) return undefined;
  const asked = isString(v.query) && v.query.trim() ? { query: query(v.query) } : {};
  return { type: 'vote', at, user, answer: v.answer, helpful: v.helpful, ...asked };
}

function toGap(v: Record<string, unknown>, at: string, user: string): GapRecord | undefined {
  const { surface, kind, confidence, roles, answer } = v;
  if (!isName(surface) || !isString(v.query) || !isName(kind) || !isConfidence(confidence)) return undefined;
  if (!Array.isArray(roles) || !roles.every(within(STORE_LIMITS.roleId))) return undefined;
  if (answer !== undefined && !isAnswer(answer)) return undefined;
  return {
    type: 'gap',
    at,
    user,
    // The kind and surface unions are not checked one by one: a value from a newer version is still worth reporting.
    surface: surface as GapRecord['surface'],
    query: query(v.query),
    kind: kind as GapRecord['kind'],
    confidence,
    roles: roles.slice(0, STORE_LIMITS.roles),
    ...(answer === undefined ? {} : { answer }),
  };
}

function toCandidate(v: Record<string, unknown>, at: string, user: string): CandidateRecord | undefined {
  const { surface, kind, confidence, chosen } = v;
  if (!isName(surface) || !isString(v.query) || !v.query.trim() || !isName(kind)) return undefined;
  if (!isConfidence(confidence) || !isAnswer(chosen)) return undefined;
  return {
    type: 'candidate',
    at,
    user,
    surface: surface as CandidateRecord['surface'],
    query: query(v.query),
    kind: kind as CandidateRecord['kind'],
    confidence,
    chosen,
  };
}

function toDraft(v: Record<string, unknown>, at: string, user: string): DraftRecord | undefined {
  const { question, answer, roles, author } = v;
  if (!isString(question) || !question.trim() || !isString(answer) || !answer.trim()) return undefined;
  if (!isUser(author) || !Array.isArray(roles) || !roles.every(within(STORE_LIMITS.roleId))) return undefined;
  return {
    type: 'draft',
    at,
    user,
    question: query(question),
    answer: cutText(answer, STORE_LIMITS.draftAnswer),
    roles: roles.slice(0, STORE_LIMITS.roles),
    author,
  };
}

/**
 * The record's own fields and nothing else, each within STORE_LIMITS, or undefined when `value` is
 * not a record. Used on the way in, so no extra (possibly personal) or oversized field ever reaches
 * the disk, and on the way out.
 */
export function toFeedbackRecord(value: unknown): FeedbackRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isTime(v.at) || !isUser(v.user)) return undefined;
  if (v.type === 'vote') return toVote(v, v.at, v.user);
  if (v.type === 'gap') return toGap(v, v.at, v.user);
  if (v.type === 'candidate') return toCandidate(v, v.at, v.user);
  if (v.type === 'draft') return toDraft(v, v.at, v.user);
  return undefined;
}
