/**
 * A field word's everyday sense shown by words anywhere in the question: a voltage makes a
 * transformer the electrical one, a film the franchise, a timetable a train the railway one, a
 * spreadsheet a parameter a formula's, gaming a GPU a gamer's, a story a prompt a writing exercise.
 * Such questions are refused; field questions that use the same everyday words as their subject
 * ("can a video model make a short film") are still answered.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('questions whose other words put a field word in its everyday sense', () => {
  it.each([
    'why does the step-up transformer in my amplifier get hot',
    'what voltage comes out of the transformer on a utility pole',
    'what does the transformer box on our street actually do',
    'the transformer down the road blew during a power cut, why',
    'which transformers sequel has the best action scenes',
    'is the optimus prime toy worth buying for a 6 year old',
    'when does the last train to glasgow leave',
    'how do i add a parameter to a vlookup in my spreadsheet',
    'what gpu should i buy for gaming at 1440p',
    'suggest a prompt for a short story about a lighthouse',
    'give me a prompt for my drawing journal',
    'best weights for a beginner workout at the gym',
    'what is the benchmark interest rate this month',
    'how do i change the parameters on my dishwasher',
  ])('is refused: %j', (question) => {
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^I don't know/);
  });
});

describe('field questions that share those everyday words', () => {
  it.each([
    'can a video model make a short film for an ad',
    'can models write movie scripts',
    'which model is best for writing a short story',
    'do i need a gaming gpu to run llama locally',
    'how much power does training a frontier model use',
    'which image model is best for drawing comics',
    'how do tokens work in a language model',
    'what does the transformer architecture do step by step',
    'how long does it take to train a transformer',
  ])('is answered: %j', (question) => {
    expect(guide.ask({ text: question }).answered).toBe(true);
  });
});

describe('reading which sense a field word has', () => {
  const f = coreFixture(docsKnowledgeBase());
  const foreign = (q: string) => Object.fromEntries(f.read(q).mentions.map((m) => [m.words, m.foreign]));

  it('puts a field word the everyday field has a sense for into that sense, from anywhere in the question', () => {
    expect(foreign('the transformer keeps humming')).toMatchObject({ transformer: true });
    expect(f.read('the transformer keeps humming').everyday).toEqual([{ field: 'electrical power', words: 'humming' }]);
  });

  it('leaves field words that everyday field has no sense for, and keeps no cue that claims none', () => {
    const u = f.read('can a diffusion model make movies');
    expect(u.mentions.every((m) => !m.foreign)).toBe(true);
    expect(u.everyday).toBeUndefined();
  });
});
