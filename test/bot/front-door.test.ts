import { describe, expect, it } from 'vitest';
import { createFrontDoor, hashQuestion, isHelpRequest, MAX_QUESTION_CHARS, messages, type FrontDoorDeps, type Outcome } from '../../src/bot/index.js';
import type { Guide } from '../../src/core/types.js';
import { createMemoryStore } from '../../src/state/memory-store.js';
import { captureLogger, fakeGuide, gate } from '../app/helpers.js';

function door(over: Partial<FrontDoorDeps> = {}) {
  let now = 1_800_000_000_000;
  const { logger, records } = captureLogger();
  const store = createMemoryStore({ now: () => now });
  const guide = fakeGuide();
  const outcomes: Outcome[] = [];
  const frontDoor = createFrontDoor({ guide, logger, store, onOutcome: (o) => void outcomes.push(o), ...over });
  return { frontDoor, slack: frontDoor.forPlatform('slack'), guide, records, outcomes, advance: (ms: number) => void (now += ms) };
}

const textOf = (result: Awaited<ReturnType<ReturnType<typeof door>['slack']['ask']>>) =>
  result.type === 'answer' ? result.answer.text : result.type === 'help' ? 'help' : result.message;

describe('the front door', () => {
  it('knows a request for help by one rule on every platform', () => {
    for (const text of ['', '  ', 'help', 'Help?', 'HELP!', '?', '/help']) expect(isHelpRequest(text)).toBe(true);
    for (const text of ['help me choose a model', 'what is a reasoning model?', 'helpful models']) expect(isHelpRequest(text)).toBe(false);
  });

  it('shows question text in logs only when LOG_QUESTIONS is on', () => {
    expect(door().frontDoor.questionFields('secret plans')).toEqual({ questionLength: 12, questionHash: hashQuestion('secret plans') });
    expect(door({ logQuestions: true }).frontDoor.questionFields('secret plans')).toEqual({ question: 'secret plans' });
  });

  it('answers help without the core, and refuses an over-long question without it', async () => {
    const { slack, guide } = door();
    expect(await slack.ask({ userId: 'U1', text: 'help', conversation: 'c' })).toEqual({ type: 'help' });
    expect(await slack.ask({ userId: 'U1', text: 'x'.repeat(MAX_QUESTION_CHARS + 1), conversation: 'c' })).toEqual({
      type: 'too_long',
      message: messages.tooLong(MAX_QUESTION_CHARS),
    });
    expect(guide.asked).toEqual([]);
  });

  it('turns a core failure into the apology, logged with its context, instead of throwing', async () => {
    const failing: Guide = { ...fakeGuide(), ask: () => { throw new Error('boom'); } };
    const { slack, records } = door({ guide: failing });
    expect(await slack.ask({ userId: 'U1', text: 'hi', conversation: 'c', context: { channel: 'C9' } })).toEqual({ type: 'error', message: messages.error });
    expect(records().find((r) => r.msg === 'error while handling a question')).toMatchObject({ platform: 'slack', channel: 'C9', err: { message: 'boom' } });
  });

  it('gives each question its conversation\'s earlier questions, and a linked message leads to the same conversation', async () => {
    const { slack, guide } = door();
    await slack.ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'C1:100' });
    await slack.ask({ userId: 'U1', text: 'And diffusion?', conversation: 'C1:100' });
    await slack.link('C1:200', 'C1:100');
    await slack.ask({ userId: 'U2', text: 'And VAEs?', conversation: 'C1:200' });
    await slack.ask({ userId: 'U1', text: 'Elsewhere?', conversation: 'C2:100' });
    expect(guide.asked.map((q) => q.history)).toEqual([[], ['What is a GAN?'], ['What is a GAN?', 'And diffusion?'], []]);
    expect(await slack.conversationOf('C1:200')).toBe('C1:100');
    expect(await slack.conversationOf('C1:300')).toBeUndefined();
  });

  it('keeps conversations apart per platform', async () => {
    const { frontDoor, guide } = door();
    await frontDoor.forPlatform('slack').ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'same' });
    await frontDoor.forPlatform('discord').ask({ userId: 'U1', text: 'And diffusion?', conversation: 'same' });
    expect(guide.asked.at(-1)?.history).toEqual([]);
  });

  it('does not remember a greeting as a turn to follow up on', async () => {
    const greeter: Guide = {
      ...fakeGuide(),
      ask: (q) => ({ question: q.text, kind: /hello/i.test(q.text) ? 'greeting' : 'definition', answered: true, text: `history ${q.history?.length}`, sources: [], suggestions: [] }),
    };
    const { slack } = door({ guide: greeter });
    await slack.ask({ userId: 'U1', text: 'Hello!', conversation: 'c' });
    expect(textOf(await slack.ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'c' }))).toBe('history 0');
    expect(textOf(await slack.ask({ userId: 'U1', text: 'And diffusion?', conversation: 'c' }))).toBe('history 1');
  });

  it('remembers each answer for its buttons, and the whole answer only when asked to keep it', async () => {
    const { slack } = door();
    const plain = await slack.ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'C1' });
    const kept = await slack.ask({ userId: 'U1', text: 'What is LoRA?', conversation: 'C2', keep: true });
    if (plain.type !== 'answer' || kept.type !== 'answer') throw new Error('expected answers');
    expect(plain.answerId).not.toBe(kept.answerId);
    expect(await slack.record(plain.answerId)).toMatchObject({
      platform: 'slack',
      question: 'What is a GAN?',
      kind: 'definition',
      answered: true,
      sources: ['models.md#1'],
      suggestions: ['How much does it cost?'],
      conversation: 'C1',
    });
    expect(await slack.kept(plain.answerId)).toBeUndefined();
    expect(await slack.kept(kept.answerId)).toEqual(kept.answer);
    for (const forged of ['nope', '../../etc', 'x'.repeat(500)]) expect(await slack.record(forged)).toBeUndefined();
  });

  it('asks an earlier question again with the context it had, without making it a new turn', async () => {
    const { slack, guide } = door();
    await slack.ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'c' });
    await slack.ask({ userId: 'U1', text: 'And diffusion?', conversation: 'c' });
    await slack.ask({ userId: 'U1', text: 'And diffusion?', conversation: 'c', again: true });
    await slack.ask({ userId: 'U1', text: 'And VAEs?', conversation: 'c' });
    expect(guide.asked.map((q) => q.history)).toEqual([[], ['What is a GAN?'], ['What is a GAN?'], ['What is a GAN?', 'And diffusion?']]);
  });

  it('tells the outcome hook about an unanswered question, and a failing hook changes nothing', async () => {
    const unsure: Guide = { ...fakeGuide(), ask: (q) => ({ question: q.text, kind: 'no_answer', answered: false, text: "I don't know.", sources: [], suggestions: [] }) };
    const { slack, outcomes, records } = door({ guide: unsure });
    const result = await slack.ask({ userId: 'U1', text: 'the weather?', conversation: 'C1', context: { channel: 'C1' } });
    if (result.type !== 'answer') throw new Error('expected an answer');
    await slack.drain(1000);
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'unanswered', platform: 'slack', userId: 'U1', question: 'the weather?', kind: 'no_answer', answerId: result.answerId, conversation: 'C1', context: { channel: 'C1' } }),
    ]);

    const broken = door({ guide: unsure, onOutcome: () => Promise.reject(new Error('report store full')) });
    expect((await broken.slack.ask({ userId: 'U1', text: 'the weather?', conversation: 'C1' })).type).toBe('answer');
    await broken.slack.drain(1000);
    expect(broken.records().find((r) => r.msg === 'the outcome hook failed')).toMatchObject({ err: { message: 'report store full' } });
    expect(records().some((r) => r.msg === 'the outcome hook failed')).toBe(false);
  });

  it('counts votes per answer, logs them with the answer, and tells the outcome hook', async () => {
    const { slack, records, outcomes } = door({ logQuestions: true });
    const result = await slack.ask({ userId: 'U1', text: 'What is a GAN?', conversation: 'C1' });
    if (result.type !== 'answer') throw new Error('expected an answer');
    await slack.vote({ answerId: result.answerId, vote: 'down', userId: 'U2', context: { channel: 'C1' } });
    await slack.vote({ answerId: result.answerId, vote: 'down', userId: 'U3' });
    await slack.vote({ answerId: 'forgotten', vote: 'up', userId: 'U4', about: { question: 'from the button', kind: 'fact' } });
    const logged = records().filter((r) => r.msg === 'feedback');
    expect(logged[1]).toMatchObject({ platform: 'slack', vote: 'down', question: 'What is a GAN?', kind: 'definition', sources: ['models.md#1'], votes: { down: 2 } });
    expect(logged[2]).toMatchObject({ vote: 'up', question: 'from the button', kind: 'fact', expired: true });
    await slack.drain(1000);
    expect(outcomes.map((o) => (o.type === 'vote' ? [o.vote, o.question, o.record?.conversation] : o.type))).toEqual([
      ['down', 'What is a GAN?', 'C1'],
      ['down', 'What is a GAN?', 'C1'],
      ['up', 'from the button', undefined],
    ]);
  });
});

