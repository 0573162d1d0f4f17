/**
 * The recommendation plan when the answer is not a model: a setting, a model type, a benchmark, a
 * size class, a deployment or an approach is answered with a concept of that kind (or the
 * documents' advice), in a plain sentence that names it, and never with a catalog model.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { pickFromDefinition } from '../../../src/core/plans/pick-wording.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text });
const namesAModel = (text: string) => CATALOG.some((m) => text.includes(m.name));

describe('recommendation plan: answers of the kind asked', () => {
  it.each([
    ['setting', 'which setting do i lower so the answers stop being so random', 'temperature', 'Temperature'],
    ['model type', 'what kind of model makes synthetic transaction records?', 'GAN', 'What GANs are used for'],
    ['benchmark', 'which benchmark tells me if a model can fix bugs?', 'SWE-bench Verified', 'SWE-bench Verified'],
    ['benchmark', 'what benchmark should we check for video generators following the prompt?', 'VBench', 'VBench'],
    ['size class', 'what size of model fits on a phone offline?', 'small language model', 'Small language models'],
    ['model type', 'what kind of model do we need to pull totals out of scanned receipts?', 'vision language model', 'Vision language models'],
  ])('answers a %s question with one: %j', (_kind, question, name, section) => {
    const a = ask(question);
    expect(a).toMatchObject({ kind: 'recommendation', answered: true });
    expect(a.text.slice(0, 120)).toContain(name);
    expect(a.sources[0]?.section).toBe(section);
    expect(namesAModel(a.text)).toBe(false);
  });

  it('names a setting in a plain sentence, then explains it as "it", not by repeating its name', () => {
    const a = ask('which setting do i lower so the answers stop being so random');
    expect(a.text).toMatch(/^Lower the \*\*temperature\*\* setting\. It is a sampling setting/);
  });

  it('picks the end of a setting asked as its two ends: high for brainstorming, low for precise answers', () => {
    expect(ask('temperature high or low for brainstorming?').text).toMatch(/^Raise the \*\*temperature\*\* setting\./);
    expect(ask('should the temperature be high or low when the answers must be precise?').text).toMatch(/^Lower the \*\*temperature\*\* setting\./);
  });

  it('lowers a setting for a bot that has to get its facts right, raises it for one that tells stories', () => {
    expect(ask('which setting should our FAQ bot use so it gets the facts right?').text).toMatch(/^Lower the \*\*temperature\*\* setting\./);
    expect(ask('which setting should we change for a story bot that surprises its readers?').text).toMatch(/^Raise the \*\*temperature\*\* setting\./);
  });

  it('says which way to turn a setting: up when the output is too samey, down when it is too random', () => {
    expect(ask('our story bot writes the same boring plot every time, which setting should we change?').text).toMatch(/^Raise the \*\*temperature\*\* setting\./);
    expect(ask('the replies of our assistant are so random they ramble, which setting should we adjust?').text).toMatch(/^Lower the \*\*temperature\*\* setting\./);
  });

  it('leaves the direction open when the situation does not say which way', () => {
    expect(ask('which sampling setting decides how adventurous word choices are?').text).not.toMatch(/^(?:Raise|Lower) /);
  });

  it('says a model type defined by the advice as the pick, with the definition as its apposition', () => {
    const a = ask('what kind of model reads scanned receipts and answers questions about them?');
    expect(a.text).toMatch(/^Use \*\*a vision language model\*\*: it reads images together with text/);
  });

  it('does not pick the kind word itself ("a benchmark is…") for "which benchmark"', () => {
    const a = ask('which benchmark tells me if a model can fix bugs?');
    expect(a.sources[0]?.section).not.toBe('Benchmarks');
  });
});

describe('recommendation plan: deployment', () => {
  it('favours a managed API for a small team, with the reason', () => {
    const a = ask("should we host it ourselves or pay for an api, we're a 3 person startup");
    expect(a.text).toMatch(/^\*\*A managed API \(a proprietary model\)\*\* fits better here: /);
    expect(a.text).toContain('small team');
  });

  it('favours self-hosting for private data at volume, with the reasons and the documents’ advice', () => {
    const a = ask('we handle confidential patient records and send millions of requests a day, should we self-host or use an api?');
    expect(a.text).toMatch(/^\*\*Self-hosting an open model\*\* fits better here: /);
    expect(a.text).toContain('your data never leaves infrastructure you control');
    expect(a.text).toContain('no per-token fees');
    expect(a.sources[0]?.section).toBe('When an open source model makes sense');
  });
});

describe('recommendation plan: approaches', () => {
  it('answers an approach question from the documents’ advice on when to choose it', () => {
    const a = ask('which approach should we use if our facts change every week and answers must be cited?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.section).toBe('When RAG is the right choice');
    expect(a.text).toContain('Pick retrieval');
  });

  it('answers "X or Y?" advice with the advice, not with a definition of the first word', () => {
    const a = ask('should we fine-tune or use retrieval when our facts change every week?');
    expect(a.sources[0]?.section).toBe('When RAG is the right choice');
  });

  it('refuses an approach question the knowledge has no advice for', () => {
    expect(ask('which approach is best for training a sourdough starter?').answered).toBe(false);
  });
});

describe('pickFromDefinition', () => {
  const concept = { names: ['chat model', 'chat models'] } as unknown as Parameters<typeof pickFromDefinition>[0];
  it('says a definition as the pick: an apposition, "It is…" when the definition has its own colon, "it does…" for a verb', () => {
    expect(pickFromDefinition(concept, '**A chat model** is an instruct model tuned to help.', 'Use **a chat model**.')).toBe('Use **a chat model**: an instruct model tuned to help.');
    expect(pickFromDefinition(concept, 'A **chat model** is an instruct model: tuned to help.', 'Use **a chat model**.')).toBe('Use **a chat model**. It is an instruct model: tuned to help.');
    expect(pickFromDefinition(concept, 'A chat model answers as an assistant.', 'Use **a chat model**.')).toBe('Use **a chat model**: it answers as an assistant.');
  });

  it('leaves text that does not open with the pick as its subject', () => {
    expect(pickFromDefinition(concept, 'Most teams start from a chat model.', 'Use **a chat model**.')).toBeUndefined();
  });
});

describe('pickFromDefinition, beyond definitions', () => {
  it('reads no definition into a name followed by a word that is no verb', () => {
    const concept = { names: ['open weights'] } as unknown as Parameters<typeof pickFromDefinition>[0];
    expect(pickFromDefinition(concept, 'Open weights such as Omni Open 4 can be fine-tuned in-house.', 'Use **an open model**.')).toBeUndefined();
  });
});
