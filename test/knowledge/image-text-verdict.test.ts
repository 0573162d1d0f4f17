/**
 * The knowledge says text inside a generated image is often unusable as it comes out, so a yes/no
 * on trusting or using that text opens with No and that reason, not with the definition of an image
 * model or a stray line naming one.
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

describe('knowledge: text inside generated images', () => {
  it.each(['can I trust the text inside AI-generated images?', 'is the lettering inside a generated image usable straight away?'])('%j opens with No and why', (q) => {
    const answer = guide.ask({ text: q, history: [] });
    expect(answer.text).toMatch(/^No\b/);
    expect(answer.text.split('\n')[0]).toMatch(/nonsense/);
  });
});
