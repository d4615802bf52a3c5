import { roleCommandCallback } from '../../../src/slack/listeners/commands/role';
import { PEOPLE_COPY } from '../../../src/slack/people/copy';
import { slashCommand } from '../../e2e/harness/payloads';
import { shippedEngine } from '../../helpers/engine';
import { commandArgs, fakeClient, fakeTools, faqQuestion, patIsPo, testDeps, textOf } from './fakes';

/** Runs `/role <text>` from U1 in C1 through the callback. */
async function role(text: string, t = testDeps(), slack = fakeClient(), tools = fakeTools()) {
  await roleCommandCallback(t.deps)(commandArgs(slashCommand({ text }), tools, slack.client));
  return { ...t, slack, tools };
}

describe('/role (roleCommandCallback)', () => {
  it('answers a question in the ack, privately, with a share button, and records it', async () => {
    const { tools, answered, slack } = await role('who owns the backlog');
    expect(tools.ack).toHaveBeenCalledTimes(1);
    const [reply] = tools.ack.mock.calls[0] ?? [];
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf((reply as { blocks: unknown }).blocks)).toContain(faqQuestion('who-owns-backlog'));
    expect(textOf(reply)).toContain('"action_id":"share_answer"');
    expect(answered).toEqual([
      {
        answer: expect.objectContaining({
          kind: 'faq',
          faq: expect.objectContaining({ id: 'who-owns-backlog' }),
        }),
        asker: { user: 'U1', surface: 'command' },
      },
    ]);
    expect(tools.respond).not.toHaveBeenCalled();
    expect(slack.calls).toEqual([]);
  });

  it('answers an empty command with help and example buttons, nothing to share', async () => {
    const { tools, answered } = await role('');
    const [reply] = tools.ack.mock.calls[0] ?? [];
    expect(textOf(reply)).toContain('ask_suggestion');
    expect(textOf(reply)).not.toContain('share_answer');
    expect(answered.map((a) => a.answer.kind)).toEqual(['help']);
  });

  it('keeps a question it cannot answer in the feedback store, as asked with /role', async () => {
    const { tools, records } = await role('how much does a tech lead earn in London');
    expect(textOf(tools.ack.mock.calls[0]?.[0])).not.toContain('share_answer');
    expect(await records()).toEqual([
      expect.objectContaining({ type: 'gap', kind: 'none', user: 'U1', surface: 'command' }),
    ]);
  });

  it("shows the channel's role holders under the answer", async () => {
    const t = testDeps();
    await patIsPo(t);
    const { tools } = await role('what does a product owner do', t);
    expect(textOf(tools.ack.mock.calls[0]?.[0])).toContain('<@U0PAT>');
  });

  it('sets a role holder: acks empty, checks the person, records them and announces it in the channel', async () => {
    const slack = fakeClient({
      'users.info': { user: { id: 'U0PAT', team_id: 'T1', name: 'pat', profile: { display_name: 'Pat' } } },
    });
    const { tools, people, answered } = await role('set po <@U0PAT|pat>', testDeps(), slack);
    expect(tools.ack).toHaveBeenCalledWith();
    expect(slack.callsTo('users.info')).toEqual([{ user: 'U0PAT' }]);
    expect(await people.holders.inChannel('T1', 'C1')).toEqual({
      'product-owner': [{ kind: 'user', id: 'U0PAT', name: 'Pat' }],
    });
    expect(tools.respond).toHaveBeenCalledWith({
      response_type: 'in_channel',
      text: PEOPLE_COPY.set('U1', '<@U0PAT>', 'Product Owner'),
    });
    expect(answered).toEqual([]);
  });

  it('refuses to make a bot a role holder, privately, changing nothing', async () => {
    const slack = fakeClient({ 'users.info': { user: { id: 'U0BOT', team_id: 'T1', is_bot: true } } });
    const { tools, people } = await role('set po <@U0BOT>', testDeps(), slack);
    expect(tools.respond).toHaveBeenCalledWith({
      response_type: 'ephemeral',
      text: PEOPLE_COPY.botUser('U0BOT'),
    });
    expect(await people.holders.inChannel('T1', 'C1')).toEqual({});
  });

  it('lists nobody with `who` in a channel where no role is set', async () => {
    const { tools } = await role('who');
    expect(tools.respond).toHaveBeenCalledWith({ response_type: 'ephemeral', text: PEOPLE_COPY.noneSet });
  });

  it('acks at once and lets the error through when answering fails', async () => {
    const broken = {
      ...shippedEngine(),
      answer: () => {
        throw new Error('index broken');
      },
    };
    const t = testDeps({ engine: () => broken });
    const tools = fakeTools();
    await expect(
      roleCommandCallback(t.deps)(commandArgs(slashCommand({ text: 'po' }), tools, fakeClient().client)),
    ).rejects.toThrow('index broken');
    expect(tools.ack).toHaveBeenCalledWith();
    expect(t.answered).toEqual([]);
  });
});
