/**
 * Fact questions answered in the shape they ask, over the default knowledge: "what/which years",
 * "during what period" ask for the dates; "what benchmarks should we look at?" with nothing to
 * narrow them asks for all the documents list, not one pick.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the default knowledge on questions asking for dates', () => {
  it.each(['over what years were GANs ahead in image generation?', 'during which period did GANs dominate making images?'])('%j gives the years', (q) => {
    expect(ask(q).text).toMatch(/^[^.]*\b2017\b[^.]*\b2022\b/);
  });
});

describe('the default knowledge on a kind asked for in the plural', () => {
  it('lists every benchmark the documents give, not one pick', () => {
    const text = ask('which benchmarks should a team check before choosing a model?').text;
    for (const name of ['LMArena', 'SWE-bench Verified', 'GPQA Diamond', 'MMMU']) expect(text).toContain(name);
    expect(text).not.toMatch(/^Check\b/);
  });

  it('a situation that narrows them still gets the pick', () => {
    expect(ask('which benchmark should we use for coding models?').text).toMatch(/^Check \*\*SWE-bench Verified\*\*/);
  });
});

describe('the default knowledge on figures asked for both sides', () => {
  it('a comparison opened by "is there data on … for" weighs the two sides, not the clause', () => {
    const text = ask('any data out there on ROI for open-source vs proprietary models?').text;
    expect(text).toMatch(/^[^\n]*51%[^\n]*41%/);
  });
});
