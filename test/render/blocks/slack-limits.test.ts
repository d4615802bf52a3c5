import type { KnownBlock } from '@slack/types';
import { assertWithinSlackLimits } from './slack-limits';

// The limit checker is what every other render test leans on: make sure it catches each breach.

const ok: KnownBlock = { type: 'section', text: { type: 'mrkdwn', text: 'fine' } };
const message = (blocks: KnownBlock[]) => ({ text: 'fallback', blocks });
const button = (action_id: string, text = 'Go', value = 'v') => ({
  type: 'button' as const,
  action_id,
  text: { type: 'plain_text' as const, text },
  value,
});

describe('assertWithinSlackLimits', () => {
  test('accepts a plain valid message', () => {
    expect(() => assertWithinSlackLimits(message([ok]))).not.toThrow();
  });

  test.each<[string, ReturnType<typeof message>]>([
    ['empty fallback text', { text: ' ', blocks: [ok] }],
    ['51 blocks', message(Array(51).fill(ok))],
    [
      'a 151-character header',
      message([{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }]),
    ],
    [
      'a 3,001-character section',
      message([{ type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } }]),
    ],
    ['an empty section', message([{ type: 'section', text: { type: 'mrkdwn', text: '' } }])],
    ['11 fields', message([{ type: 'section', fields: Array(11).fill({ type: 'mrkdwn', text: 'f' }) }])],
    [
      'a 2,001-character field',
      message([{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }]),
    ],
    [
      '11 context elements',
      message([{ type: 'context', elements: Array(11).fill({ type: 'mrkdwn', text: 'c' }) }]),
    ],
    [
      '26 actions elements',
      message([{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`a${i}`)) }]),
    ],
    ['repeated action ids in a block', message([{ type: 'actions', elements: [button('a'), button('a')] }])],
    ['76-character button text', message([{ type: 'actions', elements: [button('a', 'b'.repeat(76))] }])],
    [
      '2,001-character button value',
      message([{ type: 'actions', elements: [button('a', 'b', 'v'.repeat(2001))] }]),
    ],
    ['a 256-character block id', message([{ ...ok, block_id: 'b'.repeat(256) }])],
    [
      'repeated block ids',
      message([
        { ...ok, block_id: 'x' },
        { ...ok, block_id: 'x' },
      ]),
    ],
    [
      'a 76-character option value',
      message([
        {
          type: 'actions',
          elements: [
            {
              type: 'static_select',
              action_id: 's',
              placeholder: { type: 'plain_text', text: 'p' },
              options: [{ text: { type: 'plain_text', text: 'o' }, value: 'v'.repeat(76) }],
            },
          ],
        },
      ]),
    ],
  ])('rejects %s', (_what, bad) => {
    expect(() => assertWithinSlackLimits(bad)).toThrow(/Slack limit/);
  });

  test('allows 100 blocks in a Home view, not 101', () => {
    expect(() => assertWithinSlackLimits({ type: 'home', blocks: Array(100).fill(ok) })).not.toThrow();
    expect(() => assertWithinSlackLimits({ type: 'home', blocks: Array(101).fill(ok) })).toThrow(
      /Slack limit/,
    );
  });
});
