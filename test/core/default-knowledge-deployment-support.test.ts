/**
 * A self-host-or-API verdict is backed by the point of the documents' "when to choose" section that
 * speaks to what decided it: a volume question by the cost point, a privacy question by the privacy
 * point, not by whichever point shares the word "self-hosting" with the question.
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

describe('the point that backs a deployment verdict', () => {
  it('a stated volume is set against the documents\' threshold, a cost point too', () => {
    const a = guide.ask({ text: 'we push about 50M tokens a month, does self-hosting an open model make sense?' });
    expect(a.text).toMatch(/^Yes, at 50M tokens a month\. .*roughly 10 million tokens/);
    expect(a.text).not.toMatch(/Data privacy is non-negotiable/);
  });

  it.each(['huge volume daily, worth self-hosting an open model?'])('%j is backed by the cost point', (q) => {
    const a = guide.ask({ text: q });
    expect(a.text).toMatch(/^\*\*Self-hosting an open model\*\*/);
    expect(a.text).toMatch(/cost control/i);
    expect(a.text).not.toMatch(/Data privacy is non-negotiable/);
  });

  it('keeps the privacy point for a privacy question', () => {
    expect(guide.ask({ text: "our patient data can't go to a vendor, should we self-host?" }).text).toMatch(/Data privacy is non-negotiable/);
  });
});
