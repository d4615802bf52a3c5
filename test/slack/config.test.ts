import { join } from 'node:path';
import { readAppConfig } from '../../src/config';
import { ConfigError, ErrorCode } from '../../src/errors';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readAppConfig(env);
  } catch (error) {
    if (error instanceof ConfigError && error.code === ErrorCode.ConfigInvalid) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs in Socket Mode when an app token is set', () => {
    expect(readAppConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({
      mode: 'socket',
      port: 3000,
      knowledgeDir: join(__dirname, '..', '..', 'knowledge'),
      logLevel: 'info',
    });
  });

  it('runs in HTTP mode with a signing secret and a port', () => {
    expect(
      readAppConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' }),
    ).toMatchObject({ mode: 'http', port: 8080 });
  });

  it('names every missing variable at once, with its prefix and where to get it', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /SLACK_BOT_TOKEN is missing: it should start with xoxb-\. Get it at .*OAuth & Permissions/,
    );
    expect(problems[1]).toMatch(/SLACK_APP_TOKEN .*SLACK_SIGNING_SECRET/);
  });

  it('rejects tokens with the wrong prefix without echoing them', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-secret-value',
      SLACK_APP_TOKEN: 'xoxb-other-secret',
    });
    expect(problems.join('\n')).toMatch(/SLACK_BOT_TOKEN does not look right: it should start with xoxb-/);
    expect(problems.join('\n')).toMatch(/SLACK_APP_TOKEN does not look right: it should start with xapp-/);
    expect(problems.join('\n')).not.toMatch(/secret-value|other-secret/);
  });

  it('rejects a malformed port, log level and API URL', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      PORT: 'x',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'slack',
    });
    expect(problems).toHaveLength(3);
  });

  it('sends Web API calls elsewhere when SLACK_API_URL is set', () => {
    expect(
      readAppConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      }).slackApiUrl,
    ).toBe('http://127.0.0.1:9/api/');
  });
});

describe('operating settings', () => {
  it('reads DATA_DIR and KNOWLEDGE_WATCH, with defaults', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(readAppConfig(base)).toMatchObject({
      dataDir: join(__dirname, '..', '..', 'data'),
      knowledgeWatch: false,
    });
    expect(readAppConfig({ ...base, DATA_DIR: '/var/lib/role-bot', KNOWLEDGE_WATCH: 'true' })).toMatchObject({
      dataDir: '/var/lib/role-bot',
      knowledgeWatch: true,
    });
  });

  it('rejects a KNOWLEDGE_WATCH that is not true or false', () => {
    expect(
      problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', KNOWLEDGE_WATCH: 'sometimes' }),
    ).toEqual(['KNOWLEDGE_WATCH must be true or false, not "sometimes".']);
  });

  it('reads ESCALATION_CHANNEL as a channel id, and refuses anything else', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(readAppConfig({ ...env, ESCALATION_CHANNEL: 'C0ESC' }).escalationChannel).toBe('C0ESC');
    expect(readAppConfig(env).escalationChannel).toBeUndefined();
    expect(problemsOf({ ...env, ESCALATION_CHANNEL: '#help' })[0]).toMatch(
      /ESCALATION_CHANNEL must be a channel id/,
    );
  });
});

describe('settings for running at scale', () => {
  const oauth = {
    SLACK_CLIENT_ID: '123.456',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret',
    SLACK_SIGNING_SECRET: 's',
    DATABASE_URL: 'postgres://rolebot@db:5432/rolebot',
    PORT: '8080',
  };

  it('reads DATABASE_URL and REDIS_URL beside the two tokens', () => {
    const config = readAppConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      DATABASE_URL: 'postgresql://u@h/db',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgresql://u@h/db', redisUrl: 'redis://127.0.0.1:6379' });
    expect(config.oauth).toBeUndefined();
  });

  it('installs in many workspaces over HTTP when SLACK_CLIENT_ID and its companions are set, with no token', () => {
    const config = readAppConfig(oauth);
    expect(config).toMatchObject({
      mode: 'http',
      port: 8080,
      oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret' },
    });
    expect(config.botToken).toBeUndefined();
  });

  it('names each missing OAuth variable, and no token as missing', () => {
    const problems = problemsOf({ SLACK_CLIENT_ID: '123.456' });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_CLIENT_SECRET is needed .*App Credentials/),
      expect.stringMatching(/^SLACK_STATE_SECRET is needed/),
      expect.stringMatching(/^DATABASE_URL is needed .*PostgreSQL/),
      expect.stringMatching(/^SLACK_SIGNING_SECRET is needed .*Signing Secret/),
    ]);
  });

  it('refuses the one-workspace tokens beside SLACK_CLIENT_ID', () => {
    expect(problemsOf({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must be empty when SLACK_CLIENT_ID is set/),
    ]);
  });

  it('rejects a DATABASE_URL or REDIS_URL that is not one, without echoing it', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      DATABASE_URL: 'mysql://secret-pw@db',
      REDIS_URL: '127.0.0.1:6379',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
      expect.stringMatching(/^REDIS_URL must be a Redis URL/),
    ]);
    expect(problems.join('\n')).not.toContain('secret-pw');
  });
});
