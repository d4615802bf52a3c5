import type { Server, ServerOptions } from 'node:http';
import type { ServerOptions as HttpsOptions, Server as HttpsServer } from 'node:https';
import type { ListenOptions } from 'node:net';
import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';
import { type GuardOptions, guardRequests } from './http-guard';

/**
 * Timeouts for the HTTP server. Slack's requests are small and want an answer within 3 s, so one whose
 * headers or body still trickle in after 5 s is not from Slack; Node's defaults (60 s, 5 min) would let
 * slow clients hold sockets that long.
 */
export const SERVER_TIMEOUTS = Object.freeze({
  headersTimeout: 5_000,
  requestTimeout: 5_000,
  /** How often Node enforces the two above; its default of 30 s would let a stalled socket live as long. */
  connectionsCheckingInterval: 1_000,
});

/** Bolt's HTTP receiver behind `guardRequests`, on a server with `SERVER_TIMEOUTS`. */
export class GuardedHttpReceiver extends HTTPReceiver {
  constructor(options: HTTPReceiverOptions, guard: GuardOptions) {
    super(options);
    this.requestListener = guardRequests(this.requestListener, guard);
  }

  /** Starts the server as Bolt does, with the timeouts added to any server options given. */
  override start(port: number | string | ListenOptions, serverOptions?: ServerOptions): Promise<Server>;
  override start(port: number | string | ListenOptions, httpsOptions?: HttpsOptions): Promise<HttpsServer>;
  override start(
    port: number | string | ListenOptions,
    options: ServerOptions | HttpsOptions = {},
  ): Promise<Server | HttpsServer> {
    return super.start(port, { ...SERVER_TIMEOUTS, ...options } as ServerOptions);
  }
}
