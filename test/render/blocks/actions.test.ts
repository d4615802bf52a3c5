import type { Button } from '@slack/types';
import {
  ACTION_IDS,
  type AskRequest,
  actionIdPattern,
  actionsBlocks,
  answerKey,
  button,
  compareWithBlockId,
  encodeAsk,
  encodeShareValue,
  ORIGIN_QUERY_MAX,
  parseAskValue,
  parseCompareWithBlockId,
  parseFeedbackValue,
  parseShareValue,
  renderAnswerMessage,
} from '../../../src/render/blocks';
import { answerOf, buttons } from './fixtures';

describe('action ids', () => {
  test('are the stable names listeners match on', () => {
    expect(ACTION_IDS).toEqual({
      askPerson: 'ask_person',
      askSuggestion: 'ask_suggestion',
      compareWith: 'compare_with',
      escalationChannel: 'escalation_channel',
      feedbackHelpful: 'feedback_helpful',
      feedbackNotHelpful: 'feedback_not_helpful',
      shareAnswer: 'share_answer',
    });
  });

  test('actionIdPattern matches the id with or without an index suffix, nothing else', () => {
    const p = actionIdPattern(ACTION_IDS.askSuggestion);
    expect(['ask_suggestion', 'ask_suggestion:1', 'ask_suggestion:12'].every((id) => p.test(id))).toBe(true);
    expect(['ask_suggestions', 'x_ask_suggestion', 'ask_suggestion:x'].some((id) => p.test(id))).toBe(false);
  });
});

describe('ask values', () => {
  test('use the short forms', () => {
    expect(encodeAsk({ kind: 'faq', id: 'who-owns-backlog' })).toBe('faq:who-owns-backlog');
    expect(encodeAsk({ kind: 'role', id: 'tech-lead' })).toBe('role:tech-lead');
    expect(encodeAsk({ kind: 'comparison', roles: ['product-owner', 'tech-lead'] })).toBe(
      'compare:product-owner,tech-lead',
    );
    expect(encodeAsk({ kind: 'question', text: 'EM or TL?' })).toBe('ask:EM or TL?');
  });

  test('read back to the same request', () => {
    const requests: AskRequest[] = [
      { kind: 'faq', id: 'po-tl-one-person' },
      { kind: 'role', id: 'scrum-master' },
      { kind: 'comparison', roles: ['tech-lead', 'product-owner'] },
      { kind: 'question', text: 'who decides: po, or tl?' },
    ];
    for (const req of requests) {
      expect(parseAskValue(encodeAsk(req))).toEqual(req);
    }
  });

  test('anything else reads as undefined', () => {
    for (const v of ['', 'faq:', 'compare:a', 'compare:a,b,c', 'nope:x', 'plain'])
      expect(parseAskValue(v)).toBeUndefined();
  });
});

