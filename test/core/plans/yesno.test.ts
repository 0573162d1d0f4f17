/**
 * The yes/no plan leads with the verdict. Where the knowledge's structure decides it, the verdict
 * is computed: two names of one concept, a concept that is a kind of another, two distinct
 * concepts, a catalog model's openness for "can we run it ourselves?".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('yes/no plan: verdicts from how concepts relate', () => {
  it.each([
    'is a base model the same thing as a foundation model?',
    'is "base model" just another word for foundation model?',
    'are base models and foundation models the same thing?',
  ])('says yes when both names name one concept: %j', (question) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toContain('pretrained on broad data');
  });

  it('says "not quite" when one is a kind of the other, naming the broader concept', () => {
    const a = ask('is a reasoning model just another word for an LLM?');
    expect(a.text).toMatch(/^Not quite: a reasoning model is one kind of large language model/);
    expect(a.text).toContain('intermediate steps');
  });

  it('says no the other way round: the broader term is not a word for the narrower one', () => {
    const a = ask('is an LLM just a fancy word for a reasoning model?');
    expect(a.text).toMatch(/^No: a reasoning model is one kind of large language model \(LLM\), which is the broader term/);
  });

  it('says two distinct concepts are different things, and what each one is', () => {
    const a = ask('is fine-tuning just another name for RAG?');
    expect(a.text).toMatch(/^Not quite: fine-tuning and retrieval-augmented generation are different things\./);
    expect(a.text).toContain('keeps training an existing model');
    expect(a.text).toContain('fetches relevant passages');
    expect(a.sources.map((s) => s.section)).toEqual(expect.arrayContaining(['Fine-tuning', 'Retrieval-augmented generation (RAG)']));
  });
});

describe('yes/no plan: two distinct concepts a section sets side by side', () => {
  const SIDE = `# Adapting models

## Fine-tuning vs RAG (is fine-tuning another word for RAG?)
**Fine-tuning and RAG both tailor a model to a team's material, in different places**: fine-tuning changes the model's weights, while RAG leaves them alone and hands the model fetched passages at question time. Teams often combine the two.
`;
  const g = createGuide(docsKnowledgeBase({}, { 'side.md': SIDE }));

  it('answers "is X just another name for Y?" with how the two differ, from that section', () => {
    const a = g.ask({ text: 'is fine-tuning just another name for RAG?', history: [] });
    expect(a.text).toMatch(/^Not quite: fine-tuning and retrieval-augmented generation are not two words for the same thing\./);
    expect(a.text).toContain("changes the model's weights");
    expect(a.sources[0]?.section).toBe('Fine-tuning vs RAG (is fine-tuning another word for RAG?)');
  });

  it('says what each one is when the shared section only leads into a list', () => {
    const LEAD_IN = `# Adapting models

## Fine-tuning vs RAG (is fine-tuning another word for RAG?)
**There are two ways to adapt a model**, each with its own cost:

- Fine-tuning, which retrains weights.
- RAG, which fetches passages.
`;
    const l = createGuide(docsKnowledgeBase({}, { 'side.md': LEAD_IN }));
    const a = l.ask({ text: 'is fine-tuning just another name for RAG?', history: [] });
    expect(a.text).toMatch(/^Not quite: fine-tuning and retrieval-augmented generation are different things\./);
    expect(a.text).not.toMatch(/two ways to adapt a model\*\*, each with its own cost:/);
    expect(a.text).toContain('keeps training an existing model');
  });
});

describe('yes/no plan: running a catalog model yourself', () => {
  it.each([
    ['can I run Omni Open 4 on our own servers?', 'Omni Open 4'],
    ['could we self-host Gamma Diffusion 3?', 'Gamma Diffusion 3'],
    ['is Delta Flux open source?', 'Delta Flux'],
  ])('says yes for an open-weights model: %j', (question, name) => {
    const a = ask(question);
    expect(a.text).toMatch(new RegExp(`^Yes: ${name} has open weights`));
    expect(a.sources[0]).toMatchObject({ section: name });
  });

  it.each([
    ['can we self-host Pixel Studio 7?', 'Pixel Studio 7', 'Pixel Inc'],
    ['is Alpha 2 Pro open source?', 'Alpha 2 Pro', 'Acme'],
  ])('says no for a proprietary model, naming who runs it: %j', (question, name, developer) => {
    const a = ask(question);
    expect(a.text).toMatch(new RegExp(`^No: ${name} is proprietary`));
    expect(a.text).toContain(`${developer}'s API`);
  });

  it('gives the verdict about the model a follow-up points at', () => {
    expect(ask('can we run it on our own servers?', ['tell me about Omni Open 4']).text).toMatch(/^Yes: Omni Open 4/);
    expect(ask('is it open source?', ['tell me about Alpha 2 Pro']).text).toMatch(/^No: Alpha 2 Pro/);
  });
});

describe('yes/no plan: verdicts the documents state', () => {
  it('answers from the sentence that holds the question, not with a definition of the topic word', () => {
    const a = ask('are reasoning models slower?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('slower and pricier per question');
  });

  it('keeps the qualifier that decides the answer', () => {
    const a = ask('do diffusion models generate images quickly?');
    expect(a.text).toMatch(/\bslow(?:er)?\b/);
  });

  it('refuses a yes/no question about something the knowledge does not cover', () => {
    expect(ask('is it going to rain in Porto on Saturday?').answered).toBe(false);
  });
});

describe('yes/no plan: the kind-of template answers only "is X another word for Y?"', () => {
  it('names both concepts as their definitions do, article and capitals kept', () => {
    expect(ask('is a reasoning model just another word for an LLM?').text).toMatch(/^Not quite: a reasoning model is one kind of large language model \(LLM\), not another word for it\./);
  });

  it('does not answer "its own thing or just a Y with extra tuning?" with the kind-of template', () => {
    expect(ask('are reasoning models their own architecture or just llms with extra tuning?').text).not.toMatch(/one kind of/);
  });
});
