import type { Answer, AnswerKind } from '../../engine/answer';
import { unescapeMrkdwn } from '../escape';
import { fitUserText, SLACK_LIMITS } from './limits';

/**
 * The question a button was offered under, and how the engine answered it. Buttons carry it so a
 * click can be learned from: an ephemeral answer's click arrives without the message it sat in.
 */
export interface AskOrigin {
  query: string;
  kind: AnswerKind;
  confidence: number;
}

/**
 * The longest question a button carries: well over the 250 characters a learned phrasing may have,
 * far under a value's 2,000, so a message with ten such buttons stays small.
 */
export const ORIGIN_QUERY_MAX = 500;

// The whole format, in one place: `<target>|<kind>|<confidence>|<question, mrkdwn-escaped>`.
// Targets (`faq:<id>`, `role:<id>`, `compare:<a>,<b>`) never hold a `|`; the question comes last, so it may.
const SEPARATOR = '|';
const KINDS: readonly AnswerKind[] = ['faq', 'comparison', 'role', 'list', 'help', 'none'];

/** The origin of buttons shown under `answer`. */
export function askOrigin(answer: Answer): AskOrigin {
  return { query: answer.query, kind: answer.kind, confidence: answer.confidence };
}

/** `target` with the origin appended; the target alone when there is no origin or its question is blank. */
export function withOrigin(target: string, origin: AskOrigin | undefined): string {
  if (!origin?.query.trim()) return target;
  const confidence = String(Math.round(Math.min(1, Math.max(0, origin.confidence)) * 100) / 100);
  const head = [target, origin.kind, confidence, ''].join(SEPARATOR);
  const room = Math.min(ORIGIN_QUERY_MAX, SLACK_LIMITS.buttonValue - head.length);
  // Escaped, like the share value, so no live `<!channel>` travels in a payload.
  return `${head}${fitUserText(origin.query.trim(), room)}`;
}

/** Splits a value written by `withOrigin` back into its target and origin (none when absent or malformed). */
export function splitOrigin(value: string): { target: string; origin?: AskOrigin } {
  const at = value.indexOf(SEPARATOR);
  if (at < 0) return { target: value };
  const target = value.slice(0, at);
  const [kind = '', confidence = '', ...query] = value.slice(at + 1).split(SEPARATOR);
  const score = Number(confidence);
  const text = unescapeMrkdwn(query.join(SEPARATOR)).trim();
  const valid =
    (KINDS as readonly string[]).includes(kind) &&
    confidence !== '' &&
    score >= 0 &&
    score <= 1 &&
    text.length > 0;
  return valid
    ? { target, origin: { query: text, kind: kind as AnswerKind, confidence: score } }
    : { target };
}
