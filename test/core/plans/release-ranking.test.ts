/**
 * "Which is the newest model?", "the oldest one?": an end of the release order over the models
 * weighed, ranked on the dates the documents give, with models level on the month named together and
 * the undated ones said to be left out. Not a pick on strengths, and not "I don't know".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const DATED = [
  model({ name: 'Kite 3 Glide', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'July 2025' }),
  model({ name: 'Kite 3 Dart', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'March 2024' }),
  model({ name: 'Lumen Paint 2', developer: 'Lumen', access: 'proprietary', categories: ['image'], released: 'July 2025' }),
];
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...DATED] }));
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('release ranking: the newest or oldest of the models weighed', () => {
  it('names the models level on the latest month together, and says the undated ones are not ranked', () => {
    for (const q of ['which is the latest model?', 'what is the newest model you know of', 'which model was released most recently?']) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^\*\*Kite 3 Glide\*\* \(Windworks\) and \*\*Lumen Paint 2\*\* \(Lumen\) are the newest, both released in \*\*July 2025\*\*/);
      expect(a.text).toMatch(/date only 4 of the \d+ models they cover/);
    }
  });

  it('gives the earliest when the oldest is asked, within the kind of model named', () => {
    expect(ask('which is the oldest model?').text).toMatch(/^\*\*Kite 3 Dart\*\* \(Windworks\) is the earliest, released in \*\*March 2024\*\*/);
    expect(ask('which image model is the newest?').text).toMatch(/^\*\*Lumen Paint 2\*\* \(Lumen\) is the newest/);
  });

  it('says no date is given when none of the models weighed has one', () => {
    const a = ask('which is the newest audio model?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents give no release date for the audio models/);
  });
});
