/**
 * "and building a 50B+ one from scratch?" after a fine-tuning cost: the same figure of another way of
 * getting a model. "from scratch" names that way however the words around it run ("a 50B+ one"), so
 * the way asked before (fine-tuning) is not carried as the subject.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('follow-up: the same figure of another way', () => {
  it.each([
    ['how much does it cost to fine-tune a foundation model', 'and building a 50B+ one from scratch?'],
    ['how much does fine-tuning cost', 'what about a big custom one from scratch?'],
  ])('after %j, %j is about training from scratch, its cost still asked', (before, now) => {
    const u = f.read(now, [before]);
    const ids = u.concepts.map((c) => c.name);
    expect(ids).toContain('training from scratch');
    expect(ids).not.toContain('fine-tuning');
    expect(u.attribute).toBe('pricing');
  });
});
