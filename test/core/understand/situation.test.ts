/** A situation stated without a question, or a fragment naming a need, is read as a request for a pick. */
import { describe, expect, it } from 'vitest';
import { namesNeedFragment, statesBareSituation } from '../../../src/core/understand/situation.js';
import { objectTarget } from '../../../src/core/understand/target.js';

describe('a bare situation', () => {
  it.each([
    ['we have 10k support emails a day, data must stay in EU', false, true],
    ['our analysts read 200-page filings all day', false, true],
    ['we sell furniture online and want to generate product descriptions', true, false],
  ])('%j states one', (text, situated, constrained) => {
    expect(statesBareSituation(text, situated, constrained)).toBe(true);
  });

  it.each([
    'whats the most widely deployed open source image model',
    'we need a cheap model, which one?',
    'explain why our data must stay in the EU',
    'quick rundown of the cheap options? just names is fine',
    'price is irrelevant, need the best image model',
  ])('%j is a question or a request, not a bare situation', (text) => {
    expect(statesBareSituation(text, true, true)).toBe(false);
  });
});

describe('a fragment naming a need', () => {
  it.each(['model for legal contracts?', 'llm for medical notes', 'something for summarising calls', 'an open model to draft cold emails?'])('%j is one, and asks for a model', (text) => {
    expect(namesNeedFragment(text)).toBe(true);
    expect(objectTarget(text)).toBe('model');
  });

  it.each(['model collapse', 'models for', 'what model for legal contracts and why is it better than the rest of them all?'])('%j is not', (text) => {
    expect(namesNeedFragment(text)).toBe(false);
  });
});

describe('a ranking named as the kind asked for', () => {
  it.each(['Which ranking should I check?', 'what rankings tell me how well a model chats'])('%j asks for a benchmark', (text) => {
    expect(objectTarget(text)).toBe('benchmark');
  });
});
