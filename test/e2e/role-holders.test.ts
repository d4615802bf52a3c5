// Role holders end to end: /role set|unset|who against the fake Slack API, the holders in answers
// (named first, then edited to mentions, so nobody is pinged), the bad inputs, and the App Home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_IDS } from '../../src/render/blocks';
import { SECRET, withHttpAppForFile } from './app-setup';
import {
  appHomeOpened,
  appMention,
  blockAction,
  eventEnvelope,
  type RecordedCall,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
} from './harness';

const data = mkdtempSync(join(tmpdir(), 'role-bot-holders-'));
const ctx = withHttpAppForFile({
  config: { dataDir: data },
  feedback: { vote: () => undefined, answered: () => undefined },
});
afterAll(() => rmSync(data, { recursive: true, force: true }));
beforeEach(() => {
  ctx.fake.reset();
  for (const id of ['UALICE', 'UBOB', 'UCAROL'])
    ctx.fake.setUser({ id, profile: { display_name: id.slice(1).toLowerCase() } });
  ctx.fake.setUser({ id: 'UHELPER', is_bot: true });
  ctx.fake.setUser({ id: 'UGONE', deleted: true });
  ctx.fake.setUser({ id: 'UEXT', team_id: 'T2' });
});

let n = 0;
/** Runs `/role <text>` as carol in C1 and returns what went to its response URL. */
async function role(text: string, channel = 'C1'): Promise<RecordedCall> {
  const id = `cmd-${++n}`;
  const res = await sendCommand(
    ctx.bot.url,
    SECRET,
    slashCommand({ text, user_id: 'UCAROL', channel_id: channel, response_url: ctx.fake.responseUrl(id) }),
  );
  expect(res.status).toBe(200);
  return ctx.fake.waitFor('response_url', (c) => c.responseId === id);
}
const said = (call: RecordedCall) => String(call.args.text);
/** A /role question answered in the ack, as the asker sees it. */
async function ask(text: string): Promise<string> {
  const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text, user_id: 'UCAROL' }));
  return res.text;
}

describe('setting, listing and clearing role holders', () => {
  it('announces each change in the channel in one line and lists the holders', async () => {
    const set = await role('set po <@UALICE|alice>');
    expect(set.args).toMatchObject({
      response_type: 'in_channel',
      text: '<@UCAROL> set <@UALICE> as Product Owner here.',
    });
    const group = await role('set tech lead <@UBOB> <!subteam^SLEADS|@leads>');
    expect(said(group)).toBe('<@UCAROL> set <@UBOB>, <!subteam^SLEADS> as Tech Lead here.');
    const who = await role('who');
    expect(who.args.response_type).toBe('ephemeral');
    expect(said(who)).toContain('*Product Owner* here: <@UALICE>');
    expect(said(who)).toContain('*Tech Lead* here: <@UBOB>, <!subteam^SLEADS>');
    expect(ctx.fake.callsTo('users.info').map((c) => c.args.user)).toEqual(['UALICE', 'UBOB']);
  });

  it('adds a second person to a role, and removes one or all', async () => {
    await role('set sm <@UALICE>');
    await role('set scrum-master <@UBOB>');
    expect(said(await role('who'))).toContain('*Scrum Master* here: <@UALICE>, <@UBOB>');
    expect(said(await role('unset sm <@UALICE>'))).toBe('<@UCAROL> removed <@UALICE> as Scrum Master here.');
    expect(said(await role('unset Scrum Master'))).toBe('<@UCAROL> cleared Scrum Master here.');
    expect(said(await role('who'))).not.toContain('Scrum Master');
  });

  it('keeps holders per channel', async () => {
    await role('set qa <@UBOB>', 'C2');
    expect(said(await role('who', 'C2'))).toContain('*QA Lead* here: <@UBOB>');
    expect(said(await role('who', 'C3'))).toMatch(/No roles are set in this channel yet/);
  });
});

