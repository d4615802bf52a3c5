// guardRequests on its own: whatever the wrapped listener does, the request is logged and answered.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardRequests } from '../../src/slack/http-guard';
import { captureLogger } from '../e2e/harness';

let server: Server | undefined;

async function serve(listener: RequestListener) {
  const { logger, lines } = captureLogger();
  server = createServer(guardRequests(listener, { logger: () => logger, noAnswerMs: 300 }));
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/healthz`, lines };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

describe('guardRequests', () => {
  it('answers 500 and logs when the listener throws', async () => {
    const { url, lines } = await serve(() => {
      throw new Error('listener exploded');
    });
    expect((await fetch(url)).status).toBe(500);
    expect(lines).toContain('error request failed: listener exploded');
  });

  it('answers 500 and logs when nothing answers in time', async () => {
    const { url, lines } = await serve(() => undefined);
    expect((await fetch(url)).status).toBe(500);
    expect(lines).toContain('error no response in time: GET /healthz');
  });

  it('leaves an answered request alone', async () => {
    const { url, lines } = await serve((_req, res) => res.end('ok'));
    const res = await fetch(url);
    expect(await res.text()).toBe('ok');
    await new Promise((r) => setTimeout(r, 400));
    expect(lines).toEqual([]);
  });
});
