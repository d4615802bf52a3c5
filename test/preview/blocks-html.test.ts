// Block Kit to HTML for the preview: each block type, the buttons that ask the engine, and escaping.
import type { KnownBlock } from '@slack/types';
import { blocksToHtml, blockToHtml } from '../../src/preview/blocks-html';
import { previewLinks } from '../../src/preview/route';
import { ACTION_IDS, button, compareWithBlock, renderAnswerMessage } from '../../src/render/blocks';
import { answerOf, fullOptions } from '../render/blocks/fixtures';

const html = (b: KnownBlock) => blockToHtml(b, previewLinks);

describe('each block type', () => {
  test('a header is a heading of escaped plain text', () => {
    expect(html({ type: 'header', text: { type: 'plain_text', text: 'PO <vs> TL *not bold*' } })).toBe(
      '<h2 class="b-header">PO &lt;vs&gt; TL *not bold*</h2>',
    );
  });

  test('a section shows its mrkdwn text', () => {
    expect(html({ type: 'section', text: { type: 'mrkdwn', text: '*Yes.* Often.' } })).toContain(
      '<div class="b-text"><strong>Yes.</strong> Often.</div>',
    );
  });

  test('section fields are laid out as a grid of cells', () => {
    const out = html({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*A*\none' },
        { type: 'mrkdwn', text: '*B*\ntwo' },
      ],
    });
    expect(out).toContain(
      '<div class="b-fields"><div class="b-field"><strong>A</strong><br>one</div><div class="b-field"><strong>B</strong><br>two</div></div>',
    );
  });

  test('a context block is small text', () => {
    expect(html({ type: 'context', elements: [{ type: 'mrkdwn', text: '_quiet_' }] })).toBe(
      '<div class="b-context"><span><em>quiet</em></span></div>',
    );
  });

  test('a divider is a rule', () => {
    expect(html({ type: 'divider' })).toBe('<hr class="b-divider">');
  });
});

describe('buttons and selects', () => {
  test('an ask button links to the answer it asks for', () => {
    const b = button('Tech Lead', ACTION_IDS.askSuggestion, 'role:tech-lead');
    expect(html({ type: 'actions', elements: [b] })).toContain(
      '<a class="btn" href="/?ask=role%3Atech-lead">Tech Lead</a>',
    );
  });

  test('a primary button keeps its style', () => {
    const b = button('Go', ACTION_IDS.askSuggestion, 'faq:x', 'primary');
    expect(html({ type: 'actions', elements: [b] })).toContain('class="btn btn-primary"');
  });

  test('feedback buttons are shown but inert', () => {
    const b = button(':thumbsup: Helpful', ACTION_IDS.feedbackHelpful, 'faq:x');
    expect(html({ type: 'actions', elements: [b] })).toBe(
      '<div class="b-actions"><span class="btn btn-inert" title="Works in Slack only"><span class="emoji">:thumbsup:</span> Helpful</span></div>',
    );
  });

  test('"Compare with…" is a form that sends the role it compares from', () => {
    const [block] = compareWithBlock(
      { id: 'tech-lead', name: 'Tech Lead' },
      ['tech-lead'],
      [{ id: 'product-owner', name: 'Product Owner' }],
    );
    const out = html(block as KnownBlock);
    expect(out).toContain('<input type="hidden" name="from" value="tech-lead">');
    expect(out).toContain('<select class="select" name="with" required>');
    expect(out).toContain('<option value="product-owner">Product Owner</option>');
  });

  test('a button label or value from a file is escaped', () => {
    const b = button('<img src=x onerror=alert(1)>', ACTION_IDS.askSuggestion, 'ask:"><script>');
    const out = html({ type: 'actions', elements: [b] });
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('href="/?ask=ask%3A%22%3E%3Cscript%3E"');
  });
});

describe('a whole answer', () => {
  const message = renderAnswerMessage(answerOf('po vs tl', 'comparison'), fullOptions);
  const out = blocksToHtml(message.blocks, previewLinks);

  test('shows the comparison header and the two roles side by side', () => {
    expect(out).toContain('<h2 class="b-header">Product Owner vs Tech Lead</h2>');
    expect(out).toContain('<div class="b-field"><strong>Product Owner</strong><br>');
  });

  test('shows the review line with its link', () => {
    expect(out).toContain(
      'Reviewed Nov 2026 by @knowledge-team · Further reading: <a href="https://nicepick.dev/"',
    );
  });

  test('draws every block it was given', () => {
    expect(out.split('\n')).toHaveLength(message.blocks.length);
  });
});
