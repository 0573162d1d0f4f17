/**
 * Recommendations that ask for a way of doing something ("which approach…", "what technique…") or
 * for a model that answers from the team's own material ("a q&a bot over our wiki"), and content
 * turned into written words ("turn speech into text"). The first sentence is the pick of the kind
 * asked, without the pick's name said twice or a definition's "stands for" garbled.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { readAdaptation } from '../../src/core/understand/adaptation.js';
import { readCategories } from '../../src/core/understand/needs.js';
import { objectTarget } from '../../src/core/understand/target.js';
import { pickFromDefinition } from '../../src/core/plans/pick-wording.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a way of doing it named as what is asked', () => {
  it.each(['which approach keeps costs down', 'what technique should we use for this', 'which method works best here', 'what strategy do teams follow'])('%j asks for an approach', (q) => {
    expect(objectTarget(q)).toBe('approach');
  });

  it('keeps a model named as what is asked a model', () => {
    expect(objectTarget('which model should we use')).toBe('model');
  });
});

describe("answering from the team's own material", () => {
  it.each(['a q&a bot over our internal wiki', 'so the assistant answers from our policy docs', 'search across our support articles', 'make it know our product catalog'])('%j is adapting a model to own material', (q) => {
    expect(readAdaptation(q)).toBe('material');
  });

  it.each(['whats the best approach for a q&a bot over our internal wiki', 'what technique should we use so the bot answers from our policy docs'])('%j picks retrieval, said once', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('recommendation');
    expect(a.text).toMatch(/^Use \*\*retrieval-augmented generation\*\*, a technique that looks up relevant documents/);
    expect(a.text).not.toMatch(/stands for/);
  });

  it('picks retrieval when the question says little but the material: the documents\' words for it count in full', () => {
    const a = ask('what model should a small team use to build a q&a over our wiki');
    expect(a.text).toMatch(/^Use \*\*retrieval-augmented generation\*\*/);
  });

  it('names the picked technique once, not again as a label', () => {
    const a = ask('which approach to make the model know our product catalog that changes daily');
    expect(a.kind).toBe('recommendation');
    expect(a.text).toMatch(/^Use \*\*[^*]+\*\*/);
    expect(a.text).not.toMatch(/^Use \*\*([^*]+)\*\*: \1:/i);
    expect(a.text).not.toMatch(/system design around it/);
  });
});

describe('content turned into written words', () => {
  it.each(['what kind of model should i use to turn speech into text', 'we need to convert the podcasts to transcripts', 'turn our call recordings into text'])('%j reads the sound', (q) => {
    expect(readCategories(q).find((c) => c.category === 'audio')?.direction).toBe('input');
  });

  it('picks no text-to-speech model for speech made into text', () => {
    const a = ask('what kind of model should i use to turn speech into text');
    expect(a.kind).toBe('recommendation');
    expect(a.text).not.toMatch(/^(?:Use )?\*\*a text-to-speech model\*\*/i);
  });
});

describe('a definition that spells out an abbreviation, said as the pick', () => {
  const concept = { names: ['RAG', 'retrieval-augmented generation'] } as unknown as Parameters<typeof pickFromDefinition>[0];
  it('gives the lead, then what the expansion says the pick is', () => {
    expect(pickFromDefinition(concept, '**RAG stands for retrieval-augmented generation**, a technique that looks things up first.', 'Use **RAG**.')).toBe('Use **RAG**, a technique that looks things up first.');
  });

  it('gives no pick from an expansion with nothing said after it', () => {
    expect(pickFromDefinition(concept, 'RAG stands for retrieval-augmented generation.', 'Use **RAG**.')).toBeUndefined();
  });
});

describe('a way of measuring', () => {
  it.each(['which method to evaluate a coding model', 'what approach should we use to measure hallucinations'])('%j is left to the classifier, not read as an approach', (q) => {
    expect(objectTarget(q)).toBeUndefined();
  });
});
