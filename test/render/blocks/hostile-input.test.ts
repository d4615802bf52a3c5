import type { Answer, ComparisonView } from '../../../src/engine/answer';
import type { Role } from '../../../src/knowledge/types';
import { ACTION_IDS, renderAnswerMessage, renderHomeView } from '../../../src/render/blocks';
import { answerOf, buttons, engine, faq, faqAnswer, fullOptions, kb, role, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

const PINGS = '<!channel> <!here> <@U123ABC> <!subteam^S1|devs> <https://evil.example|click>';

/** One answer of every kind, each carrying `query`, unsure enough to echo it, with a note quoting it. */
function everyKind(query: string): Answer[] {
  const common = {
    query,
    confidence: 0.5,
    notes: [{ code: 'fuzzy-role' as const, text: `I read "${query}" loosely.` }],
  };
  return [
    { ...faqAnswer(faq('po-tl-one-person')), ...common },
    { ...answerOf('compare po tl', 'comparison'), ...common },
    { ...answerOf('scrum master', 'role'), ...common },
    { ...answerOf('list roles', 'list'), ...common },
    { ...answerOf('help', 'help'), ...common },
    { ...answerOf('zxqv plorf', 'none'), ...common },
  ];
}

describe('a query that tries to ping everyone', () => {
  test.each(everyKind(PINGS).map((a) => [a.kind, a]))(
    '%s: no live mention anywhere in the JSON',
    (_kind, answer) => {
      const json = JSON.stringify(renderAnswerMessage(answer, fullOptions));
      for (const raw of ['<!channel>', '<!here>', '<@U123ABC>', '<!subteam', '<https://evil'])
        expect(json).not.toContain(raw);
    },
  );

  test('the echoed query shows as typed, escaped', () => {
    const message = renderAnswerMessage(
      { ...engine.answer('who owns the backlog? <!channel>'), confidence: 0.5 },
      fullOptions,
    );
    expect(visibleText(message.blocks)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(message)).not.toContain('<!channel>');
  });

  test('the share button carries it escaped', () => {
    const message = renderAnswerMessage(
      { ...answerOf('scrum master', 'role'), query: 'scrum master <!channel>' },
      fullOptions,
    );
    expect(buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.shareAnswer)?.value).toBe(
      'scrum master &lt;!channel&gt;',
    );
  });
});

describe('a 5,000-character query', () => {
  const query = `can one person be po and tl ${'<&> blah '.repeat(560)}`.slice(0, 5000);

  test('renders within limits through the engine', () => {
    assertWithinSlackLimits(renderAnswerMessage(engine.answer(query), fullOptions));
  });

  test.each(everyKind(query).map((a) => [a.kind, a]))(
    '%s renders within limits when handed the whole query',
    (_k, answer) => {
      const message = renderAnswerMessage(answer, fullOptions);
      assertWithinSlackLimits(message);
      expect(JSON.stringify(message)).not.toMatch(/<&>/);
    },
  );
});

/** A role far past the knowledge validator's limits: the renderers must shorten it, not fail. */
function giantRole(): Role {
  const long = (n: number, word: string) =>
    Array.from({ length: n }, (_, i) => `${word} ${i} ${'and more words '.repeat(20)}`);
  return {
    ...role('tech-lead'),
    id: 'giant-role',
    name: `The ${'Very Long Title '.repeat(19)}`.slice(0, 300),
    summary: 'A summary that goes on. '.repeat(300),
    focus: 'Focus. '.repeat(500),
    responsibilities: long(200, 'Responsibility'),
    decides: long(200, 'Decision'),
    works_with: long(500, 'Partner'),
    reports_to: 'Someone. '.repeat(400),
    strengths: long(100, 'Strength'),
    watch_outs: long(100, 'Watch out'),
    lean_on_when: long(100, 'When'),
  };
}

describe('a synthetic role with a 300-character name and very long lists', () => {
  const giant = giantRole();
  const tl = role('tech-lead');
  const roleAnswer: Answer = { ...answerOf('tech lead', 'role'), role: giant };
  const view: ComparisonView = {
    ...answerOf('compare po tl', 'comparison').comparison,
    a: giant,
    b: tl,
    curated: false,
    summary: 'Long. '.repeat(1000),
    differences: Array.from({ length: 30 }, (_, i) => ({
      aspect: `Aspect ${i} ${'x'.repeat(200)}`,
      a: 'a '.repeat(1500),
      b: 'b '.repeat(1500),
    })),
    similarities: giant.strengths,
    chooseAWhen: giant.lean_on_when,
    chooseBWhen: giant.responsibilities,
    related: kb.faqs.map((f) => f.id),
  };
  const options = { ...fullOptions, roles: [...kb.roles, giant] };

  test('renders its profile shortened, header cut with an ellipsis', () => {
    const message = renderAnswerMessage(roleAnswer, options);
    assertWithinSlackLimits(message);
    expect(visibleText(message.blocks[0])).toMatch(/^The Very Long Title .*…$/);
    expect(visibleText(message.blocks)).toMatch(/_…and \d+ more_/);
  });

  test('renders a comparison with it, differences capped and counted', () => {
    const message = renderAnswerMessage(
      { ...answerOf('compare po tl', 'comparison'), comparison: view },
      options,
    );
    assertWithinSlackLimits(message);
    expect(visibleText(message.blocks)).toContain('…and 20 more differences.');
  });

  test('renders in the list and the App Home', () => {
    const roles = [giant, ...kb.roles];
    assertWithinSlackLimits(renderAnswerMessage({ ...answerOf('list roles', 'list'), roles }, options));
    assertWithinSlackLimits(renderHomeView({ roles, comparisons: kb.comparisons }, ['x'.repeat(3000)]));
  });

  test('its select option is shortened too', () => {
    const message = renderAnswerMessage(answerOf('compare po tl', 'comparison'), options);
    assertWithinSlackLimits(message);
    const json = JSON.stringify(message);
    expect(json).toContain('"value":"giant-role"');
    expect(json).not.toContain(giant.name);
  });
});

describe('an answer with far too many suggestions and notes', () => {
  const suggestions = kb.faqs.map((f) => ({
    kind: 'faq' as const,
    id: f.id,
    label: `${f.question} ${'more '.repeat(40)}`,
  }));
  const notes = Array.from({ length: 40 }, () => ({ code: 'truncated' as const, text: 'n '.repeat(2000) }));

  test.each(everyKind('q').map((a) => [a.kind, a]))('%s stays within limits', (_k, answer) => {
    const crowded = {
      ...answer,
      alternatives: suggestions,
      notes,
      ...(answer.kind === 'none' ? { suggestions } : {}),
    } as Answer;
    assertWithinSlackLimits(renderAnswerMessage(crowded, fullOptions));
  });

  test('a giant FAQ answer and question are shortened', () => {
    const f = {
      ...faq('po-tl-one-person'),
      question: 'Why? '.repeat(100),
      answer: 'Because. '.repeat(1000),
      roles: kb.roles.map((r) => r.id),
    };
    const message = renderAnswerMessage({ ...faqAnswer(f), related: suggestions }, fullOptions);
    assertWithinSlackLimits(message);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});
