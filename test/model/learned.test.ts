// Weights off the request path: the cache by knowledge version, the training worker thread, and live reloads.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Learned } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { createLiveKnowledge } from '../../src/live-knowledge';
import { learnInBackground } from '../../src/model/background';
import { DEFAULT_PLACES } from '../../src/model/paths';
import { cachedLearned, learnedFor, type ModelPlaces, trainNow } from '../../src/model/train';

const BASE = join(__dirname, '../fixtures/kb-base');
let dir: string;
let places: ModelPlaces;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'role-bot-model-'));
  places = { ...DEFAULT_PLACES, cacheDir: join(dir, 'cache') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the weight cache', () => {
  it('has nothing for knowledge never trained, then the weights once trained', () => {
    const kb = loadKnowledge(BASE);
    expect(cachedLearned(kb, places)).toBeUndefined();
    const trained = trainNow(kb, places);
    expect(trained.file && existsSync(trained.file)).toBe(true);
    const cached = cachedLearned(kb, places);
    expect(cached?.model.labels).toEqual(trained.model.labels);
    expect(cached?.model.knowledgeVersion).toBe(kb.version);
  });

  it('is keyed by knowledge version: an edit is not served stale weights', () => {
    const kb = loadKnowledge(BASE);
    trainNow(kb, places);
    expect(cachedLearned({ ...kb, version: 'edited' }, places)).toBeUndefined();
  });

  it('trains when asked for weights it does not have, and writes them once', () => {
    const kb = loadKnowledge(BASE);
    expect(learnedFor(kb, places)?.model.knowledgeVersion).toBe(kb.version);
    expect(readdirSync(places.cacheDir)).toHaveLength(1);
  });
});

describe('training in a worker thread', () => {
  it('returns weights and leaves them in the cache', async () => {
    const kb = loadKnowledge(BASE);
    const learned = await learnInBackground(kb, places);
    expect(learned?.model.knowledgeVersion).toBe(kb.version);
    expect(cachedLearned(kb, places)?.model.labels).toEqual(learned?.model.labels);
  });
});

describe('live knowledge with a classifier', () => {
  const log = { info: jest.fn(), error: jest.fn() };
  /** A learner whose training finishes only when the test says so. */
  function heldLearner() {
    const pending: {
      kb: KnowledgeBase;
      finish: (l: Learned | undefined) => void;
      fail: (e: Error) => void;
    }[] = [];
    return {
      pending,
      learner: {
        cached: () => undefined,
        train: (kb: KnowledgeBase) =>
          new Promise<Learned | undefined>((finish, fail) => pending.push({ kb, finish, fail })),
      },
    };
  }

  beforeEach(() => {
    cpSync(BASE, join(dir, 'kb'), { recursive: true });
    jest.clearAllMocks();
  });

  it('answers with the rules at once and swaps in the classifier when its weights are ready', async () => {
    const { pending, learner } = heldLearner();
    const live = createLiveKnowledge(join(dir, 'kb'), log, learner);
    expect(live.engine().model).toBeUndefined();
    const kb = pending[0]?.kb as KnowledgeBase;
    pending[0]?.finish(trainNow(kb, places));
    await live.settled();
    expect(live.engine().model?.knowledgeVersion).toBe(kb.version);
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('classifier ready'));
  });

  it('keeps serving the old knowledge and weights until the new weights are ready', async () => {
    const { pending, learner } = heldLearner();
    const live = createLiveKnowledge(join(dir, 'kb'), log, learner);
    pending[0]?.finish(trainNow(pending[0].kb, places));
    await live.settled();
    const before = live.engine();
    const file = join(dir, 'kb', 'faqs', 'basics.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`.replace('Product Owner', 'product owner'));
    expect(live.reload()).toMatchObject({ ok: true, changed: true });
    expect(live.engine()).toBe(before);
    const next = pending[1]?.kb as KnowledgeBase;
    pending[1]?.finish(trainNow(next, places));
    await live.settled();
    expect(live.engine().knowledge.version).toBe(next.version);
    expect(live.engine().model?.knowledgeVersion).toBe(next.version);
  });

  it('falls back to the rules alone when training fails', async () => {
    const { pending, learner } = heldLearner();
    const live = createLiveKnowledge(join(dir, 'kb'), log, learner);
    pending[0]?.fail(new Error('out of memory'));
    await live.settled();
    expect(live.engine().model).toBeUndefined();
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('answering with the rules only'));
  });
});
