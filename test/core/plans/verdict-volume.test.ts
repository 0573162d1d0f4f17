/**
 * "We process 50M tokens a month, should we self-host?": the volume the question states, set against
 * the volume the documents name as the point where self-hosting pays, decides the verdict; it is not
 * "self-hosting fits" for any volume at all.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const HOSTING = `# Hosting costs

## When hosting your own model pays
Renting GPUs for an open model costs a few thousand dollars a month whatever the traffic. Past roughly 40 million tokens a month, self-hosting is the cheaper road for most companies, since the rented hardware then costs less than the token bill would. Below that volume, a pay-per-token API usually stays simpler.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'hosting.md': HOSTING }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('verdict on self-hosting at a stated volume', () => {
  it.each(['we process 90M tokens a month, should we self-host?', 'we push 90 million tokens per month. is it worth self-hosting?'])('answers %j yes above the threshold, with the sentence naming it', (q) => {
    const a = ask(q);
    expect(a.text).toMatch(/^Yes, at 90(?:M| million) tokens (?:a|per) month\. Past roughly 40 million tokens a month, self-hosting is the cheaper road/);
  });

  it('answers probably not below the threshold, with what the documents say of lower volumes', () => {
    const a = ask('we do 2M tokens a month, worth self-hosting?');
    expect(a.text).toMatch(/^Probably not at 2M tokens a month\. Past roughly 40 million tokens a month/);
    expect(a.text).toContain('Below that volume, a pay-per-token API usually stays simpler.');
  });

  it('puts a daily rate per month when the threshold is monthly', () => {
    expect(ask("we're at 2 million tokens per day, should we host our own model?").text).toMatch(/^Yes, at 2 million tokens per day \(about 60 million tokens a month\)\./);
  });

  it('names the way that wins when the question weighs two', () => {
    expect(ask('at 5M tokens a month, should we self-host or keep paying an API?').text).toMatch(/^Probably stay on an API, at 5M tokens a month\./);
  });

  it.each(['we push 90 million tokens a month. does the guide say keep paying per token or self-host?', 'we do 90M tokens a month, api or self-host'])('weighs %j, the two ways at a stated volume, without asking yes or no', (q) => {
    expect(ask(q).text).toMatch(/^Self-host, at 90(?:M| million) tokens a month\. Past roughly 40 million/);
  });
});

describe('verdict on self-hosting with no volume stated', () => {
  it.each(['is self-hosting worth it?', 'does it make sense to run our own gpus for inference?', 'should we self-host an open model?'])('answers %j with the volume that decides it, and what holds below it', (q) => {
    const a = ask(q);
    expect(a.text).toMatch(/^Only at high volume\. Past roughly 40 million tokens a month, self-hosting is the cheaper road/);
    expect(a.text).toContain('Below that volume, a pay-per-token API usually stays simpler.');
  });

  it('says the volume decides between the two ways a question weighs', () => {
    expect(ask('should we host our own model or just use an api?').text).toMatch(/^It depends on your volume\. Past roughly 40 million/);
  });

  it('leaves a need that settles hosting by itself to the other plans', () => {
    expect(ask('our patient data must stay on our own servers, should we self-host?').text).not.toMatch(/^Only at high volume/);
  });
});
