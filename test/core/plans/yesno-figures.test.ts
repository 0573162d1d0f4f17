/**
 * "Is Beta 1 cheaper than Alpha 2 Pro?", "is Alpha 2 Pro's context window larger than Beta 1's?":
 * a yes/no question weighing two catalog models on a figure opens on the verdict, yes when the first
 * one named is ahead in the asked direction and no when it is not, then gives both figures.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text });

describe('yes/no on two models\' figures', () => {
  it.each([
    ['is Beta 1 cheaper than Alpha 2 Pro?', 'Yes', 'Beta 1'],
    ['Is Alpha 2 Pro cheaper than Beta 1', 'No', 'Beta 1'],
    ['is alpha 2 pro more expensive than beta 1?', 'Yes', 'Alpha 2 Pro'],
    ["is Alpha 2 Pro's context window larger than Beta 1's?", 'No', 'Beta 1'],
    ['does Beta 1 have a bigger context window than Alpha 2 Pro?', 'Yes', 'Beta 1'],
  ])('%j opens on %s and names %s as the one ahead', (question, verdict, winner) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(`${verdict}: **${winner}**`)).toBe(true);
    expect(a.text).toMatch(/Alpha 2 Pro[\s\S]*Beta 1|Beta 1[\s\S]*Alpha 2 Pro/);
  });

  it('says the dearer model has the higher price, not the cheaper one', () => {
    const a = ask('is alpha 2 pro more expensive than beta 1?');
    expect(a.text).toMatch(/higher price/);
    expect(a.text).not.toMatch(/cheaper price/);
  });
});
