/**
 * A paragraph that opens by announcing items ("Three benchmarks matter most.", "Math models are
 * built in three ways:") shows every one of them, whatever the budget; a paragraph that goes on
 * describing its items after announcing them is read as prose, and its items may run into the next
 * paragraph.
 */
import { describe, expect, it } from 'vitest';
import { announcedCount, blockFrom } from '../../../src/core/compose/blocks.js';
import { analysed } from '../../../src/core/evidence/analysed.js';
import type { Evidence } from '../../../src/core/evidence/sentences.js';
import { buildSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { knowledgeBase, passage } from '../fixture-kb.js';

function evidenceAt(text: string, at: number): Evidence {
  const p = passage('doc.md', 'Section', text);
  const index = buildSearchIndex(knowledgeBase({ passages: [p], models: [] }));
  const units = analysed(index, p).units;
  return { passage: p, unit: units[at]!, units, score: 1, coverage: 1 };
}

describe('blocks: announced items', () => {
  it('counts announcements of benchmarks, components and metrics', () => {
    expect(announcedCount('Three benchmarks matter most for teams in 2026.')).toBe(3);
    expect(announcedCount('A VAE has two components.')).toBe(2);
    expect(announcedCount('Three operational metrics decide it.')).toBe(3);
  });

  it('gives every paragraph-item of a one-sentence announcement', () => {
    const text = 'Three benchmarks matter most for teams in 2026.\n\nArenaScore ranks chat quality.\n\nBugBench repairs real bugs.\n\nPixelQA tests images.';
    const block = blockFrom(evidenceAt(text, 0), { wholeList: true });
    expect(block.text.split('\n')).toEqual(['Three benchmarks matter most for teams in 2026.', '- ArenaScore ranks chat quality.', '- BugBench repairs real bugs.', '- PixelQA tests images.']);
  });

  it('shows the whole list a lead-in announces, even when one item was budgeted', () => {
    const text = 'Math models are built in three ways:\n- Tune a chat model on maths.\n- Tune a model on formal proofs.\n- Combine both approaches.';
    const block = blockFrom(evidenceAt(text, 0), { maxUnits: 2, itemOnly: true });
    expect(block.text.split('\n')).toHaveLength(4);
    expect(block.text).toContain('Combine both approaches.');
  });

  it('reads items described in the announcing paragraph as prose, running into the next paragraph', () => {
    const text = 'A VAE is built from two parts. The encoder squeezes each input into a distribution.\n\nThe decoder rebuilds data from a sample.\n\nVAEs suit controllable generation.';
    const block = blockFrom(evidenceAt(text, 0), { wholeList: true, maxUnits: 4 });
    expect(block.text).toContain('The encoder squeezes');
    expect(block.text).toContain('The decoder rebuilds');
    expect(block.text).not.toContain('VAEs suit');
    expect(block.text).not.toMatch(/^- /m);
  });
});
