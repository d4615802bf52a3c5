// The people parts of a message: holders lines, "who is our PO?" answered with people, and the Ask a person button.
import { ACTION_IDS, parseAskPersonValue, renderAnswerMessage } from '../../../src/render/blocks';
import { smallEngine } from '../../helpers/engine';

const engine = smallEngine();
const alice = { kind: 'user' as const, id: 'UALICE', name: 'alice' };
const leads = { kind: 'group' as const, id: 'SLEADS', name: 'leads' };
const render = (q: string, people: object) =>
  renderAnswerMessage(engine.answer(q), { ...engine.knowledge, people });
const text = (m: ReturnType<typeof render>) => JSON.stringify(m.blocks);

describe('holders in an answer', () => {
  const holders = { 'product-owner': [alice], 'tech-lead': [leads] };

  it('answers "who is our PO?" with live mentions, or with names when quiet', () => {
    expect(text(render('who is our PO?', { holders }))).toContain('*Product Owner* here: <@UALICE>');
    const quiet = text(render('who is our PO?', { holders, quiet: true }));
    expect(quiet).toContain('*Product Owner* here: @alice');
    expect(quiet).not.toContain('<@UALICE>');
  });

  it('mentions a user group as a group, and names it when quiet', () => {
    expect(text(render('tech lead', { holders }))).toContain('<!subteam^SLEADS>');
    expect(text(render('tech lead', { holders, quiet: true }))).toContain('@leads');
  });

  it('adds nothing outside a channel (no holders known)', () => {
    expect(text(render('product owner', {}))).not.toContain(' here: ');
  });
});

describe('the Ask a person button', () => {
  const ask = (q: string, people: object) =>
    render(q, people).blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
  const button = (q: string) =>
    ask(q, { escalationChannel: 'CESC' }).find((e) => e.action_id === ACTION_IDS.askPerson);

  it("carries the question, escaped and within Slack's 2,000 characters", () => {
    const long = `<!channel> ${'what is the wifi password '.repeat(120)}`;
    const value = (button(long) as { value?: string } | undefined)?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value).not.toContain('<!channel>');
    expect(parseAskPersonValue(value).startsWith('<!channel> what is the wifi')).toBe(true);
  });

  it('is absent without an escalation channel, and under a sure answer', () => {
    expect(ask('what is the wifi password', {}).some((e) => e.action_id === ACTION_IDS.askPerson)).toBe(
      false,
    );
    expect(button('po vs tl')).toBeUndefined();
  });
});
