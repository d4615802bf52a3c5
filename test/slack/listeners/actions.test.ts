import type { BlockAction, ButtonAction, ConversationsSelectAction, StaticSelectAction } from '@slack/bolt';
import { encodeAsk } from '../../../src/render/blocks';
import { SLACK_COPY } from '../../../src/slack/copy';
import { askPersonCallback } from '../../../src/slack/listeners/actions/ask-person';
import { askSuggestionCallback } from '../../../src/slack/listeners/actions/ask-suggestion';
import { compareWithCallback } from '../../../src/slack/listeners/actions/compare-with';
import { escalationChannelCallback } from '../../../src/slack/listeners/actions/escalation-channel';
import { feedbackCallback } from '../../../src/slack/listeners/actions/feedback';
import { shareCallback } from '../../../src/slack/listeners/actions/share';
import { PEOPLE_COPY } from '../../../src/slack/people/copy';
import { type BlockActionOptions, blockAction } from '../../e2e/harness/payloads';
import { actionArgs, fakeClient, fakeTools, faqQuestion, patIsPo, testDeps, textOf } from './fakes';

type Button = BlockAction<ButtonAction>;

const ephemeral = { type: 'message' as const, is_ephemeral: true };
const home = { type: 'view' as const };
/** What `respond` was called with, in order. */
const responses = (tools: ReturnType<typeof fakeTools>) =>
  tools.respond.mock.calls.map(([m]) => m as Record<string, unknown>);

describe('ask_suggestion (askSuggestionCallback)', () => {
  const click = async (o: Partial<BlockActionOptions>, t = testDeps(), slack = fakeClient()) => {
    const tools = fakeTools();
    const body = blockAction({ action_id: 'ask_suggestion', ...o });
    await askSuggestionCallback(t.deps)(actionArgs<Button>(body, tools, slack.client));
    return { ...t, tools, slack };
  };

  it('replaces a private answer with the answer the button names, and records it', async () => {
    const { tools, answered } = await click({ value: 'role:project-manager', container: ephemeral });
    expect(tools.ack).toHaveBeenCalledTimes(1);
    const [reply] = responses(tools);
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(reply?.blocks)).toContain('Project Manager');
    expect(answered).toEqual([
      { answer: expect.objectContaining({ kind: 'role' }), asker: { user: 'U1', surface: 'button' } },
    ]);
  });

  it('answers under a message everyone sees privately, leaving that message alone', async () => {
    const { tools } = await click({ value: 'faq:who-owns-backlog' });
    const [reply] = responses(tools);
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply?.blocks)).toContain(faqQuestion('who-owns-backlog'));
  });

  it('answers a button in the App Home on top of the Home view', async () => {
    const slack = fakeClient({ 'users.info': { user: { id: 'U1' } }, 'views.publish': {} });
    const { tools } = await click(
      { value: 'compare:product-owner,scrum-master', container: home },
      testDeps(),
      slack,
    );
    expect(tools.respond).not.toHaveBeenCalled();
    const [publish] = slack.callsTo('views.publish');
    expect(publish).toMatchObject({ user_id: 'U1', view: { type: 'home' } });
    expect(textOf(publish?.view)).toContain('Product Owner vs Scrum Master');
  });

  it('keeps a did-you-mean click as a phrasing to learn', async () => {
    const origin = { query: 'who puts the backlog in order', kind: 'none' as const, confidence: 0.2 };
    const value = encodeAsk({ kind: 'faq', id: 'who-owns-backlog', origin });
    const { records } = await click({ value, container: ephemeral });
    expect(await records()).toEqual([
      expect.objectContaining({
        type: 'candidate',
        user: 'U1',
        surface: 'button',
        ...origin,
        chosen: 'faq:who-owns-backlog',
      }),
    ]);
  });

  it('acks a value it did not write, and does nothing else', async () => {
    const { tools, answered, records } = await click({ value: 'garbage', container: ephemeral });
    expect(tools.ack).toHaveBeenCalledTimes(1);
    expect(tools.respond).not.toHaveBeenCalled();
    expect(answered).toEqual([]);
    expect(await records()).toEqual([]);
  });
});

