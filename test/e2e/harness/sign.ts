import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The two headers Slack adds to every request it sends to an app. */
export interface SlackSignatureHeaders {
  'x-slack-request-timestamp': string;
  'x-slack-signature': string;
}

/** Options for send() and the send* helpers. */
export interface SendOptions {
  /** Unix seconds to sign with (default now); e.g. now - 600 for a stale request. */
  timestamp?: number;
  /** Sign with a wrong secret so the app must reject the request. */
  badSignature?: boolean;
  /** Extra headers (win over the defaults). */
  headers?: Record<string, string>;
}

/** What came back from the app. */
export interface SendResult {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Current time in Unix seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Slack's v0 request signature for exactly these body bytes. */
export function signRequest(
  secret: string,
  body: string,
  timestamp: number = nowSeconds(),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${digest}` };
}

/** POSTs a signed body to the app with global fetch. */
export async function send(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  opts: SendOptions = {},
): Promise<SendResult> {
  const signed = signRequest(opts.badSignature ? `${secret}-wrong` : secret, body, opts.timestamp);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signed, ...opts.headers },
    body,
  });
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), text: await res.text() };
}

/** Form-encodes fields, skipping undefined values. */
export function formBody(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.append(key, value);
  return params.toString();
}

/** Sends a slash command (form body, content-type exactly application/x-www-form-urlencoded). */
export function sendCommand(
  url: string,
  secret: string,
  fields: Record<string, string | undefined>,
  opts?: SendOptions,
): Promise<SendResult> {
  return send(url, secret, formBody(fields), 'application/x-www-form-urlencoded', opts);
}

/** Options for sendEvent: retryNum/retryReason add Slack's retry headers. */
export interface SendEventOptions extends SendOptions {
  retryNum?: number;
  retryReason?: string;
}

/** Sends an Events API envelope as JSON. */
export function sendEvent(
  url: string,
  secret: string,
  envelope: object,
  opts: SendEventOptions = {},
): Promise<SendResult> {
  const { retryNum, retryReason, ...rest } = opts;
  const retry: Record<string, string> =
    retryNum === undefined
      ? {}
      : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': retryReason ?? 'http_timeout' };
  return send(url, secret, JSON.stringify(envelope), 'application/json', {
    ...rest,
    headers: { ...retry, ...rest.headers },
  });
}

/** Sends an interactivity payload as a form with one field `payload=<JSON>`. */
export function sendInteraction(
  url: string,
  secret: string,
  payload: object,
  opts?: SendOptions,
): Promise<SendResult> {
  return send(
    url,
    secret,
    formBody({ payload: JSON.stringify(payload) }),
    'application/x-www-form-urlencoded',
    opts,
  );
}

/** URL of a path on a listening loopback server, e.g. the http.Server Bolt's App.start() returned. */
export function serverUrl(server: Server, path = '/slack/events'): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}
