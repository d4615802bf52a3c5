// role-bot in OAuth mode, in this process: Bolt's install flow against the fake Slack, installations in a
// PostgreSQL schema of the test's own, and the helpers to install a workspace as a browser would.
import type { Server } from 'node:http';
import type { App, InstallationStore } from '@slack/bolt';
import { createSlackApp } from '../../src/slack/app';
import type { FirstTimeCheck } from '../../src/slack/dedupe';
import { type Database, openDatabase } from '../../src/store/pg/database';
import { createPgInstallationStore } from '../../src/store/pg-installations';
import { shippedEngine } from '../helpers/engine';
import { testConfig } from './app-setup';
import { captureLogger, type FakeSlack, installCode } from './harness';

/** The OAuth credentials the test apps use. */
export const OAUTH = Object.freeze({
  clientId: '111.222',
  clientSecret: 'e2e-client-secret',
  stateSecret: 'e2e-state',
});

/** A running OAuth-mode app. */
export interface OAuthApp {
  app: App;
  /** http://127.0.0.1:PORT */
  base: string;
  /** The events URL. */
  url: string;
  db: Database;
  installations: InstallationStore;
  logLines: string[];
  stop(): Promise<void>;
}

/** Starts the app in OAuth mode on `databaseUrl` (already migrated or not: it migrates on first use). */
export async function startOAuthApp(
  fake: FakeSlack,
  databaseUrl: string,
  dedupe?: FirstTimeCheck,
): Promise<OAuthApp> {
  const { logger, lines } = captureLogger();
  const db = openDatabase(databaseUrl, (m) => lines.push(m));
  const installations = createPgInstallationStore(db, (m) => lines.push(m));
  const app = createSlackApp({
    config: testConfig(fake, { botToken: undefined, oauth: OAUTH, databaseUrl }),
    engine: shippedEngine,
    feedback: { vote: () => undefined, answered: () => undefined },
    logger,
    installationStore: installations,
    dependencies: { database: () => db.health() },
    ...(dedupe ? { dedupe } : {}),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  return {
    app,
    base,
    url: `${base}/slack/events`,
    db,
    installations,
    logLines: lines,
    stop: async () => {
      await app.stop();
      await db.close();
    },
  };
}

/** Opens the install page as a browser: the page, the state it put in the authorize link, and its cookie. */
export async function openInstallPage(base: string) {
  const res = await fetch(`${base}/slack/install`);
  const html = await res.text();
  const link = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: res.status, html, link: link ? new URL(link) : undefined, cookie };
}

/** Installs role-bot in `team` as a person would: install page, Slack's approval (the fake's code), the redirect. */
export async function installWorkspace(base: string, team: string) {
  const page = await openInstallPage(base);
  const state = page.link?.searchParams.get('state') ?? '';
  const res = await fetch(
    `${base}/slack/oauth_redirect?code=${installCode(team)}&state=${encodeURIComponent(state)}`,
    {
      headers: { cookie: page.cookie },
    },
  );
  return { status: res.status, html: await res.text() };
}
