/**
 * "Is X worth it?" against the default knowledge weighs a plan: a sentence that only says the plan's
 * words is no "yes", and a plan the documents set a condition for leads with that condition.
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

describe('verdicts on whether a plan is worth it', () => {
  it('gives no plain yes from a sentence that only says the plan’s words', () => {
    expect(guide.ask({ text: 'is training our own model from scratch worth it?' }).text).not.toMatch(/^Yes\b/);
  });

  it.each(['is fine-tuning worth it?', 'is it worth fine-tuning our own model?'])('%j: only if the base model underperforms on the domain', (text) => {
    expect(guide.ask({ text }).text).toMatch(/^Only if the base model underperforms on domain content/);
  });
});
