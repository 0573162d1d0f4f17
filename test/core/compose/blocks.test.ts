/**
 * A paragraph from evidence reads on its own: the passage's sentences in their own order, lists
 * kept whole with their lead-in, announced counts completed, never opening on a sentence that leans
 * back at one left out, within a length budget.
 */
import { describe, expect, it } from 'vitest';
import { announcedCount, blockFrom, joinUnits } from '../../../src/core/compose/blocks.js';
import { analysed } from '../../../src/core/evidence/analysed.js';
import type { Evidence } from '../../../src/core/evidence/sentences.js';
import { buildSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { knowledgeBase, passage } from '../fixture-kb.js';

/** Evidence led by the unit at `at` of a passage with `text`. */
function evidenceAt(text: string, at: number): Evidence {
  const p = passage('doc.md', 'Section', text);
  const index = buildSearchIndex(knowledgeBase({ passages: [p], models: [] }));
  const units = analysed(index, p).units;
  return { passage: p, unit: units[at]!, units, score: 1, coverage: 1 };
}

const PROSE = 'GANs pit two networks against each other. A generator forges samples. A discriminator judges them. Banks use GANs for synthetic records.';

/** Coverage of a unit: the share of `words` it holds. */
const holding = (...words: string[]) => (u: { unit: { text: string } }) => words.filter((w) => u.unit.text.toLowerCase().includes(w)).length / words.length;

const MECHANISM = 'Diffusion models work by removing noise. Generation starts from static. An image encoder reads patches. Training feeds them captioned photos.';

describe('blocks: the topic sentence and the specific answer', () => {
  it('opens on the specific sentence when the topic sentence says nothing of what was asked', () => {
    const block = blockFrom(evidenceAt(PROSE, 2), { fromParagraph: true, coverageOf: holding('judges') });
    expect(block.text.startsWith('A discriminator judges them.')).toBe(true);
    expect(blockFrom(evidenceAt(PROSE, 2), { fromParagraph: true }).text.startsWith('GANs pit two networks')).toBe(true);
  });

  it('still takes the sentence before when the answer leans on it ("therefore")', () => {
    const text = 'Small tuned models win narrow tasks. They hallucinate less. For one narrow job a small model is therefore the better pick.';
    const block = blockFrom(evidenceAt(text, 2), { fromParagraph: true, coverageOf: holding('narrow job') });
    expect(block.text.startsWith('Small tuned models win narrow tasks.')).toBe(true);
  });

  it('keeps every step before an answer that refers back to them ("this process")', () => {
    const text = 'Diffusion models work by removing noise. Generation starts from static and removes noise step by step. Text conditions this process on a prompt.';
    const block = blockFrom(evidenceAt(text, 2), { fromStart: true, keepTopic: true, maxUnits: 4, coverageOf: holding('text', 'prompt') });
    expect(block.text).toBe(text);
  });

  it('keeps a mechanism\'s topic sentence first, with only the steps that speak to the question', () => {
    const block = blockFrom(evidenceAt(MECHANISM, 3), { fromStart: true, keepTopic: true, maxUnits: 4, coverageOf: holding('training', 'photos', 'image') });
    expect(block.text).toBe('Diffusion models work by removing noise. An image encoder reads patches. Training feeds them captioned photos.');
  });

  it('opens a mechanism on the answer when neither its topic sentence nor the steps before it speak to the question', () => {
    const text = 'Coders start as chat models. They read a lot of code. A later stage rewards passing tests.';
    const block = blockFrom(evidenceAt(text, 2), { fromStart: true, fromParagraph: true, keepTopic: true, maxUnits: 4, coverageOf: holding('rewards', 'tests') });
    expect(block.text).toBe('A later stage rewards passing tests.');
  });
});

describe('blocks: lists written as prose', () => {
  const WAYS = 'Ledgers can be kept in two ways.\n\nFirstly, a clerk writes each entry by hand.\n\nNext, a machine records entries as they happen. This catches every sale, but it needs power all day.\n\nLastly, some shops mix the two.';

  it('keeps the sentences that carry on an item written as prose ("Next, …. This catches…")', () => {
    const block = blockFrom(evidenceAt(WAYS, 2), { fromParagraph: true });
    expect(block.text).toContain('a machine records entries');
    expect(block.text).toContain('needs power all day');
  });
});

describe('blocks: order and start', () => {
  it('starts at the unit that answers and keeps the passage order', () => {
    expect(blockFrom(evidenceAt(PROSE, 3)).text).toBe('Banks use GANs for synthetic records.');
    expect(blockFrom(evidenceAt(PROSE, 1), { maxUnits: 2 }).text).toBe('A generator forges samples. A discriminator judges them.');
  });

  it('reads from the top when asked to (a definition opens its section)', () => {
    expect(blockFrom(evidenceAt(PROSE, 2), { fromStart: true, maxUnits: 1 }).text).toBe('GANs pit two networks against each other.');
  });

  it.each([
    ['This makes them unstable.', 'GANs train fast. This makes them unstable. Teams still use them.'],
    ['They need careful tuning.', 'GANs train fast. They need careful tuning. Teams still use them.'],
    ['Diffusion wins instead on fidelity.', 'GANs train fast. Diffusion wins instead on fidelity. Teams still use both.'],
    ['The model is then tuned on pictures.', 'GANs train fast. The model is then tuned on pictures. Teams still use both.'],
  ])('never opens on a sentence that leans back (%j): it takes the sentence before too', (leaning, text) => {
    const block = blockFrom(evidenceAt(text, 1), { maxUnits: 2 });
    expect(block.text.startsWith('GANs train fast.')).toBe(true);
    expect(block.text).toContain(leaning);
  });

  it('stops at the budget', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Sentence ${i} says something about models.`).join(' ');
    const block = blockFrom(evidenceAt(long, 0), { maxChars: 100, maxUnits: 10 });
    expect(block.text.length).toBeLessThanOrEqual(100);
    expect(block.text).toMatch(/models\.$/);
  });

  it('keeps the passage it quotes, for its source', () => {
    const ev = evidenceAt(PROSE, 0);
    expect(blockFrom(ev).passage).toBe(ev.passage);
  });
});

describe('blocks: lists', () => {
  const LIST = 'Teams use VAEs in four areas:\n- Molecule design\n- Anomaly spotting\n- Image compression\n- Data augmentation';

  it('quotes a list whole with its lead-in, whichever item answered', () => {
    const block = blockFrom(evidenceAt(LIST, 2));
    expect(block.text.split('\n')).toEqual(['Teams use VAEs in four areas:', '- Molecule design', '- Anomaly spotting', '- Image compression', '- Data augmentation']);
  });

  it('quotes one item alone, as a sentence, when only that item is wanted', () => {
    expect(blockFrom(evidenceAt(LIST, 2), { itemOnly: true, maxUnits: 1 }).text).toBe('Anomaly spotting');
  });

  it('quotes one item alone even when the budget has room for its neighbours', () => {
    expect(blockFrom(evidenceAt(LIST, 2), { itemOnly: true, maxUnits: 3 }).text).toBe('Anomaly spotting');
  });

  it('never ends on a lead-in whose items it has no room for', () => {
    const text = 'VAEs compress inputs into a latent space. Teams use them in four areas:\n- Molecule design\n- Anomaly spotting';
    const block = blockFrom(evidenceAt(text, 0), { maxUnits: 2, itemOnly: true });
    expect(block.text).not.toMatch(/:\s*$/);
  });

  it('completes a count announced in prose, one item per paragraph', () => {
    const text = 'Training follows three stages.\n\nPretraining reads a huge corpus.\n\nFine-tuning adapts the model to tasks.\n\nAlignment tunes it to human preferences.';
    const block = blockFrom(evidenceAt(text, 0), { wholeList: true });
    expect(block.text.split('\n')).toEqual(['Training follows three stages.', '- Pretraining reads a huge corpus.', '- Fine-tuning adapts the model to tasks.', '- Alignment tunes it to human preferences.']);
  });

  it.each([
    ['There are two main ways to adapt a model.', 2],
    ['Training follows four stages.', 4],
    ['Consider 3 factors before buying.', 3],
    ['VAEs show up in three main areas:', 3],
    ['GANs are fast.', undefined],
  ])('reads the count %j announces', (text, count) => {
    expect(announcedCount(text)).toBe(count);
  });

  it('joins list items on their own lines and prose with spaces', () => {
    const units = evidenceAt('Intro sentence here.\n\n- First item\n- Second item', 0).units;
    expect(joinUnits(units)).toBe('Intro sentence here.\n- First item\n- Second item');
  });
});

describe('blocks: items of a side-by-side list', () => {
  const SIDE_BY_SIDE = 'Hosted and local runtimes differ on four counts (hosted vs local):\n- Setup: minutes vs days.\n- Monthly bill: usage fees vs hardware only.\n- Updates: automatic vs manual.\n\nMost teams start hosted.';

  it.each([
    [1, { itemOnly: true }, 'Setup: minutes (hosted) vs days (local).'],
    [2, { itemOnly: true }, 'Monthly bill: usage fees (hosted) vs hardware only (local).'],
  ])('names whose value is whose when item %i is quoted without its lead-in', (at, budget, text) => {
    expect(blockFrom(evidenceAt(SIDE_BY_SIDE, at), budget).text).toBe(text);
  });

  it('leaves the items alone when the lead-in that names the sides is quoted with them', () => {
    const block = blockFrom(evidenceAt(SIDE_BY_SIDE, 0));
    expect(block.text).toContain('- Setup: minutes vs days.');
  });

  it('leaves an item alone when its lead-in names no sides', () => {
    const plain = 'Two counts matter:\n- Setup: minutes vs days.\n- Updates: automatic vs manual.';
    expect(blockFrom(evidenceAt(plain, 1), { itemOnly: true }).text).toBe('Setup: minutes vs days.');
  });
});
