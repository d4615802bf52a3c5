// The quiet "Reviewed … by … · Further reading" line under answers, in Block Kit and in terminal text.
import type { Answer } from '../../../src/engine/answer';
import { renderAnswerMessage } from '../../../src/render/blocks';
import { renderAnswerText } from '../../../src/render/text';
import { answerOf, faq, faqAnswer, fullOptions, kb, role } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

/** The context blocks' texts of a rendered answer. */
function contextLines(answer: Answer, opts = fullOptions): string[] {
  return renderAnswerMessage(answer, opts).blocks.flatMap((b) =>
    b.type === 'context' ? b.elements.map((e) => ('text' in e ? e.text : '')) : [],
  );
}

describe('the review line under a curated comparison with a source', () => {
  const answer = answerOf('po vs tl', 'comparison');

  test('names the month, the owner and links the source', () => {
    expect(contextLines(answer)).toContain(
      'Reviewed Nov 2026 by @knowledge-team · Further reading: <https://nicepick.dev/|Product Ownership vs Technical Leadership (nicepick.dev)>',
    );
  });

  test('is the same whichever way round the pair was asked', () => {
    const reversed = answerOf('tl vs po', 'comparison');
    expect(contextLines(reversed)).toEqual(expect.arrayContaining([expect.stringContaining('nicepick.dev')]));
  });

  test('shows the month and owner without a link when the knowledge has no comparisons passed', () => {
    const { comparisons: _omitted, ...opts } = fullOptions;
    expect(contextLines(answer, opts)).toContain('Reviewed Nov 2026 by @knowledge-team');
  });

  test('appears in the terminal text too', () => {
    const text = renderAnswerText(answer, { width: 200, comparisons: kb.comparisons });
    expect(text).toContain(
      'Reviewed Nov 2026 by @knowledge-team · Further reading: Product Ownership vs Technical Leadership (nicepick.dev) <https://nicepick.dev/>',
    );
  });
});

describe('the review line under a FAQ and a role', () => {
  test('a FAQ shows its own month and owner', () => {
    const f = { ...faq('po-tl-one-person'), reviewed: '2025-03', owner: 'Dana' };
    expect(contextLines(faqAnswer(f))).toContain('Reviewed Mar 2025 by Dana');
  });

  test('a role shows its own', () => {
    const answer = answerOf('what does a scrum master do', 'role');
    expect(contextLines({ ...answer, role: { ...role('scrum-master'), owner: '@sm-guild' } })).toContain(
      'Reviewed Nov 2026 by @sm-guild',
    );
  });

  test('an answer that is not one entry has none', () => {
    expect(contextLines(answerOf('list roles', 'list')).join('\n')).not.toContain('Reviewed');
  });
});

describe('a review line from hostile file content', () => {
  const f = {
    ...faq('po-tl-one-person'),
    owner: '<!channel> & co',
    sources: [{ title: 'Read <this> & that', url: 'https://example.com/a?b=1&c=2' }],
  };
  const message = renderAnswerMessage(faqAnswer(f), fullOptions);

  test('escapes the owner, the title and the address', () => {
    expect(JSON.stringify(message.blocks)).toContain(
      'Reviewed Nov 2026 by &lt;!channel&gt; &amp; co · Further reading: <https://example.com/a?b=1&amp;c=2|Read &lt;this&gt; &amp; that>',
    );
  });

  test('stays within Slack limits with the longest allowed fields', () => {
    const long = { title: 't'.repeat(120), url: `https://example.com/${'x'.repeat(480)}` };
    const big = { ...f, owner: 'o'.repeat(60), sources: [long, long, long, long, long] };
    assertWithinSlackLimits(renderAnswerMessage(faqAnswer(big), fullOptions));
  });
});

describe('a comparison drawn from two profiles', () => {
  const answer = answerOf('qa lead vs business analyst', 'comparison');

  test('takes the older review of the two and both owners', () => {
    const a = { ...answer.comparison.a, reviewed: '2025-02', owner: '@qa' };
    const b = { ...answer.comparison.b, reviewed: '2026-01', owner: '@ba' };
    const lines = contextLines({ ...answer, comparison: { ...answer.comparison, a, b } });
    expect(lines).toContain('Reviewed Feb 2025 by @qa and @ba');
  });
});
