/**
 * Dispatch by intent (plans/index.ts): a model fact is a fact however it is phrased; a name the
 * knowledge does not hold is refused, not answered with another model's facts; "the one with…"
 * picks among what the last answer named; close intents blend; the draft says what it is about.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { planAnswer } from '../../../src/core/plans/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase();
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('dispatch', () => {
  it.each([
    ['tell me the context window of Beta 1', 'Beta 1 has a context window of **2M (2,000,000) tokens**.'],
    ['explain Beta 1 pricing', 'Beta 1 costs **$1.25 per 1M input tokens and $5.00 per 1M output tokens**.'],
    ['Alpha 2 Pro release date?', 'Alpha 2 Pro was released in **March 2025**.'],
  ])('answers a model fact as a fact, however it is phrased: %j', (question, text) => {
    expect(ask(question)).toMatchObject({ kind: 'fact', text });
  });

  it.each(['is Grok 4 a reasoning model?', 'is GPT-6 out yet?', 'what does Grok 4 cost?'])('refuses a name the knowledge does not hold: %j', (question) => {
    const a = ask(question);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't cover (?:Grok 4|GPT-6)/);
  });

  it('says which side of a comparison it does not cover, instead of describing only the other', () => {
    expect(ask('how does GPT-6 compare to Beta 1?').text).toContain("don't cover GPT-6");
  });

  it('picks "the one with the best prompt fidelity" among the models just listed', () => {
    expect(ask('who makes the one with the best prompt fidelity?', ['what image models are there']).text).toBe('Delta Flux is made by **Delta Labs**.');
  });

  it('answers "which model is cheaper than X" with another model', () => {
    const a = ask('which model is cheaper than Alpha 2 Pro?');
    expect(a.text).toMatch(/^\*\*Beta 1\*\*/);
  });

  it('answers a bare name with what it is', () => {
    expect(ask('Alpha 2 Pro').text).toMatch(/^Alpha 2 Pro is a proprietary/);
    expect(ask('GANs').text).toMatch(/^A \*\*generative adversarial network \(GAN\)\*\*/);
  });

  it('blends a verdict with the definition when the two intents are close', () => {
    const u = f.read('foundation model, is that the same thing as a base model?');
    expect(u.runnerUp).toBeDefined();
    const draft = planAnswer(f.plan, u);
    expect(draft.blocks[0]!.text).toMatch(/^Yes\b/);
    expect(draft.blocks.some((b) => b.text.startsWith('A **foundation model**'))).toBe(true);
  });
});

describe('drafts', () => {
  it('returns no draft for social messages: the guide answers them itself', () => {
    expect(planAnswer(f.plan, f.read('hi!'))).toMatchObject({ answered: false, blocks: [] });
  });

  it('records the models an answer is about, main one first, for follow-ups', () => {
    expect(planAnswer(f.plan, f.read('cheapest frontier model?')).models?.map((m) => m.name)).toEqual(['Beta 1', 'Alpha 2 Pro']);
  });

  it('records the concepts an answer is about', () => {
    expect(planAnswer(f.plan, f.read('what are GANs used for?')).concepts?.map((c) => c.name)).toEqual(['generative adversarial network']);
  });

  it('cites the catalog passages behind a model answer', () => {
    const draft = planAnswer(f.plan, f.read('how much does Alpha 2 Pro cost?'));
    expect(draft.cites?.map((p) => p.section)).toEqual(['Alpha 2 Pro']);
  });
});