describe('bad input gets a clear answer and changes nothing', () => {
  it.each([
    ['set po', /Who holds it\? Name them with @/],
    ['set', /Say which role and who holds it/],
    ['unset', /Say which role to clear/],
    ['set wizard <@UALICE>', /I don't know the role "wizard"\. Any role id or alias works/],
    ['set pm <@UALICE>', /"pm" could be Product Manager or Project Manager/],
    ['set po <@UHELPER>', /<@UHELPER> is a bot or an app/],
    ['set po <@UGONE>', /<@UGONE> has left this workspace/],
    ['set po <@UEXT>', /<@UEXT> belongs to another workspace/],
    ['set po <@UNOBODY>', /I can't find <@UNOBODY> in this workspace/],
    ['set po @alice', /I couldn't tell who "@alice" is/],
    ['unset delivery manager', /Nobody named there holds delivery manager here/],
  ])('/role %s', async (text, answer) => {
    const call = await role(text, 'C9');
    expect(call.args.response_type).toBe('ephemeral');
    expect(said(call)).toMatch(answer);
    expect(said(await role('who', 'C9'))).toMatch(/No roles are set/);
  });

  it('explains that roles are kept per channel when run in a DM', async () => {
    expect(said(await role('set po <@UALICE>', 'D1'))).toMatch(/kept per channel/);
  });
});

describe('answers in a channel show the holders there', () => {
  beforeAll(async () => {
    ctx.fake.setUser({ id: 'UALICE', profile: { display_name: 'alice' } });
    ctx.fake.setUser({ id: 'UBOB', profile: { display_name: 'bob' } });
    await role('set po <@UALICE>', 'C7');
    await role('set tl <@UBOB>', 'C7');
  });

  it('answers "who is our PO?" with the holder, privately with a live mention', async () => {
    const res = await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({ text: 'who is our PO?', channel_id: 'C7' }),
    );
    expect(res.text).toContain('*Product Owner* here: <@UALICE>');
  });

  it('posts names first and edits them to mentions in a thread, so the PO is not pinged', async () => {
    const mention = appMention({ text: "<@UBOT> who's the tech lead here", channel: 'C7' });
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(mention));
    const update = await ctx.fake.waitFor('chat.update');
    const posted = ctx.fake.callsTo('chat.postMessage')[0];
    expect(JSON.stringify(posted?.args)).toContain('@bob');
    expect(JSON.stringify(posted?.args)).not.toContain('<@UBOB>');
    expect(JSON.stringify(update.args.blocks)).toContain('*Tech Lead* here: <@UBOB>');
    expect(update.args).toMatchObject({ channel: 'C7', ts: expect.stringMatching(/^1700000000\./) });
  });

  it('shows both sides of a comparison, and the holders on a role card', async () => {
    const compare = await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({ text: 'po vs tl', channel_id: 'C7' }),
    );
    expect(compare.text).toContain('*Product Owner* here: <@UALICE>');
    expect(compare.text).toContain('*Tech Lead* here: <@UBOB>');
    const card = await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({ text: 'product owner', channel_id: 'C7' }),
    );
    expect(card.text).toContain('*Product Owner* here: <@UALICE>');
  });

  it('maps "who do I ask about priorities?" to the PO through the FAQ, people first', async () => {
    const res = await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({ text: 'who do I ask about priorities?', channel_id: 'C7' }),
    );
    const blocks = JSON.stringify(JSON.parse(res.text).blocks);
    expect(blocks).toContain('*Product Owner* here: <@UALICE>');
    expect(blocks.indexOf('<@UALICE>')).toBeLessThan(
      blocks.indexOf('Who owns and prioritizes the product backlog?'),
    );
  });

  it('says how to record a holder where nobody is set', async () => {
    expect(await ask('who is our scrum master?')).toContain(
      'Nobody is set as Scrum Master in this channel yet',
    );
  });

  it('lists the channels where roles were set in the App Home', async () => {
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(appHomeOpened({ user: 'UCAROL' })));
    const view = JSON.stringify((await ctx.fake.waitFor('views.publish')).args.view);
    expect(view).toContain('<#C7>');
    expect(view).toContain('*Product Owner* here: <@UALICE>');
  });
});

describe('without an escalation channel', () => {
  const askPerson = (text: string) => /"action_id":"ask_person"/.test(text);

  it('offers no Ask a person button, and help says how to set one', async () => {
    expect(askPerson(await ask('what is the wifi password'))).toBe(false);
    expect(await ask('help')).toContain(
      'an admin sets `ESCALATION_CHANNEL` or picks a channel in my App Home',
    );
  });

  it('lets an admin pick one in the App Home, and refuses anyone else', async () => {
    ctx.fake.setUser({ id: 'UADMIN', is_admin: true });
    const pick = (user: string) =>
      blockAction({
        action_id: ACTION_IDS.escalationChannel,
        user,
        container: { type: 'view' },
        selected_conversation: 'CHELP',
      });
    await sendInteraction(ctx.bot.url, SECRET, pick('UCAROL'));
    expect(
      (await ctx.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'UCAROL')).args.text,
    ).toMatch(/Only workspace admins and owners/);
    expect(askPerson(await ask('what is the wifi password'))).toBe(false);
    await sendInteraction(ctx.bot.url, SECRET, pick('UADMIN'));
    const view = await ctx.fake.waitFor('views.publish', (c) => c.args.user_id === 'UADMIN');
    expect(JSON.stringify(view.args.view)).toContain('sends the question to <#CHELP>');
    expect(askPerson(await ask('what is the wifi password'))).toBe(true);
    expect(await ask('help')).toContain('sends your question to <#CHELP>');
  });
});
