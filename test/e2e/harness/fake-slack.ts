import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CallHandler,
  DEFAULT_IDENTITY,
  type DefaultState,
  defaultAnswer,
  type FakeIdentity,
  isRawReply,
  type RawReply,
  type RecordedCall,
  threadKey,
} from './fake-slack-defaults';

export type { CallHandler, FakeIdentity, RawReply, RecordedCall, Reply } from './fake-slack-defaults';

/** Options for startFakeSlack. */
export interface FakeSlackOptions {
  /** Overrides parts of the auth.test identity (default UBOT / BBOT / T1). */
  identity?: Partial<FakeIdentity>;
}

/** A recording fake of Slack's Web API and response URLs on 127.0.0.1. */
export interface FakeSlack {
  /** Base URL for WebClient `slackApiUrl`: 'http://127.0.0.1:PORT/api/'. */
  readonly apiUrl: string;
  /** Every call received, in arrival order. */
  readonly calls: RecordedCall[];
  /** Calls to one method. */
  callsTo(method: string): RecordedCall[];
  /** First call (already received or future) to `method` matching `predicate`; rejects after timeoutMs listing calls. */
  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** Overrides the answer for a method ('response_url' for response URLs); returning undefined falls back to default. */
  on(method: string, handler: CallHandler): void;
  /** Like on(), but only for the next call to that method. */
  once(method: string, handler: CallHandler): void;
  /** Removes the override of a method. */
  off(method: string): void;
  /** Registers the messages conversations.replies returns for (channel, ts). */
  setThread(channel: string, ts: string, messages: unknown[]): void;
  /** Registers a user users.info knows (`id` required; team T1, a person, active unless given otherwise). */
  setUser(user: { id: string } & Record<string, unknown>): void;
  /** Turns token rotation on (tokens expire `expiresIn` seconds after issue) or off (undefined). */
  setTokenRotation(expiresIn: number | undefined): void;
  /** Sets the WebSocket URL apps.connections.open returns. */
  setSocketUrl(url: string): void;
  /** The URL of response URL `id` on this server. */
  responseUrl(id: string): string;
  /** Forgets calls, overrides and threads (keeps the socket URL and the ts counter). */
  reset(): void;
  /** Closes the server and every connection to it. */
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.startsWith('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (!JSON_FIELDS.has(key)) {
      args[key] = value;
      continue;
    }
    try {
      args[key] = JSON.parse(value);
    } catch {
      args[key] = value;
    }
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, answer: Record<string, unknown> | RawReply): void {
  const raw: RawReply = isRawReply(answer) ? answer : { status: 200, body: answer };
  const body = typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body ?? { ok: raw.status < 400 });
  res.writeHead(raw.status, { 'content-type': 'application/json; charset=utf-8', ...raw.headers });
  res.end(body);
}

function describe(calls: RecordedCall[]): string {
  if (calls.length === 0) return '(no calls)';
  return calls.map((c) => `${c.method} ${JSON.stringify(c.args).slice(0, 160)}`).join('\n  ');
}

interface Waiter {
  method: string;
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Starts a fake Slack Web API + response URL server on 127.0.0.1 (random port). */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const overrides = new Map<string, { handler: CallHandler; once: boolean }>();
  const waiters = new Set<Waiter>();
  let tsCounter = 0;
  const state: DefaultState = {
    identity: { ...DEFAULT_IDENTITY, ...options.identity },
    oauth: { issued: new Map() },
    threads: new Map(),
    users: new Map(),
    socketUrl: undefined,
    nextTs: () => `1700000000.${String(++tsCounter).padStart(6, '0')}`,
  };

  const record = (call: RecordedCall): void => {
    calls.push(call);
    for (const w of waiters) {
      if (w.method === call.method && w.predicate(call)) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(call);
      }
    }
  };

  const answer = async (call: RecordedCall): Promise<Record<string, unknown> | RawReply> => {
    const override = overrides.get(call.method);
    if (override) {
      if (override.once) overrides.delete(call.method);
      const custom = await override.handler(call);
      if (custom !== undefined) return custom;
    }
    return call.method === 'response_url' ? { ok: true } : defaultAnswer(call, state);
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([\w.]+)$/.exec(path);
    const response = /^\/response\/([^/]+)$/.exec(path);
    if (req.method !== 'POST' || (!api && !response)) {
      reply(res, { status: 404, body: { ok: false, error: 'unknown_path' } });
      return;
    }
    void (async () => {
      try {
        await handle(req, res, api?.[1], response?.[1]);
      } catch (error) {
        if (res.headersSent) res.destroy();
        else
          reply(res, {
            status: 500,
            body: { ok: false, error: 'fake_handler_threw', detail: String(error) },
          });
      }
    })();
  });

  const handle = async (req: IncomingMessage, res: ServerResponse, method?: string, responseId?: string) => {
    const raw = await readBody(req);
    const args = parseBody(raw, req.headers['content-type'] ?? '');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: RecordedCall = method
      ? { method, args, token, at: Date.now() }
      : {
          method: 'response_url',
          args,
          token,
          at: Date.now(),
          responseId: decodeURIComponent(responseId ?? ''),
        };
    record(call);
    reply(res, await answer(call));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 3000) {
      const found = calls.find((c) => c.method === method && predicate(c));
      if (found) return Promise.resolve(found);
      return new Promise<RecordedCall>((resolve, reject) => {
        const waiter: Waiter = {
          method,
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            reject(
              new Error(
                `fake Slack: no matching ${method} call within ${timeoutMs} ms; calls:\n  ${describe(calls)}`,
              ),
            );
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    on: (method, handler) => void overrides.set(method, { handler, once: false }),
    once: (method, handler) => void overrides.set(method, { handler, once: true }),
    off: (method) => void overrides.delete(method),
    setThread: (channel, ts, messages) => void state.threads.set(threadKey(channel, ts), messages),
    setUser: (user) =>
      void state.users.set(user.id, {
        team_id: state.identity.team_id,
        name: user.id.toLowerCase(),
        deleted: false,
        is_bot: false,
        ...user,
      }),
    setTokenRotation: (expiresIn) => {
      state.oauth.rotation = expiresIn === undefined ? undefined : { expiresIn };
    },
    setSocketUrl: (url) => {
      state.socketUrl = url;
    },
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    reset() {
      calls.length = 0;
      overrides.clear();
      state.threads.clear();
      state.users.clear();
    },
    close() {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error(`fake Slack closed while waiting for ${w.method}`));
      }
      waiters.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
