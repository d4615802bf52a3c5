// The built CLI as an installed package: a copy of dist/ with its knowledge, run from other folders.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const BASE_KB = join(REPO, 'test', 'fixtures', 'kb-base');
let root: string;
let cli: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'role-bot-pkg-'));
  const pkg = join(root, 'node_modules', 'role-bot');
  mkdirSync(pkg, { recursive: true });
  // Build first, as `npm install` does, into the package copy; it finds its dependencies via node_modules.
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [
    tsc,
    '-p',
    join(REPO, 'tsconfig.build.json'),
    '--outDir',
    join(pkg, 'dist'),
  ]);
  symlinkSync(join(REPO, 'knowledge'), join(pkg, 'knowledge'));
  symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
  cli = join(pkg, 'dist', 'cli.js');
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the copied CLI in `cwd` with only PATH and `env` set. */
function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('role-bot from any folder', () => {
  it('answers from a folder with no knowledge in it, using its own', () => {
    const r = run(['ask', '--json', 'po vs tl'], tmpdir());
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'comparison', roles: ['product-owner', 'tech-lead'] });
  });

  it('does not pick up the code folder src/knowledge when run from src/', () => {
    const r = run(['kb', 'check'], join(REPO, 'src'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^knowledge ok: 16 roles/);
  });

  it('reads another folder given with --knowledge, before or after the command', () => {
    expect(run(['--knowledge', BASE_KB, 'kb', 'check'], tmpdir()).out).toMatch(/^knowledge ok: 2 roles/);
    expect(run(['kb', 'check', `--knowledge=${BASE_KB}`], tmpdir()).out).toMatch(/^knowledge ok: 2 roles/);
  });

  it('reads KNOWLEDGE_DIR relative to the current folder', () => {
    const r = run(['kb', 'check'], join(REPO, 'test', 'fixtures'), { KNOWLEDGE_DIR: 'kb-base' });
    expect(r.out).toMatch(/^knowledge ok: 2 roles/);
  });

  it('says what is wrong when --knowledge has no folder', () => {
    const r = run(['kb', 'check', '--knowledge'], tmpdir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--knowledge needs a folder/);
  });

  it('reports from DATA_DIR when it is set', () => {
    const data = mkdtempSync(join(tmpdir(), 'role-bot-data-'));
    try {
      const r = run(['report'], tmpdir(), { DATA_DIR: data });
      expect(r.out.trim()).toBe(`Nothing recorded in ${data} (all time).`);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
