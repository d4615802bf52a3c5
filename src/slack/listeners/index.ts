import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { registerAskSuggestion } from './actions/ask-suggestion';
import { registerCompareWith } from './actions/compare-with';
import { registerFeedback } from './actions/feedback';
import { registerShare } from './actions/share';
import { registerRoleCommand } from './commands/role';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerAppMention } from './events/app-mention';
import { registerDirectMessage } from './events/direct-message';
import { registerUninstalled } from './events/uninstalled';
import { registerAskAboutMessage } from './shortcuts/ask-about-message';

/** Registers every listener: the one place that says what the app handles. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerRoleCommand(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerAppHomeOpened(app, deps);
  registerAskAboutMessage(app, deps);
  registerAskSuggestion(app, deps);
  registerCompareWith(app, deps);
  registerFeedback(app, deps);
  registerShare(app, deps);
  registerUninstalled(app, deps);
}
