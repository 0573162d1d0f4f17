import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/messages.js';
import { SHORTENED_NOTE } from '../../../src/adapters/slack/render.js';
import { createFakeGuide } from './helpers/fake-guide.js';
import { fixture } from './helpers/fake-slack.js';
import {
  BOT_USER_ID,
  buttonsOf,
  click,
  contextsOf,
  directMessage,
  mention,
  sectionsOf,
  startHarness,
  unique,
  type Harness,
} from './helpers/harness.js';

describe.each(['http', 'socket'] as const)('Slack mentions and direct messages (%s mode)', (mode) => {
  let h: Harness;
  const guide = createFakeGuide();
  beforeAll(async () => {
    h = await startHarness({ mode, guide });
  });
  afterAll(() => h.close());

  const postIn = (channel: string, threadTs: string | undefined, text: string) =>
    h.fake.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.args.channel === channel && c.args.thread_ts === threadTs && c.args.text.includes(text),
      `a post in ${channel}/${threadTs} containing "${text}"`,
    );

  /** Every earlier delivery has been handled once a later direct message is answered. */
  async function settle(): Promise<void> {
    const channel = unique('D0SETTLE');
    await h.event(directMessage('settle', { channel }));
    await postIn(channel, undefined, 'settle');
  }

  it('answers a mention in the thread of that message, with buttons', async () => {
    const body = mention('what is a reasoning model?');
    expect((await h.event(body)).status).toBe(200);
    const post = await postIn('C061EG9SL', body.event.ts, 'reasoning');
    expect(post.args.text).toBe('*Echo:* what is a reasoning model?\n• history: none');
    expect(post.authorization).toBe('Bearer xoxb-test-token');
    expect(buttonsOf(post.args.blocks).map((b) => b.action_id)).toEqual(['suggest_0', 'suggest_1', 'suggest_2', 'feedback_up', 'feedback_down']);
  });

  it('treats a later mention in the same thread as a follow-up, with the earlier questions as context', async () => {
    const channel = unique('C0THREAD');
    const first = mention('what is a GAN?', { channel });
    await h.event(first);
    await postIn(channel, first.event.ts, 'GAN');
    await h.event(mention('and diffusion?', { channel, threadTs: first.event.ts }));
    const post = await postIn(channel, first.event.ts, 'diffusion');
    expect(post.args.text).toBe('*Echo:* and diffusion?\n• history: what is a GAN?');

    const elsewhere = mention('and diffusion?', { channel });
    await h.event(elsewhere);
    expect((await postIn(channel, elsewhere.event.ts, 'diffusion')).args.text).toContain('history: none');
  });

  it('answers a suggestion click in the same thread, with the thread as context', async () => {
    const channel = unique('C0SUGGEST');
    const first = mention('what is a GAN?', { channel });
    await h.event(first);
    const answer = await postIn(channel, first.event.ts, 'GAN');
    const suggestion = buttonsOf(answer.args.blocks).find((b) => b.action_id === 'suggest_1')!;
    expect((await h.action(click(h.fake, suggestion).payload)).status).toBe(200);
    const post = await postIn(channel, first.event.ts, 'GAN vs diffusion?');
    expect(post.args.text).toBe('*Echo:* GAN vs diffusion?\n• history: what is a GAN?');
  });

  it('answers every direct message at the top level, keeping context in the DM and in threads under its answers', async () => {
    const channel = unique('D0DM');
    await h.event(directMessage('what is a GAN?', { channel }));
    const first = await postIn(channel, undefined, 'GAN');
    expect(first.args.text).toBe('*Echo:* what is a GAN?\n• history: none');
    await h.event(directMessage('and diffusion?', { channel }));
    expect((await postIn(channel, undefined, 'diffusion')).args.text).toContain('history: what is a GAN?');

    const answerTs = first.response!.ts as string;
    await h.event(directMessage('and VAEs?', { channel, threadTs: answerTs }));
    const inThread = await postIn(channel, answerTs, 'VAEs');
    expect(inThread.args.text).toBe('*Echo:* and VAEs?\n• history: what is a GAN? | and diffusion?');
  });

  it('never answers bots, itself, or message subtypes such as edits and joins', async () => {
    const before = h.fake.posts().length;
    const otherBot = fixture('message-im-bot');
    const edit = fixture('message-im-changed');
    const own = directMessage('my own answer');
    own.event.user = BOT_USER_ID;
    const join = directMessage('joined');
    Object.assign(join.event, { subtype: 'channel_join' });
    const botMention = mention('from a bot');
    Object.assign(botMention.event, { bot_id: 'B0OTHERBOT' });
    for (const body of [otherBot, edit, own, join, botMention]) expect((await h.event(body)).status).toBe(200);
    await settle();
    expect(h.fake.posts().slice(before).map((c) => c.args.text)).toEqual(['*Echo:* settle\n• history: none']);
  });

  it('escapes what people type so it comes back as text, never as a ping', async () => {
    const body = mention('is a &lt; b &amp;&amp; <!here> <@U777|bob>?');
    await h.event(body);
    const post = await postIn('C061EG9SL', body.event.ts, 'Echo');
    expect(guide.asked.at(-1)?.text).toBe('is a < b && @here @bob?');
    expect(sectionsOf(post.args.blocks)[0]).toBe('*Echo:* is a &lt; b &amp;&amp; @here @bob?\n• history: none');
  });

  it('escapes knowledge text and sources: <!channel>, <!here> and <@U123> never reach Slack as syntax', async () => {
    const body = mention('ping');
    await h.event(body);
    const post = await postIn('C061EG9SL', body.event.ts, 'Heads up');
    const sent = JSON.stringify(post.args);
    for (const syntax of ['<!channel>', '<!here>', '<@U123>', '<@U999>']) expect(sent).not.toContain(syntax);
    expect(post.args.text).toContain('Heads up &lt;!channel&gt; and &lt;!here&gt;: ask &lt;@U123&gt; about Q&amp;A.');
    expect(contextsOf(post.args.blocks)[0]).toBe('📚 <https://example.org/x?y=1&amp;z=2|Escaping &lt;!here&gt; › A &amp; B &lt;@U999&gt;>');
  });

  it('splits an over-long answer into several sections within Slack limits', async () => {
    const body = mention('huge');
    await h.event(body);
    const post = await postIn('C061EG9SL', body.event.ts, 'Paragraph 1');
    const sections = sectionsOf(post.args.blocks);
    expect(sections.length).toBeGreaterThan(1);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    expect(post.args.blocks.length).toBeLessThanOrEqual(50);
    expect(contextsOf(post.args.blocks)).toContain(SHORTENED_NOTE);
  });

  it('refuses a question over 2,000 characters with a short message, without asking the core', async () => {
    const asked = guide.asked.length;
    const body = mention(`why ${'x'.repeat(2000)}?`);
    await h.event(body);
    const post = await postIn('C061EG9SL', body.event.ts, 'too long');
    expect(post.args.text).toBe('That question is too long for me: please keep it under 2,000 characters.');
    expect(post.args.text).toBe(messages.tooLong(2000));
    expect(guide.asked.length).toBe(asked);
  });

  it('shows the help for a mention without a question', async () => {
    const body = mention('');
    await h.event(body);
    const post = await postIn('C061EG9SL', body.event.ts, 'Model Guide');
    expect(post.args.text).toContain('*Try one of these:*\n• What is a reasoning model?');
  });
});
