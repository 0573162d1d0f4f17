/**
 * A figure asked as a gap ("how much cheaper is A than B?", "the gap between A and B on input
 * price") gets both figures and the difference between them, with units, not only which is ahead.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text });

describe('comparison plan: the gap between two figures', () => {
  it('gives both prices and the difference per rate', () => {
    const lead = ask('how much cheaper is Beta 1 than Alpha 2 Pro?').text.split('\n')[0]!;
    expect(lead).toMatch(/^\*\*Beta 1\*\* is cheaper than Alpha 2 Pro by \$1\.75 per 1M input tokens \(\$1\.25 vs \$3\.00\) and \$10\.00 per 1M output tokens \(\$5\.00 vs \$15\.00\)/);
  });

  it('keeps to the rate asked, whichever shape the question has', () => {
    const a = ask("what's the gap between Alpha 2 Pro and Beta 1 on output price?");
    expect(a.kind).toBe('comparison');
    const lead = a.text.split('\n')[0]!;
    expect(lead).toContain('$10.00 per 1M output tokens ($5.00 vs $15.00)');
    expect(lead).not.toContain('input');
  });

  it('says how much more the dearer one costs when asked that way round', () => {
    const lead = ask('how much more does Alpha 2 Pro cost than Beta 1 per 1M output tokens?').text.split('\n')[0]!;
    expect(lead).toMatch(/^\*\*Alpha 2 Pro\*\* is more expensive than Beta 1 by \$10\.00 per 1M output tokens \(\$15\.00 vs \$5\.00\); about 3× the price\./);
  });

  it('gives the context windows and their difference in tokens', () => {
    const lead = ask('how much bigger is the context window of Beta 1 than Alpha 2 Pro?').text.split('\n')[0]!;
    expect(lead).toMatch(/^\*\*Beta 1\*\*'s context window is [\d.]+[MK] tokens larger than Alpha 2 Pro's \([\d.]+[MK] vs [\d.]+[MK] tokens\)/);
  });

  it('still names just the winner when no gap is asked', () => {
    expect(ask('which is cheaper, Beta 1 or Alpha 2 Pro?').text).toMatch(/^\*\*Beta 1\*\* has the cheaper price/);
  });
});
