/**
 * "What is X? who coined the term?": the answer to the second question is given, and what X is,
 * asked first, still leads. Read against the default knowledge, whose history section on the term
 * outranks the defining one for such a message.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';

let guide: Guide;
beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('definition plan: two questions in one message', () => {
  it('leads with the definition, then answers the other question', () => {
    const a = guide.ask({ text: 'what is a foundation model? who coined the term', history: [] });
    expect(a.text.startsWith('**A foundation model** is')).toBe(true);
    expect(a.text).toContain('coined in 2021');
  });
});
