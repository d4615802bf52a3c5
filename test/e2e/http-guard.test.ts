// The HTTP receiver's guard: hostile or broken requests cost one request, never the process or a socket.
import { connect } from 'node:net';
import { SECRET, withHttpApp } from './app-setup';
import { nowSeconds, send, sendCommand, slashCommand } from './harness';

const ctx = withHttpApp();

const FORM = 'application/x-www-form-urlencoded';

async function stillAnswers() {
  const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po vs tl' }));
  expect(res.status).toBe(200);
  expect(res.text).toContain('Product Owner vs Tech Lead');
}

describe('bodies that are not a JSON object', () => {
  it.each([
    ['a JSON body null', 'null', 'application/json'],
    ['a form payload null', 'payload=null', FORM],
    ['a JSON body that is a number', '42', 'application/json'],
  ])('answers %s, signed, with 400 and keeps answering', async (_name, body, type) => {
    const res = await send(ctx.bot.url, SECRET, body, type);
    expect(res.status).toBe(400);
    expect(ctx.bot.logLines.some((l) => /^warn refused a request whose body is/.test(l))).toBe(true);
    await stillAnswers();
  });

  it('still answers unsigned garbage with 401, as before', async () => {
    const res = await send(ctx.bot.url, SECRET, '{not json', 'application/json', { badSignature: true });
    expect(res.status).toBe(401);
  });
});

describe('request timestamps', () => {
  it('refuses a request signed 10 minutes in the future', async () => {
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po' }), {
      timestamp: nowSeconds() + 600,
    });
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
  });

  it('accepts one signed a minute ahead (clocks drift a little)', async () => {
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po' }), {
      timestamp: nowSeconds() + 60,
    });
    expect(res.status).toBe(200);
  });
});

describe('slow clients', () => {
  it('closes a connection that sends headers and then stalls, within a few seconds', async () => {
    const { port } = new URL(ctx.bot.url);
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.on('data', (d) => {
      reply += String(d);
    });
    const started = Date.now();
    socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{`,
    );
    await new Promise((resolve) => socket.on('close', resolve));
    expect(Date.now() - started).toBeLessThan(8000);
    expect(reply).toMatch(/^HTTP\/1.1 408/);
  }, 15000);
});

describe('GET /healthz', () => {
  it('is still served next to the guarded endpoint', async () => {
    const res = await fetch(ctx.bot.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  });
});
