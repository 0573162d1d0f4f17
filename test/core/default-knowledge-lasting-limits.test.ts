/**
 * Whether a limitation goes away, against the default knowledge: "can we get rid of X for good?"
 * is answered with the verdict the knowledge states (safeguards reduce hallucination, none removes
 * it), not with examples of X or its definition.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the default knowledge: limits that do not go away', () => {
  it.each(['does hallucination ever go away completely', 'can we eliminate hallucinations with rag', 'will hallucinations ever be solved'])('%j gets the verdict that nothing removes it', (text) => {
    const a = guide.ask({ text });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text.slice(0, 200)).toMatch(/does not go away completely|gets rid of/);
  });
});
