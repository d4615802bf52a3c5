import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';
import { homeView } from '../../home';

/** Publishes the App Home (roles, popular comparisons, example questions) whenever a person opens it. */
export function registerAppHomeOpened(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: homeView(deps) });
  });
}
