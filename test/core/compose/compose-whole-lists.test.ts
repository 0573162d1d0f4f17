/**
 * A list never shows fewer items than it announces as if they were all: past the length limit a later
 * paragraph is left out rather than cut, a long list is cut only between items with the rest counted,
 * and a later list that repeats items of an earlier one is left out rather than shown with holes.
 */
import { describe, expect, it } from 'vitest';
import { composeText } from '../../../src/core/compose/compose.js';

const item = (n: number) => `- Item ${n}: ${'a long description of this item that goes on '.repeat(2)}and ends here.`;

describe('compose: lists kept whole', () => {
  it('leaves out a later paragraph that does not fit whole instead of cutting it mid-way', () => {
    const first = 'The answer in one sentence.';
    const second = Array.from({ length: 8 }, (_, i) => `Background sentence number ${i + 1} runs on for a while.`).join(' ');
    const text = composeText([{ text: first }, { text: second }], 200);
    expect(text).toBe(first);
  });

  it('cuts a list that runs past the limit after a whole item and counts the ones left out', () => {
    const list = ['Models differ in five ways:', item(1), item(2), item(3), item(4), item(5)].join('\n');
    const text = composeText([{ text: list }], 400);
    expect(text.length).toBeLessThanOrEqual(400);
    const lines = text.split('\n');
    expect(lines.at(-1)).toMatch(/^- …and \d more\.$/);
    const shown = lines.filter((l) => /^- Item/.test(l)).length;
    expect(lines.at(-1)).toBe(`- …and ${5 - shown} more.`);
    expect(lines.filter((l) => /^- Item/.test(l)).every((l) => l.endsWith('and ends here.'))).toBe(true);
  });

  it('leaves out a later list whose lead-in would show it with the repeated items taken out', () => {
    const first = ['Three checks come first:', '- Check the oil pressure gauge.', '- Check the belt tension.', '- Check the coolant level.'].join('\n');
    const later = ['The full routine has four checks:', '- Check the oil pressure gauge.', '- Check the tyre pressure.', '- Check the belt tension.', '- Check the lights.'].join('\n');
    expect(composeText([{ text: first }, { text: later }])).toBe(first);
  });
});