describe('compare_with (compareWithCallback)', () => {
  const choose = async (block_id: string, chosen: string) => {
    const t = testDeps();
    const tools = fakeTools();
    const body = blockAction({
      action_id: 'compare_with',
      block_id,
      selected_option: { value: chosen },
      container: ephemeral,
    });
    await compareWithCallback(t.deps)(
      actionArgs<BlockAction<StaticSelectAction>>(body, tools, fakeClient().client),
    );
    return { ...t, tools };
  };

  it('compares the role the select sits under with the role chosen', async () => {
    const { tools, answered } = await choose('compare_with:tech-lead', 'staff-engineer');
    const [reply] = responses(tools);
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(reply?.blocks)).toContain('Tech Lead vs Staff Engineer');
    expect(answered.map((a) => a.answer.kind)).toEqual(['comparison']);
  });

  it('answers nothing for a role the knowledge does not have', async () => {
    const { tools, answered } = await choose('compare_with:tech-lead', 'astronaut');
    expect(tools.ack).toHaveBeenCalledTimes(1);
    expect(tools.respond).not.toHaveBeenCalled();
    expect(answered).toEqual([]);
  });
});

describe('feedback buttons (feedbackCallback)', () => {
  const vote = async (helpful: boolean, o: Partial<BlockActionOptions>, slack = fakeClient()) => {
    const t = testDeps();
    const tools = fakeTools();
    const action_id = helpful ? 'feedback_helpful' : 'feedback_not_helpful';
    const body = blockAction({ action_id, user: 'U9', ...o });
    await feedbackCallback(t.deps, helpful)(actionArgs<Button>(body, tools, slack.client));
    return { ...t, tools, slack };
  };

  it('records a "not helpful" vote and thanks the voter privately', async () => {
    const { tools, records } = await vote(false, { value: 'faq:po-estimates' });
    expect(responses(tools)).toEqual([
      { response_type: 'ephemeral', replace_original: false, text: SLACK_COPY.thanksNotHelpful },
    ]);
    expect(await records()).toEqual([
      expect.objectContaining({ type: 'vote', user: 'U9', answer: 'faq:po-estimates', helpful: false }),
    ]);
  });

  it('keeps the question a "not helpful" vote was about', async () => {
    const origin = { query: 'do POs estimate stories', kind: 'faq' as const, confidence: 0.9 };
    const { records } = await vote(false, { value: encodeAsk({ kind: 'faq', id: 'po-estimates', origin }) });
    expect(await records()).toEqual([
      expect.objectContaining({ answer: 'faq:po-estimates', helpful: false, query: origin.query }),
    ]);
  });

  it('thanks but records nothing for a button naming no known answer', async () => {
    const { tools, records } = await vote(true, { value: 'faq:no-such-faq' });
    expect(responses(tools)).toEqual([
      { response_type: 'ephemeral', replace_original: false, text: SLACK_COPY.thanksHelpful },
    ]);
    expect(await records()).toEqual([]);
    expect(tools.logLines.join('\n')).toMatch(/vote not recorded/);
  });

  it('records a vote from the App Home without a reply there', async () => {
    const { tools, records } = await vote(true, { value: 'role:tech-lead', container: home });
    expect(tools.respond).not.toHaveBeenCalled();
    expect(await records()).toEqual([expect.objectContaining({ answer: 'role:tech-lead', helpful: true })]);
  });

  it('explains privately in the channel when Slack refuses the response URL', async () => {
    const t = testDeps();
    const tools = fakeTools();
    tools.respond.mockRejectedValueOnce(Object.assign(new Error('expired'), { statusCode: 404 }));
    const slack = fakeClient({ 'chat.postEphemeral': {} });
    const body = blockAction({ action_id: 'feedback_helpful', value: 'faq:po-estimates', user: 'U9' });
    await feedbackCallback(t.deps, true)(actionArgs<Button>(body, tools, slack.client));
    expect(slack.callsTo('chat.postEphemeral')).toEqual([
      { channel: 'C1', user: 'U9', text: SLACK_COPY.expired },
    ]);
    expect(await t.records()).toHaveLength(1);
  });
});