describe('values that carry the question they were offered under', () => {
  const origin = { query: 'who | picks | the <order>?', kind: 'none' as const, confidence: 0 };

  test('read back with the target, the question (as typed), its kind and confidence', () => {
    const requests: AskRequest[] = [
      { kind: 'faq', id: 'who-owns-backlog', origin },
      { kind: 'role', id: 'tech-lead', origin: { ...origin, kind: 'faq', confidence: 0.42 } },
      { kind: 'comparison', roles: ['product-owner', 'tech-lead'], origin },
    ];
    for (const req of requests) expect(parseAskValue(encodeAsk(req))).toEqual(req);
  });

  test('keep the mentions in the question escaped on the way', () => {
    const value = encodeAsk({ kind: 'faq', id: 'x', origin: { ...origin, query: 'po? <!channel>' } });
    expect(value).not.toContain('<!channel>');
    expect(parseAskValue(value)).toMatchObject({ origin: { query: 'po? <!channel>' } });
  });

  test('cut a long question, and stay within 2,000 characters', () => {
    const value = encodeAsk({ kind: 'faq', id: 'x', origin: { ...origin, query: '<'.repeat(100_000) } });
    expect(value.length).toBeLessThanOrEqual(2000);
    const back = parseAskValue(value);
    expect(back?.kind === 'faq' && back.origin?.query.length).toBeLessThanOrEqual(ORIGIN_QUERY_MAX);
  });

  test('a malformed origin is dropped, the target kept', () => {
    for (const v of ['faq:x|maybe|0|q', 'faq:x|none|2|q', 'faq:x|none||q', 'faq:x|none|0|', 'faq:x|none'])
      expect(parseAskValue(v)).toEqual({ kind: 'faq', id: 'x' });
  });

  test('only did-you-mean buttons under an unsure answer carry one', () => {
    const offered = [
      { kind: 'faq' as const, id: 'who-owns-backlog', label: 'Who owns the backlog?' },
      {
        kind: 'comparison' as const,
        roles: ['product-owner', 'tech-lead'] as [string, string],
        label: 'PO vs TL',
      },
    ];
    const none = renderAnswerMessage({
      kind: 'none',
      query: 'zxqv plorf backlog',
      confidence: 0,
      suggestions: offered,
      alternatives: offered,
      notes: [],
      mentioned: [],
    });
    const asks = buttons(none.blocks).filter((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion));
    expect(asks.length).toBeGreaterThan(0);
    for (const b of asks)
      expect(parseAskValue(b.value ?? '')).toMatchObject({
        origin: { kind: 'none', query: 'zxqv plorf backlog' },
      });
  });

  test('a feedback value names the answer and the question; an old one only the answer', () => {
    const [helpful] = buttons(renderAnswerMessage(answerOf('scrum master', 'role')).blocks).filter(
      (b) => b.action_id === ACTION_IDS.feedbackHelpful,
    );
    expect(parseFeedbackValue(helpful?.value ?? '')).toMatchObject({
      answer: 'role:scrum-master',
      origin: { query: 'scrum master', kind: 'role' },
    });
    expect(parseFeedbackValue('faq:po-estimates')).toEqual({ answer: 'faq:po-estimates' });
  });
});

describe('feedback and share values', () => {
  test('feedback identifies the answer', () => {
    expect(answerKey(answerOf('compare po tl', 'comparison'))).toBe('compare:product-owner,tech-lead');
    expect(answerKey(answerOf('scrum master', 'role'))).toBe('role:scrum-master');
    expect(answerKey(answerOf('help', 'help'))).toBe('help');
  });

  test('share value carries the query escaped, and reads back as typed', () => {
    const value = encodeShareValue('po vs tl <!channel> & co');
    expect(value).not.toContain('<!channel>');
    expect(parseShareValue(value)).toBe('po vs tl <!channel> & co');
  });

  test('share value of a long query fits 2,000 characters', () => {
    expect(encodeShareValue('<'.repeat(5000)).length).toBeLessThanOrEqual(2000);
  });

  test('compare-with block id carries the role compared from', () => {
    expect(parseCompareWithBlockId(compareWithBlockId('tech-lead'))).toBe('tech-lead');
    expect(parseCompareWithBlockId('feedback')).toBeUndefined();
  });
});

describe('buttons and actions blocks', () => {
  test('button text is cut to 75 characters', () => {
    expect(button('x '.repeat(100), 'a', 'v').text.text.length).toBeLessThanOrEqual(75);
  });

  test('more than 25 buttons spill into a second block with its own id', () => {
    const many = Array.from({ length: 30 }, (_, i) => button(`b${i}`, ACTION_IDS.askSuggestion, `faq:${i}`));
    const blocks = actionsBlocks('related', many);
    expect(blocks.map((b) => [b.block_id, b.elements.length])).toEqual([
      ['related', 25],
      ['related_2', 5],
    ]);
  });

  test('repeated action ids in a block get an index suffix, the first keeps the plain id', () => {
    const [block] = actionsBlocks('x', [
      button('a', 'ask_suggestion', '1'),
      button('b', 'ask_suggestion', '2'),
      button('c', 'other', '3'),
    ]);
    expect(block?.elements.map((e) => (e as Button).action_id)).toEqual([
      'ask_suggestion',
      'ask_suggestion:1',
      'other',
    ]);
  });
});