describe('deliveries', () => {
  it('runs the first delivery of an id once, skips repeats for 15 minutes, then treats it as new', async () => {
    const { slack, advance } = door();
    let runs = 0;
    const work = async () => void runs++;
    expect(await slack.once('Ev1', work)).toBe(true);
    advance(60_000); // Slack's ~1 min retry
    expect(await slack.once('Ev1', work)).toBe(false);
    advance(4 * 60_000); // and its ~5 min one
    expect(await slack.once('Ev1', work)).toBe(false);
    advance(11 * 60_000);
    expect(await slack.once('Ev1', work)).toBe(true);
    expect(runs).toBe(2);
  });

  it('skips a repeat while the first is still being handled, but takes it once a dead handler\'s claim lapses', async () => {
    const { slack, advance } = door();
    const held = gate();
    const first = slack.once('Ev2', () => held.promise);
    expect(await slack.once('Ev2', async () => {})).toBe(false);
    // A handler that never finishes (its process died): its claim lapses after 45 s.
    void slack.once('Ev3', () => new Promise(() => {}));
    await new Promise((resolve) => setImmediate(resolve));
    advance(46_000);
    expect(await slack.once('Ev3', async () => {})).toBe(true);
    held.open();
    expect(await first).toBe(true);
  });
});

describe('handling an event', () => {
  it('catches a failing handler, logs it with its context and apologises; an apology that fails is logged too', async () => {
    const { slack, records } = door();
    const said: string[] = [];
    await slack.handle({ channel: 'C1', eventId: 'Ev9' }, async () => { throw new Error('post failed'); }, async (text) => void said.push(text));
    expect(said).toEqual([messages.error]);
    expect(records().find((r) => r.msg === 'error while handling a question')).toMatchObject({ platform: 'slack', channel: 'C1', eventId: 'Ev9' });
    await slack.handle({ channel: 'C2' }, async () => { throw new Error('again'); }, async () => { throw new Error('apology failed'); });
    expect(records().find((r) => r.msg === 'could not send the apology')).toMatchObject({ platform: 'slack', channel: 'C2', err: { message: 'apology failed' } });
  });

  it('tracks work in flight per platform, and one platform stopping refuses only its own questions', async () => {
    const { frontDoor, slack } = door();
    const discord = frontDoor.forPlatform('discord');
    const held = gate();
    const work = slack.handle({}, () => held.promise, async () => {});
    expect([slack.inFlight(), discord.inFlight(), frontDoor.inFlight()]).toEqual([1, 0, 1]);
    slack.stopAccepting();
    expect((await slack.ask({ userId: 'U1', text: 'Late?', conversation: 'c' })).type).toBe('unavailable');
    expect((await discord.ask({ userId: 'U1', text: 'Fine?', conversation: 'c' })).type).toBe('answer');
    held.open();
    await work;
    await slack.drain(1000);
    expect(frontDoor.inFlight()).toBe(0);
    slack.startAccepting();
    expect((await slack.ask({ userId: 'U1', text: 'Back?', conversation: 'c' })).type).toBe('answer');
  });

  it('refuses every platform\'s questions once shutdown began', async () => {
    const { frontDoor } = door();
    frontDoor.stopAccepting();
    for (const platform of ['slack', 'discord', 'terminal']) {
      expect(await frontDoor.forPlatform(platform).ask({ userId: 'U1', text: 'Anyone?', conversation: 'c' })).toEqual({ type: 'unavailable', message: messages.unavailable });
    }
  });
});
