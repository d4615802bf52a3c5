// Slack mrkdwn to HTML for the preview: formatting, links, lists, and escaping of anything from files.
import { escapeHtml, mrkdwnToHtml, plainToHtml } from '../../src/preview/html';

describe('mrkdwn formatting', () => {
  test('bold, italics and strike-through become tags', () => {
    expect(mrkdwnToHtml('*Yes.* It is _often_ ~never~ so.')).toBe(
      '<strong>Yes.</strong> It is <em>often</em> <s>never</s> so.',
    );
  });

  test('marks inside words stay as typed', () => {
    expect(mrkdwnToHtml('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });

  test('inline code is kept literal', () => {
    expect(mrkdwnToHtml('ask `po vs *tl*`')).toBe('ask <code>po vs *tl*</code>');
  });

  test('line breaks are kept', () => {
    expect(mrkdwnToHtml('one\ntwo')).toBe('one<br>two');
  });

  test('bullet lines become a list', () => {
    expect(mrkdwnToHtml('*Why*\n• first\n• _second_\nafter')).toBe(
      '<strong>Why</strong><br><ul><li>first</li><li><em>second</em></li></ul>after',
    );
  });

  test('emoji codes stay text, marked for styling', () => {
    expect(mrkdwnToHtml(':thumbsup: Helpful')).toBe('<span class="emoji">:thumbsup:</span> Helpful');
  });
});

describe('mrkdwn links and mentions', () => {
  test('a labelled link becomes an anchor opening in a new tab', () => {
    expect(mrkdwnToHtml('<https://example.com/a|Read this>')).toBe(
      '<a href="https://example.com/a" rel="noopener noreferrer" target="_blank">Read this</a>',
    );
  });

  test('a bare link shows its address', () => {
    expect(mrkdwnToHtml('<https://example.com>')).toContain('>https://example.com</a>');
  });

  test('Slack entities in a link are decoded once, then escaped for HTML', () => {
    expect(mrkdwnToHtml('<https://e.com/?a=1&amp;b=2|A &amp; B>')).toBe(
      '<a href="https://e.com/?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">A &amp; B</a>',
    );
  });

  test('a javascript: link stays text', () => {
    const html = mrkdwnToHtml('<javascript:alert(1)|click>');
    expect(html).not.toContain('<a');
    expect(html).toBe('&lt;javascript:alert(1)|click&gt;');
  });

  test('@channel and user mentions show as text, never as markup', () => {
    expect(mrkdwnToHtml('<!channel> <@U123>')).toBe(
      '<span class="mention">@channel</span> <span class="mention">@U123</span>',
    );
  });
});

describe('escaping', () => {
  test('HTML typed into a file shows as text', () => {
    expect(mrkdwnToHtml('<script>alert(1)</script> "x" \'y\'')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &#39;y&#39;',
    );
  });

  test('escaped Slack text is decoded once and escaped again for HTML', () => {
    expect(mrkdwnToHtml('&lt;b&gt; &amp;amp;')).toBe('&lt;b&gt; &amp;amp;');
  });

  test('an attribute breaker in a link address cannot leave the attribute', () => {
    expect(mrkdwnToHtml('<https://e.com/"onmouseover="x|y>')).toContain(
      'href="https://e.com/&quot;onmouseover=&quot;x"',
    );
  });

  test('plain text is escaped', () => {
    expect(plainToHtml('<b>Hi</b> & :wave:')).toBe(
      '&lt;b&gt;Hi&lt;/b&gt; &amp; <span class="emoji">:wave:</span>',
    );
  });

  test('escapeHtml covers quotes for attributes', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
