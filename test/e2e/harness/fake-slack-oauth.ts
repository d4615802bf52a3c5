// oauth.v2.access as the fake Slack answers it: an install's code exchange and, with token rotation on,
// refreshing a token. Tokens name their workspace (xoxb-T2-1), so auth.test and the tests can tell them apart.

/** Token rotation as the fake's app has it: off by default; on, tokens expire `expiresIn` seconds after issue. */
export interface OAuthState {
  rotation?: { expiresIn: number };
  /** How many tokens each workspace has been given, to number the next. */
  issued: Map<string, number>;
}

/** The code an install of workspace `team` brings back to the redirect URL. */
export const installCode = (team: string) => `code-${team}`;

/** The workspace a fake token belongs to (`xoxb-T2-1` → T2), if it is one of the fake's. */
export const teamOfToken = (token: string | undefined) => /^xox[bpe]-(T\w+)-\d+$/.exec(token ?? '')?.[1];

function issue(team: string, state: OAuthState) {
  const n = (state.issued.get(team) ?? 0) + 1;
  state.issued.set(team, n);
  const rotation = state.rotation
    ? { refresh_token: `xoxe-${team}-${n}`, expires_in: state.rotation.expiresIn }
    : {};
  return { access_token: `xoxb-${team}-${n}`, token_type: 'bot', ...rotation };
}

/** The answer to oauth.v2.access: a new installation for `code-<team>`, or a new token for a refresh token. */
export function oauthAccess(args: Record<string, unknown>, state: OAuthState): Record<string, unknown> {
  if (args.grant_type === 'refresh_token') {
    const team = /^xoxe-(T\w+)-\d+$/.exec(String(args.refresh_token))?.[1];
    if (!team) return { ok: false, error: 'invalid_refresh_token' };
    return { ok: true, team: { id: team }, enterprise: null, ...issue(team, state) };
  }
  const team = /^code-(T\w+)$/.exec(String(args.code))?.[1];
  if (!team || !args.client_id || !args.client_secret) return { ok: false, error: 'invalid_code' };
  return {
    ok: true,
    app_id: 'A1',
    authed_user: { id: 'UINSTALLER' },
    scope: 'commands,app_mentions:read,chat:write',
    bot_user_id: 'UBOT',
    team: { id: team, name: `Workspace ${team}` },
    enterprise: null,
    is_enterprise_install: false,
    ...issue(team, state),
  };
}
