/**
 * Every Slack surface role-bot handles, in one place: the listeners register these and a test checks
 * them against manifest.yml both ways.
 */
export const SURFACES = Object.freeze({
  command: '/role',
  shortcut: 'ask_about_message',
  /** Events as the manifest subscribes to them (`message.im` arrives as a `message` event). */
  events: ['app_mention', 'message.im', 'app_home_opened'] as const,
});
