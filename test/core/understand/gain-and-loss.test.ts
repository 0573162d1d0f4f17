/** aspectOf: what a thing gains asked beside what it costs is its trade-off, whatever the intent read. */
import { describe, expect, it } from 'vitest';
import { aspectOf } from '../../../src/core/understand/aspect.js';

describe('a gain and a loss asked together', () => {
  it.each([
    ['limitations', 'what does a proof assistant buy you, and what is the downside?'],
    ['limitations', 'upsides and downsides of LoRA?'],
    ['uses', 'what are the benefits and drawbacks of GANs?'],
  ] as const)('%s read of %j asks the trade-offs', (intent, text) => {
    expect(aspectOf(intent, text)).toBe('tradeoffs');
  });

  it.each([
    ['limitations', 'what is the downside of LoRA?'],
    ['uses', 'what are the benefits of RAG?'],
  ] as const)('%s read of %j keeps its own aspect', (intent, text) => {
    expect(aspectOf(intent, text)).toBe(intent);
  });
});
