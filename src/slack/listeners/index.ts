import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { registerAskPerson } from './actions/ask-person';
import { registerAskSuggestion } from './actions/ask-suggestion';
import { registerCompareWith } from './actions/compare-with';
import { registerEscalationChannel } from './actions/escalation-channel';
import { registerFeedback } from './actions/feedback';
import { registerShare } from './actions/share';
import { registerRoleCommand } from './commands/role';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerAppMention } from './events/app-mention';
import { registerDirectMessage } from './events/direct-message';
import { registerEscalationReply } from './events/escalation-reply';
import { registerUninstalled } from './events/uninstalled';
import { registerAskAboutMessage } from './shortcuts/ask-about-message';
import { registerSaveAsAnswer } from './shortcuts/save-as-answer';

/** Registers every listener: the one place that says what the app handles. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerRoleCommand(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerEscalationReply(app, deps);
  registerAppHomeOpened(app, deps);
  registerAskAboutMessage(app, deps);
  registerSaveAsAnswer(app, deps);
  registerAskSuggestion(app, deps);
  registerCompareWith(app, deps);
  registerFeedback(app, deps);
  registerShare(app, deps);
  registerAskPerson(app, deps);
  registerEscalationChannel(app, deps);
  registerUninstalled(app, deps);
}
