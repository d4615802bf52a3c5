// Jest global setup: is PostgreSQL (and Redis) reachable for the tests that need the real servers?
// Off a machine without them the tests skip with a notice; under CI=true they must run, so this fails.
const { Client } = require('pg');
const { createConnection } = require('node:net');

const DEFAULTS = {
  TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  TEST_REDIS_URL: 'redis://127.0.0.1:6379',
};

async function pgUp(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error.message || error.code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redisUp(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (problem) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(2000, () => done('no answer within 2 s'));
    socket.once('error', (error) => done(error.code || error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(String(data).startsWith('+PONG') ? undefined : String(data).trim()));
  });
}

module.exports = async function servicesSetup() {
  for (const [name, value] of Object.entries(DEFAULTS)) process.env[name] = process.env[name] || value;
  const problems = {
    PostgreSQL: [process.env.TEST_DATABASE_URL, await pgUp(process.env.TEST_DATABASE_URL)],
    Redis: [process.env.TEST_REDIS_URL, await redisUp(process.env.TEST_REDIS_URL)],
  };
  process.env.ROLE_BOT_TEST_PG = problems.PostgreSQL[1] ? 'down' : 'up';
  process.env.ROLE_BOT_TEST_REDIS = problems.Redis[1] ? 'down' : 'up';
  for (const [service, [url, problem]] of Object.entries(problems)) {
    if (!problem) continue;
    const where = url.replace(/\/\/[^@/]*@/, '//');
    if (process.env.CI === 'true')
      throw new Error(
        `${service} at ${where} is not reachable (${problem}); under CI=true its tests must run.`,
      );
    process.stderr.write(
      `\nnotice: ${service} at ${where} is not reachable (${problem}): the tests that need it are skipped.\n`,
    );
  }
};
