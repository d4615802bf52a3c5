// `role-bot preview`: usage, a broken knowledge folder at start, and a run that serves the page and stops.
import { join } from 'node:path';
import { PREVIEW_HELP, runPreview } from '../../src/commands/preview';
import { brokenKb } from '../helpers/broken-kb';

const BASE = join(__dirname, '..', 'fixtures', 'kb-base');
const BROKEN = brokenKb('missing-provenance');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('role-bot preview usage', () => {
  test.each([['--port'], ['--port', 'x'], ['--port', '70000'], ['--colour', 'red']])(
    'exits 2 for %p',
    async (...args) => {
      const c = capture();
      expect(await runPreview(args, BASE, c.io)).toBe(2);
      expect(c.err).toEqual([PREVIEW_HELP]);
    },
  );

  test('--help prints the usage and exits 0', async () => {
    const c = capture();
    expect(await runPreview(['--help'], BASE, c.io)).toBe(0);
    expect(c.out).toEqual([PREVIEW_HELP]);
  });
});

describe('role-bot preview on broken knowledge', () => {
  test('prints the problems and exits 1 without serving', async () => {
    const c = capture();
    expect(await runPreview(['--port', '0'], BROKEN, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('who-owns-backlog.reviewed: is required');
  });
});

describe('role-bot preview --knowledge DIR --port 0', () => {
  test('serves the page from DIR on loopback until told to stop, then exits 0', async () => {
    const c = capture();
    let body = '';
    const until = async () => {
      const url = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(c.out.join('\n'))?.[1] ?? '';
      body = await (await fetch(`${url}?q=tl`)).text();
    };
    expect(await runPreview(['--knowledge', BASE, '--port', '0'], 'no-such-folder', c.io, until)).toBe(0);
    expect(body).toContain('<h2 class="b-header">Tech Lead</h2>');
  });
});
