/**
 * A stat is matched by the words of its label that tell it apart: "per" joins a figure to its unit
 * ("downloads per month") and ties no question to it on its own ("top models per the FAQ").
 */
import { describe, expect, it } from 'vitest';
import { figureWords, matchStat } from '../../../src/core/catalog/facts.js';
import { model } from '../fixture-kb.js';

const open = model({ name: 'Omni Open 4', developer: 'Commons AI', access: 'open', categories: ['llm'], stats: [{ label: 'Hugging Face downloads per month', value: '9.4M' }] });

describe('matchStat', () => {
  it('matches no stat on "per" alone', () => {
    expect(matchStat(open, figureWords('top open models for 2026 per the faq'))).toBeUndefined();
  });

  it('still matches the stat its telling words name', () => {
    expect(matchStat(open, figureWords('monthly downloads of Omni Open 4'))?.value).toBe('9.4M');
  });
});
