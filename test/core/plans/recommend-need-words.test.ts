/**
 * Needs put in other words than the documents use still reach what the documents say about them:
 * "make my generated pics sharper, bigger resolution afterwards" is upscaling, "something that can
 * call our APIs and take actions" is an agentic model, "spot weird…" is anomaly detection. The
 * built-in vocabulary bridges the words for any knowledge folder.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { buildSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { coreFixture } from '../fixture-context.js';
import { domainTerms } from '../../../src/core/lexicon/domain.js';

const NOTES = `# Tools and agents

## Upscalers
After an image is generated, an upscaling tool such as Sharpix can push resolution further, recovering detail the original lacked.

## Agentic models
Agentic models are language models trained to call tools and carry out tasks on the web.

## Anomaly detection
Trained on normal behaviour, an autoencoder flags anomalies by how badly it reconstructs them.
`;
const kb = docsKnowledgeBase({}, { 'notes.txt': NOTES });
const guide = createGuide(kb);
const index = buildSearchIndex(kb);
const ask = (text: string) => guide.ask({ text, history: [] });

describe('the words a need is put in', () => {
  it.each([
    ['bigger resolution', 'upscaling'],
    ['low res', 'upscaling'],
    ['call our apis', 'agentic model'],
    ['take actions', 'agentic model'],
    ['spot weird', 'anomaly detection'],
    ['outliers', 'anomaly detection'],
  ])('meets %j on the documents’ word %j', (asked, written) => {
    const canonical = index.analyzer.terms(written).filter((t) => t.startsWith('~') && !t.startsWith('~≈'));
    expect(canonical.length).toBeGreaterThan(0);
    expect(index.analyzer.terms(asked)).toEqual(expect.arrayContaining(canonical));
  });

  it('answers a post-processing need in its own words with the upscaler the documents name', () => {
    const a = ask('how do i make my generated pics sharper and bigger resolution afterwards');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sharpix');
  });

  it('counts a need put in other words ("spot weird…") as a question about the field', () => {
    const f = coreFixture(kb);
    const field = domainTerms(f.plan.concepts, index.analyzer, index.passages, kb.models);
    expect(index.analyzer.terms('spot weird').some((t) => field.has(t))).toBe(true);
  });
});
