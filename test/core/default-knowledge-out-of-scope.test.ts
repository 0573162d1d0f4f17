/**
 * Questions in the field's words that ask for what the knowledge does not hold, against the default
 * knowledge: a thing of another kind (a book, a laptop, a job), a live status, a company's business,
 * a task to do, or a subject word the documents never use. Each is refused; the questions beside
 * them that ask about models are still answered.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the default knowledge and questions it does not cover', () => {
  it.each([
    'can you recommend some books about transformers',
    'suggest a free course on llms',
    'top podcasts on generative ai?',
    'what laptop should i get for running local llms',
    'best keyboard for writing prompts all day',
    "what's the best language for building ai apps",
    'how do i break into an ai career',
    'what job should i aim for in ai',
    'is a masters in ml worth it',
    'which gpu should i purchase for stable diffusion',
    'what jobs do i need to apply for in ai',
    'could you recommend a gaming laptop under 1000 euros',
    'suggest some beginner-friendly online courses',
  ])('refuses a thing of a kind no document lists: %j', (text) => {
    expect(guide.ask({ text }).kind).toBe('no_answer');
  });

  it.each([
    ['In a transformer, what job does self-attention do?', /weigh how relevant/],
    ['what job does RAG do in a chatbot', /ground/],
  ])('answers the job a thing does as its role: %j', (text, fact) => {
    const a = guide.ask({ text });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(fact);
  });

  it.each(['is gemini down?', 'is the openai api broken right now', 'any claude outages today', "what's nvidia's share price", 'when is the next claude coming out', "what's the newest model released today", 'any new llms out this week?'])('refuses a live status: %j', (text) => {
    expect(guide.ask({ text }).kind).toBe('no_answer');
  });

  it.each(['is anthropic profitable yet', 'who founded meta ai'])("refuses a company's business: %j", (text) => {
    expect(guide.ask({ text }).kind).toBe('no_answer');
  });

  it.each(['translate good morning into german', 'please write a bash script to rename files', 'tell me a joke about llms', 'say hi to my team in spanish'])('refuses a task to do: %j', (text) => {
    expect(guide.ask({ text }).kind).toBe('no_answer');
  });

  it.each(["what's your fave image generator", 'which llm do you personally rate highest', 'are you sentient?', 'robots will take over the world, right?', 'what is your favourite chatbot'])(
    "refuses the bot's own taste or a guess about AI's future: %j",
    (text) => {
      expect(guide.ask({ text }).kind).toBe('no_answer');
    },
  );

  it('still helps with what the bot can do', () => {
    expect(guide.ask({ text: 'what can you do?' }).kind).toBe('help');
  });

  it.each(['what is momentum in optimizers', 'how does a neural net learn backprop'])('refuses a subject word the documents never use: %j', (text) => {
    expect(guide.ask({ text }).kind).toBe('no_answer');
  });

  it.each([
    'which model is best for translating german',
    'what model should i use to write python scripts',
    'is claude good for writing code',
    "what's a good model for a chatbot that speaks spanish",
    'what is the best model for generating images',
    'can gpt-5.1 translate documents',
    "what's the best open model for coding",
    'who made llama',
    'who wrote the space-o guide',
    'is llama 3.3 free to use',
    'what is a language model',
    'which certifications should a model vendor hold for healthcare',
    'write a prompt that makes claude answer in french',
    'what do you think is the best model for coding',
    'what job does the discriminator do in a gan',
  ])('still answers a question about models: %j', (text) => {
    expect(guide.ask({ text }).answered).toBe(true);
  });

  it.each(['hi there', 'hello!'])('still greets: %j', (text) => {
    expect(guide.ask({ text }).kind).toBe('greeting');
  });
});
