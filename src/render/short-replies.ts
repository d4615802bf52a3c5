import type { Answer } from '../engine';

/** Replies to thanks and to "ok, got it" on every surface: short, so they do not bury the answer they follow. */
export const SHORT_REPLIES = {
  thanks: "You're welcome! Ask me about team roles any time.",
  ack: 'Glad it helped! Ask me about team roles any time.',
} as const;

/** The one-line reply a help answer gets instead of the how-to, when the message was only thanks or "ok". */
export function shortReply(answer: Extract<Answer, { kind: 'help' }>): string | undefined {
  return answer.smallTalk === 'thanks' || answer.smallTalk === 'ack'
    ? SHORT_REPLIES[answer.smallTalk]
    : undefined;
}

/** Said above an answer the engine is not sure of (see `isUnsure`), on every surface, before the answer itself. */
export const UNSURE_LINE = "I'm not sure this is what you asked; here is the closest answer I have.";
