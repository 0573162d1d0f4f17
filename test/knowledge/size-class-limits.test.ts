/**
 * The knowledge states what a small model gives up, so "any downside?" after a small model was picked
 * for a mobile app answers with that limit instead of saying no document states one.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load/index.js';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('knowledge: the limits of a size class', () => {
  it.each([
    ['what size model fits a mobile app', 'any downside?'],
    [undefined, 'what are the limitations of small models'],
  ])('after %j, %j names what a small model gives up', (before, now) => {
    const answer = guide.ask({ text: now, history: before ? [before] : [] });
    expect(answer.answered).toBe(true);
    expect(answer.text.split('\n')[0]).toMatch(/capacity/i);
  });
});
