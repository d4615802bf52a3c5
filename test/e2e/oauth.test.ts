// OAuth mode end to end: Bolt's install flow against the fake Slack (oauth.v2.access), installations in
// PostgreSQL, each workspace answered with its own token, uninstalls and revoked tokens, token rotation.
import { BOT_SCOPES } from '../../src/slack/oauth';
import { migrate } from '../../src/store/pg/migrate';
import { describeWith, freshSchema, querySchema } from '../helpers/services';
import { SECRET } from './app-setup';
import { appMention, eventEnvelope, eventually, type FakeSlack, sendEvent, startFakeSlack } from './harness';
import { installWorkspace, OAUTH, type OAuthApp, openInstallPage, startOAuthApp } from './oauth-setup';

describeWith(['pg'], 'role-bot installed in many workspaces (OAuth)', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let fake: FakeSlack;
  let bot: OAuthApp;

  beforeEach(async () => {
    schema = await freshSchema();
    fake = await startFakeSlack();
    bot = await startOAuthApp(fake, schema.url);
    await migrate(bot.db.pool);
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
    await schema.drop();
  });

  /** A mention from `team`; resolves to the chat.postMessage that answered it. */
  async function mentionFrom(team: string, text = '<@UBOT> who owns the backlog?') {
    const event = appMention({ text });
    const res = await sendEvent(bot.url, SECRET, eventEnvelope(event, { team_id: team }));
    expect(res.status).toBe(200);
    return fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === event.ts);
  }
  const rows = () =>
    querySchema<{ team_id: string; installation: { bot?: { token?: string } } }>(
      schema.schema,
      'SELECT team_id, installation FROM installations ORDER BY team_id',
    );

  test('shows an "Add to Slack" page that asks for the bot scopes and sets the state cookie', async () => {
    const page = await openInstallPage(bot.base);
    expect(page.status).toBe(200);
    expect(page.link?.searchParams.get('client_id')).toBe(OAUTH.clientId);
    expect(page.link?.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    expect(page.link?.searchParams.get('state')).toBeTruthy();
    expect(page.cookie).toMatch(/^slack-app-oauth-state=/);
  });

  test('completes an install: the code is exchanged and the installation kept in PostgreSQL', async () => {
    const done = await installWorkspace(bot.base, 'T2');
    expect(done.status).toBe(200);
    const exchange = fake.callsTo('oauth.v2.access')[0];
    expect(exchange?.args).toMatchObject({ code: 'code-T2', client_id: OAUTH.clientId });
    expect(await rows()).toEqual([
      {
        team_id: 'T2',
        installation: expect.objectContaining({ bot: expect.objectContaining({ token: 'xoxb-T2-1' }) }),
      },
    ]);
  });

  test("refuses a redirect that does not come from this browser's install page", async () => {
    const page = await openInstallPage(bot.base);
    const state = page.link?.searchParams.get('state') ?? '';
    const res = await fetch(`${bot.base}/slack/oauth_redirect?code=code-T2&state=${state}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(fake.callsTo('oauth.v2.access')).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  test('answers two workspaces, each with its own token', async () => {
    await installWorkspace(bot.base, 'T1');
    await installWorkspace(bot.base, 'T2');
    expect((await mentionFrom('T1')).token).toBe('xoxb-T1-1');
    expect((await mentionFrom('T2')).token).toBe('xoxb-T2-1');
  });

  test('does not answer a workspace that never installed it', async () => {
    const event = appMention({ text: '<@UBOT> who owns the backlog?' });
    await sendEvent(bot.url, SECRET, eventEnvelope(event, { team_id: 'T9' }));
    await expect(fake.waitFor('chat.postMessage', () => true, 800)).rejects.toThrow(/no matching/);
  });

  test('forgets a workspace on app_uninstalled, and on tokens_revoked for its bot', async () => {
    await installWorkspace(bot.base, 'T1');
    await installWorkspace(bot.base, 'T2');
    await sendEvent(
      bot.url,
      SECRET,
      eventEnvelope({ type: 'app_uninstalled', event_ts: '1.0' }, { team_id: 'T1' }),
    );
    const revoked = { type: 'tokens_revoked', tokens: { bot: ['UBOT'] }, event_ts: '1.1' };
    await sendEvent(bot.url, SECRET, eventEnvelope(revoked, { team_id: 'T2' }));
    await eventually(async () => expect(await rows()).toEqual([]));
  });

  test("keeps the bot installed when only a person's token is revoked", async () => {
    await installWorkspace(bot.base, 'T1');
    const revoked = { type: 'tokens_revoked', tokens: { oauth: ['UINSTALLER'] }, event_ts: '1.2' };
    await sendEvent(bot.url, SECRET, eventEnvelope(revoked, { team_id: 'T1' }));
    await new Promise((r) => setTimeout(r, 300));
    expect((await rows()).map((r) => r.team_id)).toEqual(['T1']);
    expect((await mentionFrom('T1')).token).toBe('xoxb-T1-1');
  });

  test('with token rotation, refreshes a token near expiry before answering, and keeps the new one', async () => {
    // Bolt refreshes tokens that expire within two hours: an hour's lifetime is refreshed on the next request.
    fake.setTokenRotation(3600);
    await installWorkspace(bot.base, 'T3');
    const answered = await mentionFrom('T3');
    expect(fake.callsTo('oauth.v2.access')[1]?.args).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'xoxe-T3-1',
    });
    expect(answered.token).toBe('xoxb-T3-2');
    expect((await rows())[0]?.installation.bot?.token).toBe('xoxb-T3-2');
  });
});
