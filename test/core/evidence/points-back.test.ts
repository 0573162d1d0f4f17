/**
 * A sentence that leans on the one before it cannot open an answer on its own: it starts with a
 * pointer ("This…", "However…"), or it draws a conclusion ("…is therefore…") from what came first.
 */
import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../../src/core/evidence/sentences.js';

describe('pointsBack', () => {
  it.each([
    'This instability makes training slow.',
    'However, small models answer faster.',
    'For a narrow job, a tuned small model is therefore often the better pick.',
    'A retrieval index is thus cheaper to refresh than a model.',
  ])('holds for a sentence that leans on an earlier one: %j', (text) => {
    expect(pointsBack(text)).toBe(true);
  });

  it.each([
    'A small model answers faster than a large one.',
    'Retrieval keeps answers current; fine-tuning is therefore slower to refresh.',
  ])('does not hold for a sentence that stands alone: %j', (text) => {
    expect(pointsBack(text)).toBe(false);
  });
});
