import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/live-knowledge';

let dir: string;
let live: LiveKnowledge;
const log = { info: jest.fn(), error: jest.fn() };
const faqFile = () => join(dir, 'faqs', 'team-practice.yml');
const NEW_FAQ = `
- id: who-books-the-rooms
  reviewed: 2026-11
  owner: Sam
  question: Who books the meeting rooms for sprint events?
  alternates: [who reserves rooms for ceremonies, room booking for sprint planning, who books the retro room, sprint event room reservations]
  roles: [scrum-master]
  tags: [rooms]
  related: []
  answer: "*Usually the Scrum Master, though anyone on the team can.*"
`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'role-bot-live-'));
  cpSync('knowledge', dir, { recursive: true });
  jest.clearAllMocks();
  live = createLiveKnowledge(dir, log);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reloading the knowledge', () => {
  it('swaps in a valid edit', () => {
    const before = live.engine();
    writeFileSync(faqFile(), readFileSync(faqFile(), 'utf8') + NEW_FAQ);
    const result = live.reload();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(live.engine()).not.toBe(before);
    expect(live.engine().lookup({ kind: 'faq', id: 'who-books-the-rooms' })).toBeDefined();
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('knowledge reloaded'));
  });

  it('keeps the last good knowledge when an edit is broken, and says which file and field', () => {
    const before = live.engine();
    writeFileSync(
      faqFile(),
      readFileSync(faqFile(), 'utf8').replace(/question: Who runs the daily stand-up\?/, 'question: ""'),
    );
    const result = live.reload();
    expect(result.ok).toBe(false);
    expect(live.engine()).toBe(before);
    expect(live.engine().answer('who runs the standup?').kind).toBe('faq');
    expect(log.error).toHaveBeenCalledWith(
      expect.stringMatching(/team-practice\.yml: who-runs-standup\.question: must not be empty/),
    );
  });

  it('remembers the latest reload, so a preview can show a broken edit until it is fixed', () => {
    expect(live.lastReload()).toBeUndefined();
    const good = readFileSync(faqFile(), 'utf8');
    writeFileSync(faqFile(), good.replace(/question: Who runs the daily stand-up\?/, 'question: ""'));
    live.reload();
    expect(live.lastReload()).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ field: 'who-runs-standup.question' })]),
    });
    writeFileSync(faqFile(), good);
    live.reload();
    expect(live.lastReload()).toMatchObject({ ok: true });
  });

  it('reports no change when nothing changed', () => {
    expect(live.reload()).toMatchObject({ ok: true, changed: false });
  });

  it('lets answers already under way finish on the engine they started with', () => {
    const inFlight = live.engine();
    writeFileSync(faqFile(), readFileSync(faqFile(), 'utf8') + NEW_FAQ);
    live.reload();
    expect(inFlight.answer('po vs tl').kind).toBe('comparison');
    expect(inFlight.lookup({ kind: 'faq', id: 'who-books-the-rooms' })).toBeUndefined();
  });

  it('reloads by itself when watching and a file changes', async () => {
    const stop = live.watch(50);
    try {
      writeFileSync(faqFile(), readFileSync(faqFile(), 'utf8') + NEW_FAQ);
      const deadline = Date.now() + 5000;
      while (!live.engine().lookup({ kind: 'faq', id: 'who-books-the-rooms' }) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(live.engine().lookup({ kind: 'faq', id: 'who-books-the-rooms' })).toBeDefined();
    } finally {
      stop();
    }
  });
});
