import type { ActionsBlock, SectionBlock, StaticSelect } from '@slack/types';
import { ACTION_IDS, parseFeedbackValue, renderAnswerMessage } from '../../../src/render/blocks';
import { answerOf, buttons, fullOptions, kb, visibleText } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

const sections = (blocks: unknown[]) =>
  blocks.filter((b): b is SectionBlock => (b as SectionBlock).type === 'section');
const select = (blocks: unknown[]) =>
  blocks
    .flatMap((b) => ((b as ActionsBlock).type === 'actions' ? (b as ActionsBlock).elements : []))
    .find((e): e is StaticSelect => e.type === 'static_select');

describe('a curated comparison (Product Owner vs Tech Lead)', () => {
  const answer = answerOf('compare po tl', 'comparison');
  const message = renderAnswerMessage(answer, fullOptions);

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('opens with the "A vs B" header and the one-line summary', () => {
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Product Owner vs Tech Lead', emoji: true },
    });
    expect(visibleText(message.blocks[1])).toBe(answer.comparison.summary);
  });

  test('shows each difference as the aspect in bold over the two sides, side by side', () => {
    const rows = sections(message.blocks).filter(
      (s) => s.fields?.length === 2 && s.text?.text.startsWith('*'),
    );
    const diffs = answer.comparison.differences;
    expect(rows.slice(0, diffs.length).map((r) => r.text?.text)).toEqual(diffs.map((d) => `*${d.aspect}*`));
    const [first] = diffs;
    expect(rows[0]?.fields?.map((f) => f.text)).toEqual([
      `*Product Owner*\n${first?.a}`,
      `*Tech Lead*\n${first?.b}`,
    ]);
  });

  test('lists the similarities and when to lean on each role', () => {
    const text = visibleText(message.blocks);
    for (const s of answer.comparison.similarities) expect(text).toContain(`• ${s}`);
    expect(text).toContain('*Lean on the Product Owner when…*');
    expect(text).toContain('*Lean on the Tech Lead when…*');
  });

  test('gives the one-person-for-both verdict with its reasons', () => {
    const verdict = visibleText(
      message.blocks.filter((b) => visibleText(b).startsWith('*One person for both?*')),
    );
    expect(verdict).toContain(answer.comparison.onePersonBoth?.answer);
    expect(verdict).toContain(`• ${answer.comparison.onePersonBoth?.reasons[0]}`);
  });

  test('offers the related FAQs as buttons labelled with their questions', () => {
    const related = buttons(message.blocks).filter((b) => b.value.startsWith('faq:'));
    expect(related.map((b) => b.value)).toEqual(answer.comparison.related.map((id) => `faq:${id}`));
    const question = kb.faqs.find((f) => f.id === answer.comparison.related[0])?.question ?? '';
    expect(question.startsWith(related[0]?.text.replace(/…$/, '') ?? '?')).toBe(true);
  });

  test('offers "Compare with…" the other roles, values being role ids', () => {
    const s = select(message.blocks);
    expect(s?.action_id).toBe(ACTION_IDS.compareWith);
    expect(s?.options?.map((o) => o.value).sort()).toEqual(
      kb.roles
        .map((r) => r.id)
        .filter((id) => id !== 'product-owner' && id !== 'tech-lead')
        .sort(),
    );
    const block = message.blocks.find((b) => b.type === 'actions' && b.elements.includes(s as StaticSelect));
    expect(block?.block_id).toBe('compare_with:product-owner');
  });

  test('ends with helpful / not helpful / share, each naming the pair', () => {
    const last = message.blocks.at(-1) as ActionsBlock;
    expect(last.elements.map((e) => e.action_id)).toEqual([
      ACTION_IDS.feedbackHelpful,
      ACTION_IDS.feedbackNotHelpful,
      ACTION_IDS.shareAnswer,
    ]);
    expect(
      buttons([last])
        .slice(0, 2)
        .map((b) => parseFeedbackValue(b.value ?? '').answer),
    ).toEqual(['compare:product-owner,tech-lead', 'compare:product-owner,tech-lead']);
    expect(buttons([last])[2]?.value).toBe('compare po tl');
  });

  test('has a plain fallback text naming both roles', () => {
    expect(message.text).toBe(`Product Owner vs Tech Lead: ${answer.comparison.summary}`);
  });
});

describe('a comparison asked the other way round (Tech Lead vs Product Owner)', () => {
  const answer = answerOf('compare tl po', 'comparison');
  const message = renderAnswerMessage(answer, fullOptions);

  test('puts the roles in the order asked, header and columns alike', () => {
    expect(visibleText(message.blocks[0])).toBe('Tech Lead vs Product Owner');
    const row = sections(message.blocks).find((s) => s.fields?.length === 2);
    expect(row?.fields?.[0]?.text.startsWith('*Tech Lead*')).toBe(true);
  });

  test('compares with the first role named', () => {
    expect(message.blocks.some((b) => b.block_id === 'compare_with:tech-lead')).toBe(true);
  });
});

describe('an uncurated comparison (drawn from the two profiles)', () => {
  const answer = answerOf('compare business-analyst qa-lead', 'comparison');
  const message = renderAnswerMessage(answer, fullOptions);
  const curatedAnswer = answerOf('compare po tl', 'comparison');
  const curated = renderAnswerMessage(curatedAnswer, fullOptions);
  const shape = (m: typeof message) =>
    m.blocks
      .filter((b) => b.type !== 'context' && b.block_id !== 'did_you_mean')
      .map((b) => (b.type === 'section' && b.fields ? 'fields' : b.type));

  test('is not curated', () => {
    expect(answer.comparison.curated).toBe(false);
  });

  test('stays within Slack limits', () => {
    assertWithinSlackLimits(message);
  });

  test('has the same shape as a curated one: header, summary, rows, in common, lean-on, verdict, actions', () => {
    const rows = (n: number) => Array<string>(n).fill('fields');
    const expected = (n: number) => [
      'header',
      'section',
      'divider',
      ...rows(n),
      'divider',
      'section',
      'fields',
      'section',
    ];
    const body = (m: typeof message) => shape(m).slice(0, shape(m).indexOf('actions'));
    expect(body(message)).toEqual(expected(answer.comparison.differences.length));
    expect(body(curated)).toEqual(expected(curatedAnswer.comparison.differences.length));
    expect(curatedAnswer.comparison.differences.length).not.toBe(answer.comparison.differences.length);
    expect(shape(message).slice(-2)).toEqual(['actions', 'actions']);
  });

  test('says no verdict is on file for one person doing both', () => {
    expect(visibleText(message.blocks)).toContain('*One person for both?*\n_No verdict on file');
  });

  test('says it is drawn from the profiles', () => {
    expect(visibleText(message.blocks)).toContain('drawn from the two role profiles');
  });
});

describe('a comparison rendered without options', () => {
  const message = renderAnswerMessage(answerOf('compare po tl', 'comparison'));

  test('has no share button, no select and no unlabelled FAQ buttons', () => {
    // The engine's alternatives carry their own labels, so they still show as related questions.
    const ids = buttons(message.blocks.filter((b) => b.block_id !== 'related')).map((b) => b.action_id);
    expect(ids).toEqual([ACTION_IDS.feedbackHelpful, ACTION_IDS.feedbackNotHelpful]);
    expect(select(message.blocks)).toBeUndefined();
  });
});
