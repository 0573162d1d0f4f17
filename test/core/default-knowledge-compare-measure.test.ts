/**
 * Two kinds weighed on a measure the knowledge names (latency, uptime, a benchmark), against the
 * default knowledge: the measure is what they are weighed on, not a third thing to define. With no
 * sentence ranking them on it, the comparison of the two kinds is given and says the documents do
 * not weigh them on it.
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

describe('two kinds weighed on a measure', () => {
  it.each([
    ['open source or proprietary llm, we need low latency', 'latency'],
    ['closed vs open llms when response time matters', 'latency'],
    ['open models vs closed ones if uptime matters', 'uptime'],
    ['open vs closed llm, uptime matters most', 'uptime'],
  ])('%j compares open and closed models, and says they are not weighed on %s', (text, measure) => {
    const a = guide.ask({ text });
    expect(a.text).toMatch(/^\*\*The difference between open and closed models\*\*/);
    expect(a.text).toContain(`against each other on ${measure}.`);
    expect(a.text).not.toMatch(/\*\*Latency\*\* is how quickly/);
  });

  it('names the two kinds as the documents do', () => {
    expect(guide.ask({ text: 'gans vs diffusion when we need low latency' }).text).toContain("My documents don't weigh generative adversarial networks and diffusion models against each other on latency.");
  });

  it('leads with the sentence that ranks them on the measure when there is one', () => {
    const a = guide.ask({ text: 'open vs closed models on mmlu' });
    expect(a.text).toMatch(/^\*\*Open source models have nearly caught up\*\*/);
    expect(a.text).not.toContain("don't weigh");
  });

  it('adds no such line when a sentence weighs them in the measure’s words (speed)', () => {
    const a = guide.ask({ text: 'small vs large models if latency matters' });
    expect(a.text).toMatch(/respond more slowly/);
    expect(a.text).not.toContain("don't weigh");
  });
});
