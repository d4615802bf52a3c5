/**
 * What role-bot says in Slack outside the answers themselves (those come from render/): apologies,
 * fallbacks and thanks, in one place so the voice stays one. The people features keep theirs in
 * people/copy.ts.
 */
export const SLACK_COPY = Object.freeze({
  /** Something inside role-bot went wrong. */
  apology: "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a moment.",
  /** A button or shortcut this version no longer handles. */
  outOfDate:
    'That button or shortcut is from an older version of role-bot and no longer does anything. Ask again with `/role` and your question.',
  /** On top of an answer sent by DM because the bot may not post in the channel. */
  invite: "I can't post in that channel: invite me with `/invite @role-bot`. Here is your answer:",
  /** A button's response URL refused (expired or used up). */
  expired:
    'Slack no longer accepts updates to that message (its buttons work for 30 minutes). Ask again with `/role` and your question.',
  /** A bare mention in a thread whose first message the bot cannot read. */
  cannotReadThread:
    "I couldn't read the start of this thread. Mention me with the question itself, for example: `@role-bot who owns the backlog?`",
  /** "Ask role-bot" on a message from a bot or app. */
  notFromAPerson:
    'I only answer what people write, not messages from bots or apps. Ask me with `/role` and your question.',
  /** On top of a shortcut's answer in a channel the bot is not in. */
  notAMember:
    "I'm not in this channel, so only you can see this. Invite me with `/invite @role-bot` to answer in threads.",
  thanksHelpful: 'Thanks! Glad that helped.',
  thanksNotHelpful: 'Thanks for saying so: the maintainers will see which answers need work.',
});
