import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** A Socket Mode envelope as Slack pushes it over the WebSocket. */
export interface SocketEnvelope {
  type: 'slash_commands' | 'events_api' | 'interactive';
  payload: unknown;
  /** Default: a random UUID. */
  envelope_id?: string;
  /** Default: true except for events_api. */
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** The client's acknowledgement; @slack/socket-mode always sends `payload` ({} for a bare ack()). */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/** A loopback stand-in for Slack's Socket Mode WebSocket endpoint. */
export interface SocketStandIn {
  /** ws:// URL to hand to fake.setSocketUrl(). */
  readonly url: string;
  /** Every JSON message clients sent, in order. */
  readonly received: unknown[];
  /** Resolves once `count` connections in total have been opened and greeted with hello. */
  connected(count?: number, timeoutMs?: number): Promise<void>;
  /** Pushes an envelope to the newest open client; resolves with its ack for that envelope_id. */
  send(envelope: SocketEnvelope, timeoutMs?: number): Promise<SocketAck>;
  /** Sends Slack's `{type:'disconnect', reason}` message (the client closes and reconnects). */
  requestDisconnect(reason?: 'warning' | 'refresh_requested' | 'link_disabled'): void;
  /** Terminates every client connection and closes the server. Stop the Bolt app first, or it will reconnect. */
  close(): Promise<void>;
}

const HELLO = {
  type: 'hello',
  num_connections: 1,
  debug_info: { host: 'test', approximate_connection_time: 3600 },
  connection_info: { app_id: 'A1' },
};

interface PendingAck {
  resolve: (ack: SocketAck) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Closes one client connection with a close frame, terminating it if the handshake takes over 1 s. */
function closeGracefully(ws: WebSocket): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => ws.terminate(), 1000);
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(1001, 'stand-in closing');
  });
}

/** Starts the Socket Mode stand-in on ws://127.0.0.1:<random port>/link/. */
export async function startSocketStandIn(): Promise<SocketStandIn> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=test`;
  const open: WebSocket[] = [];
  const received: unknown[] = [];
  const pending = new Map<string, PendingAck>();
  const greetWaiters = new Set<() => void>();
  let greeted = 0;

  wss.on('connection', (ws) => {
    open.push(ws);
    ws.on('close', () => {
      const at = open.indexOf(ws);
      if (at >= 0) open.splice(at, 1);
    });
    ws.on('message', (data) => {
      let message: unknown;
      try {
        message = JSON.parse(data.toString());
      } catch {
        message = data.toString();
      }
      received.push(message);
      const id = (message as { envelope_id?: unknown } | null)?.envelope_id;
      const waiting = typeof id === 'string' ? pending.get(id) : undefined;
      if (waiting && typeof id === 'string') {
        pending.delete(id);
        clearTimeout(waiting.timer);
        waiting.resolve(message as SocketAck);
      }
    });
    ws.send(JSON.stringify(HELLO), () => {
      greeted += 1;
      for (const wake of greetWaiters) wake();
    });
  });

  return {
    url,
    received,
    connected(count = 1, timeoutMs = 3000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (greeted < count) return;
          greetWaiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          greetWaiters.delete(check);
          reject(new Error(`socket stand-in: ${greeted} of ${count} connection(s) within ${timeoutMs} ms`));
        }, timeoutMs);
        greetWaiters.add(check);
        check();
      });
    },
    send(envelope, timeoutMs = 3000) {
      const client = open[open.length - 1];
      if (!client) return Promise.reject(new Error('socket stand-in: no client connected'));
      const message = {
        ...envelope,
        envelope_id: envelope.envelope_id ?? randomUUID(),
        accepts_response_payload: envelope.accepts_response_payload ?? envelope.type !== 'events_api',
      };
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(message.envelope_id);
          reject(
            new Error(
              `socket stand-in: no ack for ${message.type} ${message.envelope_id} within ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        pending.set(message.envelope_id, { resolve, reject, timer });
        client.send(JSON.stringify(message));
      });
    },
    requestDisconnect(reason = 'warning') {
      const message = JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'test' } });
      for (const ws of open) ws.send(message);
    },
    async close() {
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error('socket stand-in closed before the ack arrived'));
      }
      pending.clear();
      // A graceful close handshake: cutting the TCP socket while the client's own close handshake is in flight makes
      // @slack/socket-mode 3.1.0 run disconnect() twice and leak a 30 s timer (jest then cannot exit).
      await Promise.all([...open].map(closeGracefully));
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
