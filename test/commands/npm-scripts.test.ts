// package.json scripts as npm runs them: `npm start` rebuilds only when dist/ is missing or older than
// src/, and `npm install` has no install script left unreviewed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { scripts } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'role-bot-start-'));
  // The real prestart and start; the build writes an empty dist/index.js and a mark showing it ran.
  const build = `node -e "const f=require('fs');f.mkdirSync('dist',{recursive:true});f.writeFileSync('dist/index.js','');f.writeFileSync('built','')"`;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'x', scripts: { prestart: scripts.prestart, start: scripts.start, build } }),
  );
  mkdirSync(join(dir, 'src', 'slack'), { recursive: true });
  writeFileSync(join(dir, 'src', 'slack', 'app.ts'), '');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Sets a file's (or folder's) modification time to `seconds` since the epoch. */
const at = (path: string, seconds: number) => utimesSync(join(dir, path), seconds, seconds);

function npmStart(): boolean {
  const r = spawnSync('npm', ['start', '--silent'], { cwd: dir, encoding: 'utf8', shell: false });
  expect(r.status).toBe(0);
  return existsSync(join(dir, 'built'));
}

function writeDist() {
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.js'), '');
}

describe('npm start', () => {
  it('only runs when dist/ is newer than every file in src/', () => {
    writeDist();
    for (const path of ['src', 'src/slack', 'src/slack/app.ts']) at(path, 1_000);
    at('dist/index.js', 2_000);
    expect(npmStart()).toBe(false);
  });

  it('builds first when a source file changed after the build', () => {
    writeDist();
    for (const path of ['src', 'src/slack']) at(path, 1_000);
    at('dist/index.js', 2_000);
    at('src/slack/app.ts', 3_000);
    expect(npmStart()).toBe(true);
  });

  it('builds first when there is no build yet', () => {
    expect(npmStart()).toBe(true);
  });
});

describe('npm install', () => {
  it('has every dependency install script reviewed in allowScripts, so it does not warn', () => {
    const r = spawnSync('npm', ['install-scripts', 'ls'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('No packages with unreviewed install scripts.');
  });
});
