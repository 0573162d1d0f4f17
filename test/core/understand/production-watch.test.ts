/** What to watch once a model is in production asks for the production metrics, not a benchmark or a model. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { coreFixture, type CoreFixture } from '../fixture-context.js';

let f: CoreFixture;

beforeAll(async () => {
  f = coreFixture(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('what to watch in production', () => {
  it.each(['what should we monitor once our model is in production?', 'in production, what should we track?', 'which numbers matter once a model runs in production?'])('%j is about the production metrics first', (q) => {
    expect(f.read(q).concepts[0]?.name).toBe('operational metrics');
  });

  it.each(['which benchmark to check before it goes live', "what's GPT-5's latency in production", 'what should we monitor for hallucinations in the output'])('%j is not', (q) => {
    expect(f.read(q).concepts[0]?.name).not.toBe('operational metrics');
  });
});
