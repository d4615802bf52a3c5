// How the preview reads its address: the search box, button values and the compare form ask the engine.
import { answerRequest } from '../../src/preview/route';
import { engine } from '../render/blocks/fixtures';

const ask = (query: string) => answerRequest(new URLSearchParams(query), engine);

describe('reading the address', () => {
  test('?q= answers the text and keeps it for the search box', () => {
    const r = ask('q=po+vs+tl');
    expect(r.query).toBe('po vs tl');
    expect(r.answer).toMatchObject({ kind: 'comparison' });
  });

  test('?ask=faq:<id> looks the FAQ up', () => {
    expect(ask('ask=faq%3Apo-tl-one-person').answer).toMatchObject({
      kind: 'faq',
      faq: { id: 'po-tl-one-person' },
    });
  });

  test('?ask=ask:<question> asks it and shows it in the box', () => {
    const r = ask('ask=ask%3Awho+owns+the+backlog%3F');
    expect(r.query).toBe('who owns the backlog?');
    expect(r.answer?.kind).toBe('faq');
  });

  test('?from=&with= compares the two roles', () => {
    const r = ask('from=tech-lead&with=product-owner').answer;
    expect(r?.kind === 'comparison' && [r.comparison.a.id, r.comparison.b.id]).toEqual([
      'tech-lead',
      'product-owner',
    ]);
  });

  test('an unknown id falls back to how to ask', () => {
    expect(ask('ask=role%3Anobody').answer?.kind).toBe('help');
  });

  test('no question means no answer yet', () => {
    expect(ask('')).toEqual({ query: '' });
  });
});
