/**
 * "Same question but open weights": the asker repeats the previous question with one more need, so
 * the previous intent and kind of content stay and the new need is added to them.
 */
import { describe, expect, it } from 'vitest';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

describe('follow-up: "same question but …"', () => {
  it.each(['same question but open weights', 'same question, but open source', 'same thing but open weights', 'same but with open weights'])('after "which model is best for images?", %j asks it again of open models', (now) => {
    const u = f.read(now, ['which model is best for images?']);
    expect(u.followUp).toBe(true);
    expect(u.intent).toBe('recommendation');
    expect(u.constraints.openWeights).toBe(true);
    expect(u.categories.map((c) => c.category)).toEqual(['image']);
  });
});
