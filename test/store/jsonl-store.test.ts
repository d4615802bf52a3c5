import { mkdtempSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonlStore, monthFileName } from '../../src/store/jsonl-store';
import type { GapRecord, VoteRecord } from '../../src/store/types';

const root = mkdtempSync(join(tmpdir(), 'role-bot-store-'));
let count = 0;
/** A fresh, not yet existing data folder under the test's temp dir. */
const freshDir = () => join(root, `case-${++count}`, 'data');

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const gap = (at: string, query = 'who signs off the budget?'): GapRecord => ({
  type: 'gap',
  at,
  user: 'U123',
  surface: 'mention',
  query,
  kind: 'none',
  confidence: 0,
  roles: ['product-owner'],
});
const vote = (at: string, helpful = false): VoteRecord => ({
  type: 'vote',
  at,
  user: 'U456',
  answer: 'faq:who-owns-backlog',
  helpful,
});

describe('a round trip through the store', () => {
  const dir = freshDir();
  const written = [gap('2026-11-03T10:00:00.000Z'), vote('2026-11-03T10:01:00.000Z', true)];

  beforeAll(async () => {
    const store = createJsonlStore(dir);
    for (const r of written) await store.append(r);
  });

  test('reads back what was appended, in order', async () => {
    expect(await createJsonlStore(dir).read()).toEqual(written);
  });

  test('creates the folder and one file for the month on first write', async () => {
    expect(await readdir(dir)).toEqual(['feedback-2026-11.jsonl']);
  });

  test('writes one JSON object a line, each ending in a newline', async () => {
    const text = await readFile(join(dir, 'feedback-2026-11.jsonl'), 'utf8');
    expect(
      text
        .split('\n')
        .slice(0, -1)
        .map((l) => JSON.parse(l)),
    ).toEqual(written);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('records in different months', () => {
  test('go to one file per UTC month', async () => {
    const dir = freshDir();
    const store = createJsonlStore(dir);
    await store.append(gap('2026-11-30T23:59:00.000Z'));
    await store.append(gap('2026-11-30T20:00:00-05:00'));
    expect((await readdir(dir)).sort()).toEqual(['feedback-2026-11.jsonl', 'feedback-2026-12.jsonl']);
  });

  test('are named feedback-YYYY-MM.jsonl', () => {
    expect(monthFileName(new Date('2026-01-05T00:00:00Z'))).toBe('feedback-2026-01.jsonl');
  });
});

describe('200 appends at once', () => {
  const dir = freshDir();
  const queries = Array.from({ length: 200 }, (_, i) => `question number ${i} ${'x'.repeat(i * 4)}`);

  beforeAll(async () => {
    const store = createJsonlStore(dir);
    await Promise.all(
      queries.map((q, i) => store.append(gap(new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), q))),
    );
  });

  test('are all read back', async () => {
    const { records, skipped } = await createJsonlStore(dir).scan();
    expect(skipped).toBe(0);
    expect(records.map((r) => (r.type === 'gap' ? r.query : ''))).toEqual(queries);
  });

  test('leave one whole line per record, in the order of the calls', async () => {
    const lines = (await readFile(join(dir, 'feedback-2026-11.jsonl'), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l).query)).toEqual(queries);
  });
});

describe('a file whose last line was torn by a crash', () => {
  const dir = freshDir();
  const file = join(dir, 'feedback-2026-11.jsonl');
  const whole = [gap('2026-11-01T09:00:00.000Z'), vote('2026-11-01T09:05:00.000Z')];

  beforeAll(async () => {
    await mkdir(dir, { recursive: true });
    const lines = whole.map((r) => JSON.stringify(r)).join('\n');
    await writeFile(file, `${lines}\n\n${JSON.stringify(vote('2026-11-01T09:06:00.000Z')).slice(0, 30)}`);
  });

  test('reads the whole lines and counts the blank and torn ones as skipped', async () => {
    expect(await createJsonlStore(dir).scan()).toEqual({ records: whole, skipped: 2 });
  });

  test('keeps a record appended after the torn line readable', async () => {
    const next = vote('2026-11-02T08:00:00.000Z', true);
    await createJsonlStore(dir).append(next);
    expect(await createJsonlStore(dir).scan()).toEqual({ records: [...whole, next], skipped: 2 });
  });
});

describe('reading with since', () => {
  const dir = freshDir();
  const [oct, early, late] = [
    gap('2026-10-31T23:00:00.000Z'),
    gap('2026-11-01T08:00:00.000Z'),
    vote('2026-11-09T08:00:00.000Z'),
  ] as const;

  beforeAll(async () => {
    const store = createJsonlStore(dir);
    for (const r of [late, oct, early]) await store.append(r);
  });

  test('returns only records at or after since', async () => {
    expect(await createJsonlStore(dir).read(new Date('2026-11-01T08:00:00.000Z'))).toEqual([early, late]);
  });

  test('returns every record, oldest first, without since', async () => {
    expect(await createJsonlStore(dir).read()).toEqual([oct, early, late]);
  });
});

describe('what reaches the disk', () => {
  const dir = freshDir();

  test('is only the fields of the record types, whatever the caller passes', async () => {
    const record = gap('2026-11-04T10:00:00.000Z');
    const withExtras = { ...record, userName: 'Ada Lovelace', email: 'ada@example.com' };
    await createJsonlStore(dir).append(withExtras);
    const line = JSON.parse(await readFile(join(dir, 'feedback-2026-11.jsonl'), 'utf8'));
    expect(Object.keys(line).sort()).toEqual(Object.keys(record).sort());
  });

  test('never includes a record without a valid time', async () => {
    await expect(createJsonlStore(dir).append({ ...vote('2026-11-04'), at: 'yesterday' })).rejects.toThrow(
      TypeError,
    );
  });

  test('reading skips lines that are JSON but not records', async () => {
    const other = freshDir();
    await mkdir(other, { recursive: true });
    await appendFile(join(other, 'feedback-2026-11.jsonl'), '{"type":"gap"}\nnull\n');
    expect(await createJsonlStore(other).scan()).toEqual({ records: [], skipped: 2 });
  });
});

describe('a data folder that does not exist yet', () => {
  test('reads as empty', async () => {
    expect(await createJsonlStore(freshDir()).read()).toEqual([]);
  });
});
