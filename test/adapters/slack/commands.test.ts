import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/adapters/slack/action-values.js';
import { FEEDBACK_THANKS } from '../../../src/adapters/slack/actions.js';
import { createFakeGuide } from './helpers/fake-guide.js';
import {
  buttonsOf,
  click,
  contextsOf,
  sectionsOf,
  slashCommand,
  startHarness,
  type Harness,
} from './helpers/harness.js';

describe.each(['http', 'socket'] as const)('Slack /ask and its buttons (%s mode)', (mode) => {
  let h: Harness;
  const guide = createFakeGuide();
  beforeAll(async () => {
    h = await startHarness({ mode, guide });
  });
  afterAll(() => h.close());

  async function ask(text: string) {
    const { fields, id } = slashCommand(h.fake, text);
    const delivery = await h.command(fields);
    const response = await h.fake.waitForResponse((r) => r.id === id);
    return { delivery, response: response.body };
  }

  const button = (blocks: any[], actionId: string) => buttonsOf(blocks).find((b) => b.action_id === actionId)!;

  it('acks at once and answers privately through the response_url, with a Share button', async () => {
    const { delivery, response } = await ask('what is a reasoning model?');
    expect(delivery).toEqual({ status: 200, body: mode === 'http' ? '' : '{}' });
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toBe('*Echo:* what is a reasoning model?\n• history: none');
    expect(buttonsOf(response.blocks).map((b) => b.text.text)).toEqual([
      'What is a GAN?',
      'GAN vs diffusion?',
      'Which model for images on-prem?',
      'Share in channel',
      '👍',
      '👎',
    ]);
    expect(h.fake.posts()).toEqual([]); // nothing public
  });

  it('shows what it can do, with example questions, for /ask alone and /ask help', async () => {
    for (const text of ['', 'help']) {
      const { response } = await ask(text);
      expect(response.response_type).toBe('ephemeral');
      expect(response.text).toContain('`/ask <question>`: a private answer, with a button to share it in the channel');
      expect(response.text).toContain(
        '*Try one of these:*\n• What is a reasoning model?\n• Which model for images on-prem?\n• GAN vs diffusion?\n• What does Claude 4.5 Sonnet cost per 1M tokens?',
      );
    }
  });

  it('refuses a question over 2,000 characters with the limit, without asking the core', async () => {
    const asked = guide.asked.length;
    const { response } = await ask('q'.repeat(2001));
    expect(response).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'That question is too long for me: please keep it under 2,000 characters.',
    });
    expect(guide.asked.length).toBe(asked);
  });

  it('shares a private answer in the channel, credited to the person who shared it, and removes the private copy', async () => {
    const { response } = await ask('which model for images on-prem?');
    const asked = guide.asked.length;
    const share = click(h.fake, button(response.blocks, 'share_answer'), { ephemeral: true });
    expect((await h.action(share.payload)).status).toBe(200);
    const shared = await h.fake.waitForResponse((r) => r.id === share.id && r.body.response_type === 'in_channel');
    expect(contextsOf(shared.body.blocks)[0]).toBe('<@U061F7AUR> asked: which model for images on-prem?');
    expect(sectionsOf(shared.body.blocks)).toEqual(sectionsOf(response.blocks));
    expect(buttonsOf(shared.body.blocks).map((b) => b.action_id)).not.toContain('share_answer');
    expect((await h.fake.waitForResponse((r) => r.id === share.id && r.body.delete_original === true)).body).toEqual({ delete_original: true });
    expect(guide.asked.length).toBe(asked); // the cached answer, not a new one
  });

  it('shares by asking again when the answer is no longer cached', async () => {
    const value = encodeShare('GAN vs diffusion?', 'gone', { key: 'cmd:U061F7AUR:old', to: { kind: 'respond' } });
    const share = click(h.fake, { action_id: 'share_answer', value }, { ephemeral: true });
    await h.action(share.payload);
    const shared = await h.fake.waitForResponse((r) => r.id === share.id && r.body.response_type === 'in_channel');
    expect(shared.body.text).toBe('*Echo:* GAN vs diffusion?\n• history: none');
  });

  it('answers a suggestion from a private answer privately, with the conversation as context', async () => {
    const { response } = await ask('what is a GAN?');
    const suggestion = click(h.fake, button(response.blocks, 'suggest_1'), { ephemeral: true });
    await h.action(suggestion.payload);
    const answer = (await h.fake.waitForResponse((r) => r.id === suggestion.id)).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.replace_original).toBe(false);
    expect(answer.text).toBe('*Echo:* GAN vs diffusion?\n• history: what is a GAN?');
  });

  it('thanks the clicker privately for feedback and logs it with the question, answer kind and sources', async () => {
    const { response } = await ask('what does Claude 4.5 Sonnet cost per 1M tokens?');
    for (const vote of ['up', 'down'] as const) {
      const feedback = click(h.fake, button(response.blocks, `feedback_${vote}`), { ephemeral: true });
      await h.action(feedback.payload);
      const thanks = (await h.fake.waitForResponse((r) => r.id === feedback.id)).body;
      expect(thanks).toEqual({ response_type: 'ephemeral', replace_original: false, text: FEEDBACK_THANKS[vote] });
      expect(h.logs.filter((l) => l.msg === 'feedback' && l.vote === vote).at(-1)).toMatchObject({
        platform: 'slack',
        channel: 'C061EG9SL',
        user: 'U061F7AUR',
        question: 'what does Claude 4.5 Sonnet cost per 1M tokens?',
        kind: 'definition',
        sources: ['reasoning#overview', 'catalog:o3'],
      });
    }
    expect(FEEDBACK_THANKS).toEqual({
      up: 'Thanks for the feedback! Glad it helped.',
      down: "Thanks for the feedback. I've noted that this answer missed the mark.",
    });
  });
});

describe('Slack /ask answered in the channel (commandVisibility: in_channel)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', config: { commandVisibility: 'in_channel', command: '/guide' } });
  });
  afterAll(() => h.close());

  it('posts answers publicly, credited to the asker, without a Share button; help stays private', async () => {
    const { fields, id } = slashCommand(h.fake, 'GAN vs diffusion?');
    await h.command({ ...fields, command: '/guide' });
    const answer = (await h.fake.waitForResponse((r) => r.id === id)).body;
    expect(answer.response_type).toBe('in_channel');
    expect(contextsOf(answer.blocks)[0]).toBe('<@U061F7AUR> asked: GAN vs diffusion?');
    expect(buttonsOf(answer.blocks).map((b) => b.action_id)).not.toContain('share_answer');

    const help = slashCommand(h.fake, 'help');
    await h.command({ ...help.fields, command: '/guide' });
    const shown = (await h.fake.waitForResponse((r) => r.id === help.id)).body;
    expect(shown.response_type).toBe('ephemeral');
    expect(shown.text).toContain('`/guide <question>`');
  });
});
