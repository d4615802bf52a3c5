/** Replies to thanks and to "ok, got it" on every surface: short, so they do not bury the answer they follow. */
export const SHORT_REPLIES = {
  thanks: "You're welcome! Ask me about team roles any time.",
  ack: 'Glad it helped! Ask me about team roles any time.',
} as const;
