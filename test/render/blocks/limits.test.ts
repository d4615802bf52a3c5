import { fitUserText, shorten } from '../../../src/render/blocks';
import { bulletList } from '../../../src/render/blocks/parts';
import { escapeMrkdwn, unescapeMrkdwn } from '../../../src/render/escape';

describe('escapeMrkdwn', () => {
  test('replaces &, < and > with entities, & first so nothing is escaped twice', () => {
    expect(escapeMrkdwn('a & <b> &lt;')).toBe('a &amp; &lt;b&gt; &amp;lt;');
  });

  test('leaves every other character alone, mrkdwn marks included', () => {
    expect(escapeMrkdwn(`*bold* _it_ ~s~ \`c\` "q" 'a' é 🎉`)).toBe(`*bold* _it_ ~s~ \`c\` "q" 'a' é 🎉`);
  });

  test('neutralises special mentions', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <!subteam^S1>')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;!subteam^S1&gt;',
    );
  });

  test('drops control and bidirectional characters but keeps newlines and tabs', () => {
    const typed = 'bell\u0007 esc\u001b[2J del\u007f c1\u0085 rlo\u202e lri\u2066 rlm\u200f\r\nnext\tcol';
    expect(escapeMrkdwn(typed)).toBe('bell esc[2J del c1 rlo lri rlm\nnext\tcol');
  });

  test('so the echoed question carries none of them', () => {
    expect(fitUserText('\u202ewho owns\u0007 the backlog?\u001b', 200)).toBe('who owns the backlog?');
  });

  test('unescapeMrkdwn gives back the original text', () => {
    const raw = 'x &amp; <!here> & >';
    expect(unescapeMrkdwn(escapeMrkdwn(raw))).toBe(raw);
  });
});

describe('shorten', () => {
  test('returns text that fits unchanged', () => {
    expect(shorten('Tech Lead', 9)).toBe('Tech Lead');
  });

  test('cuts at a word boundary and ends with an ellipsis', () => {
    expect(shorten('Who owns and prioritizes the product backlog?', 20)).toBe('Who owns and…');
  });

  test('drops punctuation left dangling before the ellipsis', () => {
    expect(shorten('One, two, three, four', 10)).toBe('One, two…');
  });

  test('hard-cuts a single long word rather than returning nothing', () => {
    const out = shorten('x'.repeat(300), 75);
    expect(out).toHaveLength(75);
    expect(out.endsWith('…')).toBe(true);
  });

  test('never splits an emoji in half', () => {
    const out = shorten(`${'a'.repeat(8)}🎉🎉🎉`, 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('stays within tiny limits', () => {
    expect(shorten('hello', 1)).toBe('…');
    expect(shorten('hello', 0)).toBe('');
  });
});

describe('fitUserText', () => {
  test('escapes and fits, counting the entities', () => {
    const out = fitUserText('<'.repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/^(&lt;)+…$/);
  });

  test('never leaves a broken entity at the cut', () => {
    for (let max = 5; max < 40; max++) {
      const out = fitUserText('a&b&c&d&e&f&g&h&i&j&k&l&m&n', max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.replace(/&amp;/g, '')).not.toContain('&');
    }
  });
});

describe('bulletList', () => {
  test('lists every item that fits', () => {
    expect(bulletList(['one', 'two'], 100)).toBe('• one\n• two');
  });

  test('says how many items did not fit', () => {
    const items = Array.from({ length: 50 }, (_, i) => `item number ${i} with some words`);
    const out = bulletList(items, 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toMatch(/_…and \d+ more_$/);
    const shown = out.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(out).toContain(`and ${50 - shown} more`);
  });

  test('shortens a first item too long to fit alone', () => {
    const out = bulletList(['w '.repeat(2000)], 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.startsWith('• w')).toBe(true);
  });
});
