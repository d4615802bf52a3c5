import { Readable } from 'node:stream';
import { main } from '../../src/cli';
import type { CliIo } from '../../src/commands/io';
import { EXAMPLES } from '../../src/engine';

function capture(columns = 80) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), columns };
  return { io, out, err };
}

describe('role-bot ask', () => {
  it('prints a comparison for a person, in two columns within the terminal width', async () => {
    const { io, out } = capture(72);
    expect(await main(['ask', 'compare po techlead'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('PRODUCT OWNER VS TECH LEAD');
    expect(text).toMatch(/Product Owner\s+│ Tech Lead/);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(72);
  });

  it('prints one JSON object with the contract fields', async () => {
    const { io, out } = capture();
    expect(await main(['ask', '--json', 'can one person be PO and tech lead?'], io)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json).toMatchObject({
      query: 'can one person be PO and tech lead?',
      kind: 'faq',
      id: 'po-tl-one-person',
    });
    expect(typeof json.confidence).toBe('number');
    expect(Array.isArray(json.alternatives)).toBe(true);
  });

  it('gives comparisons their two role ids', async () => {
    const { io, out } = capture();
    await main(['ask', '--json', 'TL or EM?'], io);
    expect(JSON.parse(out.join('')).roles).toEqual(['tech-lead', 'engineering-manager']);
  });

  it('answers "pros and cons" with both sides, naming the second in also', async () => {
    const { io, out } = capture();
    await main(['ask', '--json', 'technical product owner pros and cons'], io);
    expect(JSON.parse(out.join(''))).toMatchObject({
      kind: 'faq',
      id: 'technical-po-benefits',
      also: ['technical-po-risks'],
    });
    const text = capture();
    await main(['ask', 'technical product owner pros and cons'], text.io);
    const headings = text.out.join('\n').match(/^WHAT ARE THE .*$/gm);
    expect(headings).toEqual([
      'WHAT ARE THE BENEFITS OF A TECHNICAL PRODUCT OWNER?',
      'WHAT ARE THE RISKS OR DOWNSIDES OF A TECHNICAL PRODUCT OWNER?',
    ]);
  });

  it('gives a one-sided FAQ answer no also', async () => {
    const { io, out } = capture();
    await main(['ask', '--json', 'pros of a tpo?'], io);
    expect(JSON.parse(out.join('')).also).toBeUndefined();
  });

  it('lists the examples help shows, so scripts can ask them', async () => {
    const { io, out } = capture();
    await main(['ask', '--json', 'help'], io);
    const json = JSON.parse(out.join(''));
    expect(json.kind).toBe('help');
    expect(json.examples).toEqual(EXAMPLES);
    const text = capture();
    await main(['ask', 'help'], text.io);
    for (const e of json.examples) expect(text.out.join('\n')).toContain(`role-bot ask "${e}"`);
  });

  it('lists no examples under a one-line reply to thanks', async () => {
    const { io, out } = capture();
    await main(['ask', '--json', 'thanks!'], io);
    expect(JSON.parse(out.join(''))).toMatchObject({ kind: 'help', examples: [] });
  });

  it('answers standard input line by line, in order, without stopping on odd lines', async () => {
    const { io, out } = capture();
    const lines = ['who owns the backlog?', '', '🙂', 'x'.repeat(10000), 'po vs tl']; // an emoji alone is an empty question: help
    const code = await main(['ask', '--json'], io, Readable.from([`${lines.join('\n')}\n`]));
    expect(code).toBe(0);
    const kinds = out.map((l) => JSON.parse(l).kind);
    expect(kinds).toEqual(['faq', 'help', 'help', 'none', 'comparison']);
  });

  it('answers thousands of lines', async () => {
    const { io, out } = capture();
    const input = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'po vs tl' : 'who owns the backlog?')).join(
      '\n',
    );
    await main(['ask', '--json'], io, Readable.from([input]));
    expect(out).toHaveLength(3000);
  });

  it('prints help and exits 0 with --help', async () => {
    const { io, out } = capture();
    expect(await main(['ask', '--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('Exit codes');
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { io, err } = capture();
    expect(await main(['ask', '--jsn', 'x'], io)).toBe(2);
    expect(err.join('\n')).toContain('--jsn');
  });

  it('exits 2 on an unknown command and 0 on --help', async () => {
    expect(await main(['frobnicate'], capture().io)).toBe(2);
    expect(await main(['--help'], capture().io)).toBe(0);
  });
});