describe('share_answer (shareCallback)', () => {
  const share = async (value: string, t = testDeps()) => {
    const tools = fakeTools();
    const body = blockAction({ action_id: 'share_answer', value, user: 'U5', container: ephemeral });
    await shareCallback(t.deps)(actionArgs<Button>(body, tools, fakeClient().client));
    return { ...t, tools };
  };

  it('posts the answer in the channel, credited to the sharer, then removes the private copy', async () => {
    const { tools } = await share('po vs tl');
    const [shared, removed] = responses(tools);
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(textOf(shared?.blocks)).toContain('Product Owner vs Tech Lead');
    expect(textOf(shared?.blocks)).toContain('Shared by <@U5>');
    expect(textOf(shared?.blocks)).not.toContain('share_answer');
    expect(removed).toEqual({ delete_original: true });
  });

  it('names role holders in the shared answer without pinging them', async () => {
    const t = testDeps();
    await patIsPo(t);
    const { tools } = await share('what does a product owner do', t);
    const [shared] = responses(tools);
    expect(textOf(shared)).toContain('@pat');
    expect(textOf(shared)).not.toContain('<@U0PAT>');
  });
});

describe('ask_person (askPersonCallback)', () => {
  const question = 'how do we split the budget between teams?';
  const ask = async (escalationChannel?: string) => {
    const t = testDeps(escalationChannel ? { escalationChannel } : {});
    const tools = fakeTools();
    const slack = fakeClient({
      'chat.getPermalink': { permalink: 'https://slack.test/p1' },
      'chat.postMessage': { channel: 'C0ESC', ts: '1700.000777' },
    });
    const body = blockAction({ action_id: 'ask_person', value: question, message: { ts: '1700.000700' } });
    await askPersonCallback(t.deps)(actionArgs<Button>(body, tools, slack.client));
    return { ...t, tools, slack };
  };

  it('posts the question to the escalation channel, remembers it, and tells the asker', async () => {
    const { tools, slack, people } = await ask('C0ESC');
    const [post] = slack.callsTo('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C0ESC' });
    expect(post?.text).toContain(question);
    expect(post?.text).toContain('<@U1>');
    expect(await people.escalations.find('T1', 'C0ESC', '1700.000777')).toMatchObject({
      question,
      asker: 'U1',
      replyChannel: 'C1',
      replyThread: '1700.000700',
    });
    expect(responses(tools)).toEqual([
      { response_type: 'ephemeral', replace_original: false, text: PEOPLE_COPY.escalated('C0ESC') },
    ]);
  });

  it('says nobody takes questions when no escalation channel is set', async () => {
    const { tools, slack } = await ask();
    expect(slack.calls).toEqual([]);
    expect(responses(tools)).toEqual([
      { response_type: 'ephemeral', replace_original: false, text: PEOPLE_COPY.noEscalation },
    ]);
  });
});

describe('escalation_channel (escalationChannelCallback)', () => {
  const pick = async (admin: boolean) => {
    const t = testDeps();
    const tools = fakeTools();
    const slack = fakeClient({
      'users.info': { user: { id: 'U1', is_admin: admin } },
      'views.publish': {},
      'chat.postMessage': {},
    });
    const body = blockAction({
      action_id: 'escalation_channel',
      selected_conversation: 'C0ESC',
      container: home,
    });
    await escalationChannelCallback(t.deps)(
      actionArgs<BlockAction<ConversationsSelectAction>>(body, tools, slack.client),
    );
    return { ...t, tools, slack };
  };

  it("an admin's choice is saved, the Home tab refreshed and the admin told", async () => {
    const { people, slack } = await pick(true);
    expect(await people.settings.get('T1')).toEqual({ escalationChannel: 'C0ESC' });
    expect(slack.callsTo('views.publish')).toEqual([expect.objectContaining({ user_id: 'U1' })]);
    expect(slack.callsTo('chat.postMessage')).toEqual([
      { channel: 'U1', text: PEOPLE_COPY.escalationSet('C0ESC') },
    ]);
  });

  it('anyone else is told only admins may choose, and nothing changes', async () => {
    const { people, slack } = await pick(false);
    expect(await people.settings.get('T1')).toEqual({});
    expect(slack.callsTo('views.publish')).toEqual([]);
    expect(slack.callsTo('chat.postMessage')).toEqual([{ channel: 'U1', text: PEOPLE_COPY.adminOnly }]);
  });
});
