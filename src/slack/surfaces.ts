/**
 * Every Slack surface role-bot handles, in one place: the listeners register these and a test checks
 * them against manifest.yml both ways.
 */
export const SURFACES = Object.freeze({
  command: '/role',
  shortcut: 'ask_about_message',
  /** "Save as answer" on a reply: keeps it as a draft FAQ. */
  saveAsAnswer: 'save_as_answer',
  /**
   * Events as the manifest subscribes to them: `message.im` arrives as a `message` event (DMs), and
   * `message.channels`/`message.groups` (replies in the escalation channel's threads) as well.
   */
  events: ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened'] as const,
});
