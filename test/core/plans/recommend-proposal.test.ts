/**
 * A situation that closes by asking whether a proposal is wise ("good idea or nah", "overkill?")
 * gets a verdict on the proposal, with the proposed thing's stated limit as the reason, instead of
 * a pick among the leaders of the type proposed.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SPEECH = `---
title: Speech models
concepts:
  - name: speech-and-text model
    aliases: [speech-and-text models, speech and text model, voice model, voice models]
    kind: model-type
  - name: transcription model
    aliases: [transcription models, transcriber]
    kind: model-type
---
# Speech models

## Speech-and-text models
A **speech-and-text model** listens, reads and talks back in one model, so a call assistant can hear a caller and answer aloud.

## Leading speech-and-text models
The leading speech-and-text models are Parrot Duo and Echo Max.

## Limitations of speech-and-text models (running cost)
**The main drawback of speech-and-text models** is running cost: they need several times the compute of a transcription model. Teams that only need transcripts therefore usually run a transcription model instead.

## Transcription models
A **transcription model** turns recorded speech into written text and nothing more.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'speech.md': SPEECH }));
const ask = (text: string) => guide.ask({ text });

describe('recommendation: a verdict on a proposal', () => {
  it('answers "good idea or nah" with the verdict first and the stated limit as its reason', () => {
    const a = ask('we only need transcripts of our calls but someone wants a voice model just in case. good idea or nah');
    expect(a.text.startsWith('Probably not. **The main drawback of speech-and-text models** is running cost')).toBe(true);
    expect(a.text).toContain('only need transcripts therefore usually run a transcription model');
    expect(a.text).not.toContain('Parrot Duo');
  });

  it('reads "overkill?" the other way round', () => {
    const a = ask('we only need transcripts of our calls and someone suggests a voice model for it. overkill?');
    expect(a.text.startsWith('Probably, yes. ')).toBe(true);
  });

  it.each([
    'we only need transcripts of our calls. should we still get a voice model, just to be safe?',
    'should we really go with a voice model if all we need is transcripts?',
  ])('reads a doubting "should we still/really" (%j) as "worth it?": the verdict, then the stated limit', (question) => {
    expect(ask(question).text.startsWith('Probably not. **The main drawback of speech-and-text models** is running cost')).toBe(true);
  });

  it('gives no verdict when the situation asks for a pick', () => {
    expect(ask('we only need transcripts of our calls, which model type should we use?').text).not.toMatch(/^Probably/);
  });
});

const ROUTES = `---
title: Adapting models
concepts:
  - name: retraining
    aliases: [retrain, retrain from zero, retraining from zero]
    kind: technique
---
# Adapting models

## Cost of retraining from zero
**Retraining a model from zero** costs millions of dollars and takes many months, so few teams can afford it. A large model retrained from zero is quoted at billions of dollars in total.

## Hosted API vs tuning vs retraining from zero
**Three routes** exist for a team:
- Hosted API: send requests to a provider; enough when a general model already does the job.
- Tuning: adapt a ready model on your own examples in a few weeks; right when the ready model underperforms on medical wording.
- Retraining from zero: build your own model; suits only labs with unique data.
`;

describe('recommendation: a verdict on a proposal among listed options', () => {
  const routes = createGuide(docsKnowledgeBase({}, { 'routes.md': ROUTES }));
  const q = 'our triage bot on a hosted api misreads medical wording even after prompt work. a colleague wants to retrain from zero. right call?';

  it('answers "right call?" with the verdict, then the listed option whose condition the situation meets', () => {
    expect(routes.ask({ text: q }).text).toMatch(/^Probably not; tuning fits better: adapt a ready model/);
  });

  it('keeps the proposal’s stated cost as the reason after the better option', () => {
    expect(routes.ask({ text: q }).text).toContain('costs millions of dollars');
  });

  it('gives one sentence of that cost after the better option, not a second on the same cost', () => {
    expect(routes.ask({ text: q }).text).not.toContain('billions of dollars');
  });
});

describe('recommendation: "should we…?" and "is it worth…?" weighed against the listed options', () => {
  const routes = createGuide(docsKnowledgeBase({}, { 'routes.md': ROUTES }));
  const ask = (text: string) => routes.ask({ text }).text;

  it('says no to a proposal when another option’s condition is the situation, and when the proposal is for', () => {
    const text = ask('a general model already does the job for us, should we still go for tuning?');
    expect(text).toMatch(/^Probably not; hosted API fits better: send requests to a provider; enough when a general model already does the job\./);
    expect(text).toContain('Tuning is for when the ready model underperforms on medical wording.');
  });

  it('says yes when the situation meets the proposal’s own condition', () => {
    expect(ask('the ready model underperforms on our medical wording, should we do tuning?')).toMatch(/^Yes; tuning fits here: adapt a ready model/);
  });

  it('answers "is it worth paying for X" mid-sentence with the verdict and the stated cost', () => {
    const speech = createGuide(docsKnowledgeBase({}, { 'speech.md': SPEECH }));
    const text = speech.ask({ text: 'we only need transcripts, is it worth paying for a voice model?' }).text;
    expect(text.startsWith('Probably not. **The main drawback of speech-and-text models** is running cost')).toBe(true);
  });

  it('leaves a plain "should we…" with nothing listed to weigh to the other plans', () => {
    expect(ask('should we use temperature for this?')).not.toMatch(/^(?:Probably|Yes;)/);
  });
});

const ADAPT = `---
title: Adapting a language model
concepts:
  - name: distillation
    aliases: [model distillation, distilling]
    kind: technique
  - name: language model
    aliases: [language models, llm, llms]
    kind: model-type
---
# Adapting a language model

## Distillation
**Distillation** is training a small language model to copy a large one. For most teams, distillation balances cost and quality better than any other path.

## Choosing how to adapt a language model (stock vs distillation vs custom)
There are three ways to adapt a language model:
- Stock model: calling a stock language model as it is takes a day, and it is enough when its answers are already good.
- Distillation: distilling a large model into a small one takes 3 weeks, and it is right when the large model is too slow for your users.
- Custom training: training your own language model takes a year, so it suits only labs with their own GPU cluster.
`;

describe('recommendation: the condition a proposal is worth it on', () => {
  const adapt = createGuide(docsKnowledgeBase({}, { 'adapt.md': ADAPT }));
  it.each(['is distillation worth it for our llm?', 'is it worth distilling our language model?', 'should we use distillation?'])('answers %j, with nothing in the situation to decide it, with the condition the documents set', (q) => {
    const a = adapt.ask({ text: q });
    expect(a.text).toMatch(/^Only if the large model is too slow for your users: distilling a large model into a small one takes 3 weeks\. Stock model: calling a stock language model/);
  });

  it('says who an option is for when the documents name them', () => {
    expect(adapt.ask({ text: 'is custom training of our own language model worth it?' }).text).toMatch(/^Only for labs with their own GPU cluster: training your own language model takes a year\./);
  });

  it('answers yes when the situation meets the condition', () => {
    expect(adapt.ask({ text: 'our large model is too slow for our users, is distillation worth it?' }).text).toMatch(/^Yes; distillation fits here/);
  });
});

describe('recommendation: "overkill?" and "does it make sense to…?" read against the proposal’s own condition', () => {
  const adapt = createGuide(docsKnowledgeBase({}, { 'adapt.md': ADAPT }));
  const ask = (text: string) => adapt.ask({ text }).text;

  it.each(['is distillation overkill for our llm?', 'is distilling our language model overkill for a two person team?'])('answers %j with when it is not overkill: the documents’ condition', (q) => {
    expect(ask(q)).toMatch(/^Not if the large model is too slow for your users: distilling a large model into a small one takes 3 weeks\./);
  });

  it('never reads a sentence weighing cost in the proposal’s favour as its drawback', () => {
    expect(ask('is distillation overkill for a two person team?')).not.toMatch(/^Probably, yes\. For most teams/);
  });

  it.each(['does it make sense to use distillation for our chat app?', 'would distillation make sense for our chat app?'])('answers %j with the condition the documents set', (q) => {
    expect(ask(q)).toMatch(/^Only if the large model is too slow for your users/);
  });
});

describe('recommendation: options offered to pick from ("A, B, or C?")', () => {
  const routes = createGuide(docsKnowledgeBase({}, { 'routes.md': ROUTES }));
  it('leads with the listed option whose condition the situation meets, with no yes or no', () => {
    const text = routes.ask({ text: 'our triage bot on a hosted api misreads medical wording. should we stay on the hosted api, do tuning, or retrain from zero?' }).text;
    expect(text).toMatch(/^Tuning fits here: adapt a ready model/);
  });
});
