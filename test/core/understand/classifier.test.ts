/** The intent classifier itself: trained on labelled utterances, it ranks every label with a probability. */
import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../../src/core/understand/intent/classifier.js';
import { tokenize } from '../../../src/core/understand/intent/features.js';
import { INTENT_EXAMPLES, INTENTS, TARGET_EXAMPLES, TARGETS } from '../../../src/core/understand/intent/examples.js';

const toy = {
  weather: ['will it rain tomorrow', 'is it sunny outside', 'what is the forecast for the weekend', 'how cold will it be tonight', 'do i need an umbrella'],
  food: ['what should i cook tonight', 'give me a pasta recipe', 'how long do i boil an egg', 'what goes well with rice', 'is this cheese still good'],
} as const;

describe('intent classifier', () => {
  const classifier = trainClassifier(toy);

  it('ranks every label, most likely first, with probabilities that sum to 1', () => {
    const ranked = classifier.classify('will it snow tomorrow');
    expect(ranked.map((r) => r.label).sort()).toEqual(['food', 'weather']);
    expect(ranked[0]!.label).toBe('weather');
    expect(ranked[0]!.p).toBeGreaterThan(ranked[1]!.p);
    expect(ranked.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 6);
  });

  it('generalises to wording it was not trained on', () => {
    expect(classifier.classify('any good recipe for dinner tonight?')[0]!.label).toBe('food');
    expect(classifier.classify('is the forecast cold for saturday')[0]!.label).toBe('weather');
  });

  it('reads a misspelt trained word as the word it was meant to be', () => {
    expect(classifier.classify('forcast for the weekend')[0]!.label).toBe('weather');
  });

  it('corrects a four-letter word only for swapped letters: "side" is a word, not a misspelt "size"', () => {
    const sizes = trainClassifier({ size: ['what size is it', 'which size fits', 'how big a size'], side: ['pick a team', 'who wins the match', 'which team is ahead'] });
    expect(sizes.classify('szie')[0]!.label).toBe('size');
    expect(sizes.classify('side')[0]!.p).toBeLessThan(0.6);
  });

  it('is deterministic: the same examples train the same classifier', () => {
    const again = trainClassifier(toy);
    const text = 'what goes with an umbrella';
    expect(again.classify(text)).toEqual(classifier.classify(text));
  });

  it('reads words that name built-in object properties as plain words ("constructor", "toString")', () => {
    expect(tokenize("What's a constructor's toString?")).toEqual(['what', 'is', 'a', "constructor's", 'tostring', '?']);
    expect(tokenize('the constructor and valueOf')).toEqual(['the', 'constructor', 'and', 'valueof']);
    expect(classifier.classify('is the constructor cold tomorrow')[0]!.label).toBe('weather');
  });

  it('is unsure about text unlike any example', () => {
    const [top] = classifier.classify('zxq');
    expect(top!.p).toBeLessThan(0.8);
  });
});

describe('labelled examples', () => {
  it('has many phrasings for every intent and every recommendation target', () => {
    for (const intent of INTENTS) expect(INTENT_EXAMPLES[intent].length, intent).toBeGreaterThanOrEqual(40);
    for (const target of TARGETS) expect(TARGET_EXAMPLES[target].length, target).toBeGreaterThanOrEqual(40);
  });

  it('writes entities as placeholders, never as names from the knowledge', () => {
    const all = Object.values(INTENT_EXAMPLES).flat();
    const named = all.filter((e) => /\b(?:gpt-?\d|claude|gemini|llama|midjourney|stable diffusion)\b/i.test(e));
    expect(named).toEqual([]);
  });

  it('trains a classifier that reads its own examples back', () => {
    const classifier = trainClassifier(INTENT_EXAMPLES);
    const sample = INTENTS.flatMap((intent) => INTENT_EXAMPLES[intent].filter((_, i) => i % 10 === 0).map((text) => [intent, text] as const));
    const right = sample.filter(([intent, text]) => classifier.classify(text)[0]!.label === intent).length;
    expect(right / sample.length).toBeGreaterThan(0.9);
  });
});
