import type { App, Context, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';

/** The installation a request's context belongs to. */
function installationOf(context: Context) {
  return {
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall,
  };
}

/**
 * `app_uninstalled` deletes the workspace's installation; `tokens_revoked` deletes it when the bot token
 * was revoked, or only the person's token otherwise. With one workspace's tokens in .env there is
 * nothing stored: they are logged, and the operator removes the tokens.
 */
export function appUninstalledCallback(
  deps: ListenerDeps,
): Middleware<SlackEventMiddlewareArgs<'app_uninstalled'>> {
  return async ({ context, logger }) => {
    logger.info(`role-bot was uninstalled from ${context.enterpriseId ?? ''}/${context.teamId ?? ''}`);
    await deps.installations?.deleteInstallation?.(installationOf(context) as never);
  };
}

/** `tokens_revoked`: see `appUninstalledCallback`. */
export function tokensRevokedCallback(
  deps: ListenerDeps,
): Middleware<SlackEventMiddlewareArgs<'tokens_revoked'>> {
  return async ({ event, context, logger }) => {
    const { bot = [], oauth = [] } = event.tokens;
    logger.info(`tokens revoked in ${context.teamId ?? ''}: ${bot.length} bot, ${oauth.length} user`);
    const store = deps.installations;
    if (!store?.deleteInstallation) return;
    if (bot.length > 0) await store.deleteInstallation(installationOf(context) as never);
    for (const userId of oauth)
      await store.deleteInstallation({ ...installationOf(context), userId } as never);
  };
}

export function registerUninstalled(app: App, deps: ListenerDeps): void {
  app.event('app_uninstalled', appUninstalledCallback(deps));
  app.event('tokens_revoked', tokensRevokedCallback(deps));
}
