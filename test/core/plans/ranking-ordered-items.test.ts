/**
 * "Rank the size classes", "order the benchmarks by how much they matter": what is put in order is
 * named by the request's head noun. Items of a concept the documents list come back as that list, in
 * the documents' order; only models are ranked on a catalog figure.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { orderedNoun } from '../../../src/core/understand/item-ranking.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('ordering requests', () => {
  it('reads the head noun of what is put in order', () => {
    expect(orderedNoun('rank the model size classes from smallest to largest')).toBe('classes');
    expect(orderedNoun('sort the image models by price')).toBe('models');
    expect(orderedNoun('put the training stages in order')).toBe('stages');
    expect(orderedNoun('what is the order of events')).toBeUndefined();
  });

  it('gives the size classes the documents list, smallest first, not a model ranked on its sizes', () => {
    const a = guide.ask({ text: 'sort the size classes by parameter count' });
    expect(a.text).not.toMatch(/ranks first/);
    expect(a.text.indexOf('1 billion')).toBeGreaterThanOrEqual(0);
    expect(a.text.indexOf('1 billion')).toBeLessThan(a.text.indexOf('13 billion'));
  });

  it('gives the benchmarks the documents list, not models ranked on their scores', () => {
    const a = guide.ask({ text: 'rank the benchmarks by how much they matter' });
    expect(a.kind).toBe('list');
    expect(a.text).toContain('GPQA Diamond');
    expect(a.text).not.toMatch(/models my documents give a score/);
  });

  it('still ranks models on a figure', () => {
    expect(guide.ask({ text: 'rank the frontier models by input price' }).text).toMatch(/cheapest|ranks first|\$/);
  });
});
