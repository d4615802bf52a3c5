// The preview server over HTTP: loopback only, answers in the page, escapes the query, shows a broken edit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Preview, startPreview } from '../../src/preview/server';

const BASE = join(__dirname, '..', 'fixtures', 'kb-base');
const log = { info: jest.fn(), error: jest.fn() };
let dir: string;
let preview: Preview;

const get = async (path: string) => {
  const res = await fetch(new URL(path, preview.url));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'role-bot-preview-'));
  cpSync(BASE, dir, { recursive: true });
  preview = await startPreview({ knowledgeDir: dir, port: 0, log, debounceMs: 60_000 });
});

afterEach(async () => {
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the preview server', () => {
  test('listens on loopback only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('answers ?q= on the server, in the HTML', async () => {
    const page = await get('/?q=po+vs+tl');
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h2 class="b-header">Product Owner vs Tech Lead</h2>');
    expect(page.body).toContain('value="po vs tl"');
  });

  test('lists every role, comparison and FAQ as links', async () => {
    const { body } = await get('/');
    expect(body).toContain('<a href="/?ask=role%3Atech-lead">Tech Lead</a>');
    expect(body).toContain(
      '<a href="/?ask=compare%3Aproduct-owner%2Ctech-lead">Product Owner vs Tech Lead</a>',
    );
    expect(body).toContain('<a href="/?ask=faq%3Awho-owns-backlog">Who owns the backlog?</a>');
  });

  test('escapes what was typed in the search box', async () => {
    const { body } = await get(`/?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(body).not.toContain('<script>alert(1)');
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  test('refuses other methods and paths', async () => {
    expect((await fetch(preview.url, { method: 'POST' })).status).toBe(405);
    expect((await get('/etc/passwd')).status).toBe(404);
  });
});

describe('a broken edit', () => {
  const breakFaq = () => {
    const file = join(dir, 'faqs', 'basics.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  reviewed: 2026-11\n', ''));
    return preview.live.reload();
  };

  test('shows its file: field: problem lines on the page', async () => {
    breakFaq();
    const { body } = await get('/?q=who+owns+the+backlog');
    expect(body).toMatch(/<code>[^<]*basics\.yml: who-owns-backlog\.reviewed: is required<\/code>/);
  });

  test('keeps answering from the last good knowledge', async () => {
    breakFaq();
    const { body } = await get('/?q=who+owns+the+backlog');
    expect(body).toContain('<h2 class="b-header">Who owns the backlog?</h2>');
  });

  test('changes the state the page polls, so open pages reload', async () => {
    const before = (await get('/state')).body;
    breakFaq();
    expect((await get('/state')).body).not.toBe(before);
  });
});
