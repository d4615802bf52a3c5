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
  parseAskValue,
  parseCompareWithBlockId,
  parseShareValue,
} from '../../../src/render/blocks';
import { answerOf } from './fixtures';

describe('action ids', () => {
  test('are the stable names listeners match on', () => {
    expect(ACTION_IDS).toEqual({
      askSuggestion: 'ask_suggestion',
      compareWith: 'compare_with',
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
