import type { Answer, Suggestion } from '../../src/engine';
import { ACTION_IDS, renderAnswerMessage } from '../../src/render/blocks';
import { UNSURE_LINE } from '../../src/render/short-replies';
import { SUGGESTION_TITLES, SURE_CONFIDENCE } from '../../src/render/suggestions';
import { renderAnswerText } from '../../src/render/text';
import { answerOf, buttons, fullOptions, visibleText } from './blocks/fixtures';

// Under a sure answer the engine's alternatives read as related questions, in Slack and in the terminal
// alike; "did you mean" belongs to unsure answers only. One bar (SURE_CONFIDENCE) decides for both.

const buttonValueOf = (s: Suggestion) =>
  s.kind === 'comparison' ? `compare:${s.roles.join(',')}` : `${s.kind}:${s.id}`;
const slack = (a: Answer) => renderAnswerMessage(a, fullOptions);
const askButtons = (a: Answer) =>
  buttons(slack(a).blocks).filter((b) => b.action_id.startsWith(ACTION_IDS.askSuggestion));
/** The labels listed under a heading of the terminal text, up to the next blank line. */
function listedUnder(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`${title.replace(/…$/, '')}:`);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join(' ')
    .split('•')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('a FAQ asked with its own question (sure)', () => {
  const answer = answerOf('What are the benefits of a technical Product Owner?', 'faq');

  test('is sure and has alternatives to place', () => {
    expect(answer.confidence).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
    expect(answer.alternatives.length).toBeGreaterThan(0);
  });

  test('Slack: no "Did you mean", the alternatives are among the related questions', () => {
    const message = slack(answer);
    expect(visibleText(message.blocks)).not.toContain(SUGGESTION_TITLES.didYouMean);
    expect(message.blocks.some((b) => b.block_id === 'did_you_mean')).toBe(false);
    const related = buttons(message.blocks.filter((b) => b.block_id === 'related')).map((b) => b.value);
    expect(related).toEqual(expect.arrayContaining(answer.alternatives.map(buttonValueOf)));
  });

  test('Slack: no question is offered twice', () => {
    const values = askButtons(answer).map((b) => b.value);
    expect(new Set(values).size).toBe(values.length);
  });

  test('terminal: no "Did you mean", the alternatives listed once under "Related questions"', () => {
    const text = renderAnswerText(answer, { width: 200 });
    expect(text).not.toContain('Did you mean');
    const listed = listedUnder(text, SUGGESTION_TITLES.related);
    expect(listed).toEqual(expect.arrayContaining(answer.alternatives.map((s) => s.label)));
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('a sure comparison', () => {
  const answer = answerOf('compare po techlead', 'comparison');

  test('Slack: its alternatives are related questions, not "did you mean"', () => {
    expect(visibleText(slack(answer).blocks)).not.toContain(SUGGESTION_TITLES.didYouMean);
    const values = askButtons(answer).map((b) => b.value);
    expect(values).toEqual(expect.arrayContaining(answer.alternatives.map(buttonValueOf)));
    expect(new Set(values).size).toBe(values.length);
  });

  test('terminal: lists them under "Related questions", never "Did you mean"', () => {
    const text = renderAnswerText(answer, { width: 200 });
    expect(text).not.toContain('Did you mean');
    expect(listedUnder(text, SUGGESTION_TITLES.related)).toEqual(answer.alternatives.map((s) => s.label));
  });
});

describe('a sure role read from an ambiguous alias (pm)', () => {
  const answer = answerOf('pm', 'role');

  test('offers the other reading under "See also" in both renderers', () => {
    expect(answer.confidence).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
    const seeAlso = slack(answer).blocks.find((b) => b.block_id === 'see_also');
    expect(buttons([seeAlso]).map((b) => b.value)).toEqual(['role:project-manager']);
    expect(visibleText(slack(answer).blocks)).not.toContain(SUGGESTION_TITLES.didYouMean);
    expect(listedUnder(renderAnswerText(answer), SUGGESTION_TITLES.seeAlso)).toEqual(['Project Manager']);
  });
});

describe('the same FAQ answer just under the bar (unsure)', () => {
  const sure = answerOf('Who owns the product backlog?', 'faq');
  const unsure = { ...sure, confidence: SURE_CONFIDENCE - 0.01 };
  const fresh = unsure.alternatives.filter(
    (s) => !sure.related.some((r) => buttonValueOf(r) === buttonValueOf(s)),
  );

  test('has an alternative that is not already a related question', () => {
    expect(fresh.length).toBeGreaterThan(0);
  });

  test('Slack: says which question it matched and asks "Did you mean" with the new ones only', () => {
    const message = slack(unsure);
    expect(visibleText(message.blocks)).toContain(UNSURE_LINE);
    const block = message.blocks.find((b) => b.block_id === 'did_you_mean');
    // Under an unsure answer each button also carries the question it was offered for (the learning loop).
    expect(buttons([block]).map((b) => b.value.split('|')[0])).toEqual(fresh.map(buttonValueOf));
  });

  test('terminal: asks "Did you mean" with the same ones', () => {
    const text = renderAnswerText(unsure, { width: 200 });
    expect(listedUnder(text, SUGGESTION_TITLES.didYouMean)).toEqual(fresh.map((s) => s.label));
  });
});

describe('the bar itself', () => {
  const answer = { ...answerOf('compare po techlead', 'comparison'), confidence: SURE_CONFIDENCE };

  test('an answer exactly at it is sure in both renderers', () => {
    expect(visibleText(slack(answer).blocks)).not.toContain(UNSURE_LINE);
    expect(visibleText(slack(answer).blocks)).not.toContain(SUGGESTION_TITLES.didYouMean);
    expect(renderAnswerText(answer)).not.toContain('Did you mean');
  });
});
