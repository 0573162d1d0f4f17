import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/messages.js';
import { directMessage, mention, slashCommand, startHarness, unique, type Harness } from './helpers/harness.js';

const APOLOGY = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';

describe.each(['http', 'socket'] as const)('Slack retries and failures (%s mode)', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode });
  });
  afterAll(() => h.close());

  const repliesIn = (threadTs: string) => h.fake.posts().filter((c) => c.args.thread_ts === threadTs);
  const replyIn = (threadTs: string) =>
    h.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs, `a reply in ${threadTs}`);
  /** The failed attempt is recorded too; the apology is the post after it. */
  const apologyIn = (threadTs: string) =>
    h.fake.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs && c.args.text === APOLOGY,
      `the apology in ${threadTs}`,
    );

  /** Every earlier delivery has been handled once a later direct message is answered. */
  async function settle(): Promise<void> {
    const channel = unique('D0SETTLE');
    await h.event(directMessage('settle', { channel }));
    await h.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
  }

  it('answers an event once when Slack delivers it again with the same event_id', async () => {
    const body = mention('what is a reasoning model?');
    await h.event(body);
    await replyIn(body.event.ts);
    expect((await h.event(body, { retryNum: 1 })).status).toBe(200);
    expect((await h.event(body, { retryNum: 2 })).status).toBe(200);
    await settle();
    expect(repliesIn(body.event.ts)).toHaveLength(1);
    expect(h.logs.filter((l) => l.msg === 'repeated event delivery ignored' && l.eventId === body.event_id)).toHaveLength(2);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const body = mention('GAN vs diffusion?');
    await h.event(body, { retryNum: 1 });
    expect((await replyIn(body.event.ts)).args.text).toBe('*Echo:* GAN vs diffusion?\n• history: none');
  });

  it('apologises, logs platform, channel and event id, and keeps serving when chat.postMessage fails with a 500', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 });
    const body = mention('what is a GAN?', { channel: 'C0FAIL500' });
    await h.event(body);
    await apologyIn(body.event.ts);
    expect(repliesIn(body.event.ts).map((c) => c.response?.ok)).toEqual([false, true]);
    expect(h.logs.find((l) => l.msg === 'error while handling a question' && l.eventId === body.event_id)).toMatchObject({
      level: 50,
      platform: 'slack',
      channel: 'C0FAIL500',
      eventId: body.event_id,
      err: { message: expect.stringContaining('500') },
    });

    const next = mention('what is a GAN?', { channel: 'C0FAIL500' });
    await h.event(next);
    expect((await replyIn(next.event.ts)).args.text).toContain('*Echo:* what is a GAN?');
  });

  it('apologises when Slack rate-limits the reply (429)', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const body = mention('what is a GAN?', { channel: 'C0FAIL429' });
    await h.event(body);
    await apologyIn(body.event.ts);
    expect(repliesIn(body.event.ts).map((c) => c.response?.ok)).toEqual([false, true]);
    expect(h.logs.some((l) => l.msg === 'error while handling a question' && l.eventId === body.event_id)).toBe(true);
  });

  it('apologises when a Web API call is refused (ok: false)', async () => {
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const body = mention('what is a GAN?', { channel: 'C0REFUSED' });
    await h.event(body);
    await apologyIn(body.event.ts);
    expect(repliesIn(body.event.ts).map((c) => c.response)).toEqual([{ ok: false, error: 'channel_not_found' }, expect.objectContaining({ ok: true })]);
  });

  it('tells the person when the core fails, and keeps serving', async () => {
    const body = mention('boom');
    await h.event(body);
    expect((await replyIn(body.event.ts)).args.text).toBe(messages.error);
    expect(h.logs.some((l) => l.msg === 'error while handling a question' && l.err?.message === 'the core exploded')).toBe(true);
  });

  it('apologises through the response_url when posting the command answer fails', async () => {
    h.fake.failNext('response_url', { status: 500 });
    const { fields, id } = slashCommand(h.fake, 'what is a GAN?', { channel: 'C0RESPOND' });
    await h.command(fields);
    const apology = await h.fake.waitForResponse((r) => r.id === id);
    expect(apology.body).toEqual({ response_type: 'ephemeral', text: APOLOGY });
    expect(h.logs.find((l) => l.msg === 'error while handling a question' && l.channel === 'C0RESPOND')).toMatchObject({
      platform: 'slack',
      eventId: fields.trigger_id,
    });
  });
});
