/**
 * Limits asked of a concept that has no section on them, against the default knowledge: the answer
 * is a sentence that states one of its drawbacks, or says the documents state none; never a sentence
 * that only says it "limits" something, nor another concept's limitation.
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

describe('limits the documents do not state', () => {
  it.each([
    ["what's the downside of lora", 'LoRA (Low-Rank Adaptation)'],
    ['whats the catch with MoE', 'mixture-of-experts (MoE)'],
    ['limitations of temperature', 'temperature'],
    ['whats the catch with big context windows', 'a context window'],
    ['whats the catch with rag', 'retrieval-augmented generation'],
    ["what's the tricky bit about RAG", 'retrieval-augmented generation'],
  ])('%j says the documents state none', (text, name) => {
    const a = guide.ask({ text });
    expect(a.answered).toBe(false);
    expect(a.text).toBe(`My documents don't state a catch or limitation of ${name}, so I won't guess at one.`);
  });

  it('gives the sentence stating the subject’s own drawback', () => {
    expect(guide.ask({ text: 'whats the catch with fine-tuning' }).text).toMatch(/^Fine-tuning takes 2 to 8 weeks and \$15,000 to \$150,000/);
  });

  it.each(["what's the hard part with fine-tuning", 'any gotchas with fine-tuning?'])('reads %j as the subject’s drawback', (text) => {
    expect(guide.ask({ text }).text).toMatch(/^Fine-tuning takes 2 to 8 weeks/);
  });

  it('keeps the subject’s own section on its limits', () => {
    expect(guide.ask({ text: 'whats the catch with VAEs' }).text).toMatch(/^\*\*The main limitation of VAEs\*\*/);
  });
});
