// The terminal renderer says plainly when it is not sure, and offers the other answers.

import { UNSURE_LINE } from '../../src/render/short-replies';
import { renderAnswerText } from '../../src/render/text';
import { smallEngine } from '../helpers/engine';

describe('an answer in the terminal', () => {
  const sure = smallEngine().answer('can one person be PO and tech lead?');

  it('carries no caveat when sure', () => {
    expect(renderAnswerText(sure)).not.toContain("I'm not sure");
  });

  it('starts with the plain caveat when unsure, and lists the alternatives', () => {
    const unsure = {
      ...sure,
      confidence: 0.5,
      alternatives: [{ kind: 'faq' as const, id: 'who-owns-backlog', label: 'Who owns the backlog?' }],
    };
    const text = renderAnswerText(unsure, { width: 200 });
    expect(text.startsWith(UNSURE_LINE)).toBe(true);
    expect(text).toContain('Did you mean:\n  • Who owns the backlog?');
  });
});
