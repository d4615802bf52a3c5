// The preview in a real browser (headless system Chromium, driven by playwright-core): ask, read the
// comparison, follow a related-question button, then break a knowledge file and see the problem line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../src/preview/server';
import { browserRequired, findChromium } from './chromium';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const executablePath = findChromium();

if (!executablePath && !browserRequired) {
  console.warn(
    'preview browser test SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH). CI=true makes it required.',
  );
}

const suite = executablePath || browserRequired ? describe : describe.skip;

suite('the preview page in Chromium', () => {
  jest.setTimeout(90_000);
  let dir: string;
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!executablePath)
      throw new Error("CI=true but no Chromium was found: install Debian's chromium package");
    dir = mkdtempSync(join(tmpdir(), 'role-bot-browser-'));
    cpSync(join(__dirname, '..', '..', 'knowledge'), dir, { recursive: true });
    const log = { info: () => {}, error: () => {} };
    preview = await startPreview({ knowledgeDir: dir, port: 0, log, debounceMs: 100 });
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a typed question shows the comparison header and its fields', async () => {
    await page.goto(preview.url);
    await page.fill('input[name=q]', 'po vs tl');
    await page.press('input[name=q]', 'Enter');
    await page.waitForSelector('h2.b-header');
    expect(await page.textContent('h2.b-header')).toBe('Product Owner vs Tech Lead');
    const firstRow = page.locator('.b-fields').first().locator('.b-field');
    expect(await firstRow.allTextContents()).toEqual([
      expect.stringMatching(/^Product Owner/),
      expect.stringMatching(/^Tech Lead/),
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'preview-comparison.png'), fullPage: true });
  });

  test('a related-question button opens the FAQ', async () => {
    const question = 'Can one person be both the Product Owner and the Tech Lead?';
    await page.click(`.b-actions a.btn:text-is("${question}")`);
    await page.waitForURL(/ask=faq%3Apo-tl-one-person/);
    expect(await page.textContent('h2.b-header')).toBe(question);
  });

  test('a broken edit shows its problem line, and the answer stays', async () => {
    const file = join(dir, 'faqs', 'po-and-tech-lead.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}reviewed: 2026-11\n/m, ''));
    const problem = page.locator('.problems code', { hasText: 'po-tl-one-person.reviewed: is required' });
    await problem.waitFor({ timeout: 20_000 });
    expect(await page.textContent('h2.b-header')).toBe(
      'Can one person be both the Product Owner and the Tech Lead?',
    );
  });
});
