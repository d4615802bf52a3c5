/**
 * Reference servers for bench/e2e.ts, run as child processes like the app: they show what the same load costs
 * with none (or little) of role-bot's work, so the app's figures can be read against the machine's floor.
 *
 *   e2e-floor node-http <reply.json>             node:http, reads each body and sends the reply; nothing else
 *   e2e-floor bolt <reply.json> <fake API url>  a bare Bolt App (HTTP receiver, signature checked), one /role
 *                                               listener that acks with the reply, and one app_mention listener
 *                                               that posts it in the thread; no engine, no rendering
 *
 * The reply is the app's own answer to a typical question, so every server writes the same bytes.
 */

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { App, LogLevel } from '@slack/bolt';
import { serveBench } from './e2e-child-side';
import { BENCH_SECRET } from './e2e-protocol';

const modulesMs = performance.now();

async function nodeHttp(reply: string): Promise<void> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveBench({ stop: () => new Promise((resolve) => server.close(resolve)) }).ready(ready(server));
}

async function bareBolt(reply: string, apiUrl: string): Promise<void> {
  const message = JSON.parse(reply) as Record<string, unknown>;
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: BENCH_SECRET,
    convoStore: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command('/role', async ({ ack }) => ack(message));
  const { response_type: _ephemeral, ...posted } = message;
  app.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({
      ...(posted as { text: string }),
      channel: event.channel,
      thread_ts: event.ts,
    });
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  serveBench({ stop: () => app.stop() }).ready(ready(server));
}

function ready(server: Server) {
  const port = (server.address() as AddressInfo).port;
  return { port, modulesMs, knowledgeMs: 0, readyMs: performance.now(), faqs: 0 };
}

async function main(): Promise<void> {
  const [kind, replyFile, apiUrl] = process.argv.slice(2);
  if (!replyFile || (kind !== 'node-http' && kind !== 'bolt') || (kind === 'bolt' && !apiUrl)) {
    throw new Error('usage: e2e-floor node-http <reply.json> | bolt <reply.json> <fake Slack API url>');
  }
  const reply = readFileSync(replyFile, 'utf8');
  if (kind === 'node-http') await nodeHttp(reply);
  else await bareBolt(reply, apiUrl as string);
}

main().catch((error: unknown) => {
  process.stderr.write(`e2e-floor: ${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
