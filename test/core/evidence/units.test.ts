/**
 * Passage text splits into quotable units: prose at sentence ends, including before a sentence
 * that opens in bold, so advice written as "**For X**, … **For Y**, …" can be quoted one case at a time.
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../src/core/evidence/units.js';

describe('splitUnits', () => {
  it('splits before a sentence that opens in bold', () => {
    const units = splitUnits('**For accuracy**, keep the temperature low. **For reasoning**, use a larger model. **For stories**, raise it.');
    expect(units.map((u) => u.text)).toEqual(['**For accuracy**, keep the temperature low.', '**For reasoning**, use a larger model.', '**For stories**, raise it.']);
  });

  it('keeps an abbreviation inside its sentence', () => {
    expect(splitUnits('Pick an open model, e.g. Omni Open 4, for private data. It stays in-house.').map((u) => u.text)).toHaveLength(2);
  });
});
