import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '..', 'fixtures');
let root: string | undefined;

/**
 * A broken-knowledge case, ready to read: `kb-base` with the case's own files from
 * `fixtures/kb-broken/<name>/` laid over it, less the base files its `.remove` lists (one path a
 * line, for a case that renames a file). Each case folder holds only what it breaks (or adds),
 * so a change to the base reaches every case. Built once per test process, in a temporary
 * `.../kb-broken/<name>` folder (problem lines name it so), removed when the process exits.
 */
export function brokenKb(name: string): string {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'role-bot-'));
    root = join(made, 'kb-broken');
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const dir = join(root, name);
  if (!existsSync(dir)) {
    const own = join(FIXTURES, 'kb-broken', name);
    if (!existsSync(own)) throw new Error(`no broken-knowledge case "${name}"`);
    cpSync(join(FIXTURES, 'kb-base'), dir, { recursive: true });
    cpSync(own, dir, { recursive: true, filter: (src) => !src.endsWith('.remove') });
    const removals = join(own, '.remove');
    const gone = existsSync(removals) ? readFileSync(removals, 'utf8').split('\n').filter(Boolean) : [];
    for (const file of gone) rmSync(join(dir, file));
  }
  return dir;
}
