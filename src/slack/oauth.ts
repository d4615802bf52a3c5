import type { HTTPReceiverOptions, InstallationStore } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { OAuthConfig } from '../config';

/** The bot scopes role-bot asks for when installed: the same list as manifest.yml (a test holds them equal). */
export const BOT_SCOPES: readonly string[] = Object.freeze([
  'commands',
  'app_mentions:read',
  'chat:write',
  'im:history',
  'channels:history',
  'groups:history',
  'users:read',
]);

/** Where the install flow lives on role-bot's HTTP server (Bolt's defaults, named once). */
export const OAUTH_PATHS = Object.freeze({
  /** "Add to Slack" page: share this link with the workspaces that should install role-bot. */
  install: '/slack/install',
  /** Slack sends the browser back here; the app settings must list https://YOUR-HOST/slack/oauth_redirect. */
  redirect: '/slack/oauth_redirect',
});

/**
 * The receiver options that turn on Bolt's built-in OAuth: the install page, the redirect that exchanges
 * the code (oauth.v2.access) and stores the installation, and an authorize that finds each request's
 * workspace token in `installationStore` (refreshing it first when token rotation is on and it is near expiry).
 */
export function oauthReceiverOptions(
  oauth: OAuthConfig,
  installationStore: InstallationStore,
  clientOptions: WebClientOptions,
): Partial<HTTPReceiverOptions> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore,
    installerOptions: {
      // Show the "Add to Slack" page rather than redirecting at once: the state cookie is set on it.
      directInstall: false,
      installPath: OAUTH_PATHS.install,
      redirectUriPath: OAUTH_PATHS.redirect,
      // A custom receiver does not get the app's client options: the code exchange needs SLACK_API_URL too.
      clientOptions,
    },
  };
}
