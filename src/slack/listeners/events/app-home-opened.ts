import type { App, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { type ListenerDeps, pinEngine } from '../../deps';
import { homeView } from '../../home-view';

/** Publishes the App Home (roles, comparisons, example questions, role holders by channel) whenever a person opens it. */
export function appHomeOpenedCallback(
  shared: ListenerDeps,
): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return async ({ event, client, context, logger }) => {
    const deps = pinEngine(shared);
    if (event.tab !== 'home') return;
    const view = await homeView(deps, client, { team: context.teamId, user: event.user }, logger);
    await client.views.publish({ user_id: event.user, view });
  };
}

export function registerAppHomeOpened(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', appHomeOpenedCallback(deps));
}
