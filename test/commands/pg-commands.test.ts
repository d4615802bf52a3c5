// role-bot db migrate, report and learn with DATABASE_URL set: the same records as the files, read from PostgreSQL.
import { main } from '../../src/cli';
import { openDatabase } from '../../src/store/pg/database';
import { createPgStore } from '../../src/store/pg-store';
import type { FeedbackRecord } from '../../src/store/types';
import { describeWith, freshSchema } from '../helpers/services';

/** Runs the CLI with DATABASE_URL set to `url`; returns the exit code and what it printed. */
async function run(args: string[], url: string) {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

const clicked: FeedbackRecord = {
  type: 'candidate',
  at: new Date().toISOString(),
  user: 'U9',
  surface: 'button',
  query: 'who puts the stories in order',
  kind: 'none',
  confidence: 0.1,
  chosen: 'faq:who-owns-backlog',
};

describeWith(['pg'], 'the commands on PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  beforeAll(async () => {
    schema = await freshSchema();
  });
  afterAll(() => schema.drop());

  test('db migrate builds the schema, then finds it up to date', async () => {
    expect(await run(['db', 'migrate'], schema.url)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/applied migration\(s\) 1, 2, 3$/),
    });
    expect((await run(['db', 'migrate'], schema.url)).out).toMatch(/already up to date/);
  });

  test('report and learn read what the app wrote to the database', async () => {
    const store = createPgStore(openDatabase(schema.url));
    await store.append(clicked);
    await store.close();
    const report = await run(['report', '--json'], schema.url);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out).candidates).toEqual([
      expect.objectContaining({ answer: 'faq:who-owns-backlog', count: 1, questions: [clicked.query] }),
    ]);
    const learn = await run(['learn', '--list'], schema.url);
    expect(learn.out).toContain('"who puts the stories in order"');
  });
});

describe('the commands with a database that cannot be reached', () => {
  const nowhere = 'postgres://postgres@127.0.0.1:1/rolebot';

  test('report says which database it could not read, and exits 1', async () => {
    const report = await run(['report'], nowhere);
    expect(report.code).toBe(1);
    expect(report.err).toMatch(
      /Could not read the records in PostgreSQL 127\.0\.0\.1:1\/rolebot: .*ECONNREFUSED/,
    );
  });

  test('db migrate exits 1 with one line, and 2 without DATABASE_URL', async () => {
    expect(await run(['db', 'migrate'], nowhere)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/migration failed/),
    });
    expect((await run(['db', 'migrate'], '')).code).toBe(2);
  });
});
