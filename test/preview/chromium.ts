import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Chrome installs put a headless-capable browser, most likely first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: CHROMIUM_PATH when set, else the first system install found; undefined when none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** CI must run the browser test; a developer without Chromium gets a notice instead. */
export const browserRequired = process.env.CI === 'true';
