/**
 * "Can X see images?", "does it do vision?", "does X accept images as input?": what a model takes in
 * is answered from the inputs its catalog entry records, not as whether it makes images.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readCategories } from '../../../src/core/understand/needs.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('a model asked what it takes in', () => {
  it.each(['can Alpha 2 Pro see images?', 'does Alpha 2 Pro accept images as input', 'does Alpha 2 Pro do vision?'])('%j: yes, from its recorded inputs', (q) => {
    expect(ask(q).text).toMatch(/^Yes: my documents list images among what Alpha 2 Pro takes as input \(text, image\)/);
  });

  it('says no image input is recorded for a text-only entry, in a follow-up too', () => {
    expect(ask('can it do vision?', ['tell me about Omni Open 4']).text).toMatch(/^Not that my documents record: they list no image input for Omni Open 4/);
  });

  it('still answers whether it makes images as a question of output', () => {
    expect(ask('can Alpha 2 Pro make images?').text).not.toMatch(/takes as input/);
  });
});

describe('readCategories: seeing is reading', () => {
  it.each(['can it see images', 'does it do vision', 'does it take photos as input', 'accepts pictures'])('%j has images going in', (text) => {
    expect(readCategories(text)).toContainEqual(expect.objectContaining({ category: 'image', direction: 'input' }));
  });
});
