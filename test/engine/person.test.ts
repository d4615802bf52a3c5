// Questions about the people behind the roles: the engine names the roles, the Slack app the people.
import type { Answer } from '../../src/engine';
import { smallEngine } from '../helpers/engine';

const ask = (q: string): Answer => smallEngine().answer(q);

describe('a question about who holds a role', () => {
  it.each([
    ['who is our PO?', 'product-owner'],
    ["who's the tech lead here", 'tech-lead'],
    ['who is the scrum master around here?', 'scrum-master'],
    ['who is our project manager?', 'project-manager'],
  ])('%j is answered none and names the role it asks about', (q, role) => {
    const a = ask(q);
    expect(a.kind).toBe('none');
    expect(a.asksWho).toEqual([role]);
    expect(a.notes.map((n) => n.code)).toContain('unknown-person');
  });

  it('leaves "who is the product owner" a question about the role itself', () => {
    const a = ask('who is the product owner');
    expect(a.kind).toBe('role');
    expect(a.asksWho).toBeUndefined();
  });
});

describe('a question about whom to ask', () => {
  it('maps "who do I ask about priorities?" to the FAQ it matches and that FAQ\'s roles', () => {
    const a = ask('who do I ask about priorities?');
    expect(a.kind === 'faq' && a.faq.id).toBe('who-owns-backlog');
    expect(a.asksWho).toEqual(['product-owner']);
  });

  it('marks nothing on a question that does not ask for a person', () => {
    expect(ask('who owns the backlog?').asksWho).toBeUndefined();
    expect(ask('po vs tl').asksWho).toBeUndefined();
  });
});
