/**
 * A broad concept ("AI model", "generative AI") named in a question that only pads or frames it
 * ("one sentence pls", "short answer", "quick q", "what counts as", "list the…") is still what the
 * question is about; it gives way only to words that name something more specific.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { FRAMING } from '../../../src/core/understand/entities.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('how a question asks to be answered', () => {
  it.each([
    ['what is an ai model, one sentence', 'what is an ai model,'],
    ['whats a diffusion model, two lines max', 'whats a diffusion model,'],
    ['quick q: what is an ai model, short answer', ': what is an ai model,'],
    ['what is a context window, tldr', 'what is a context window,'],
    ['what does training involve, in a nutshell', 'what does training involve,'],
    ['explain rag, keep it short', 'explain rag,'],
    ['what is a token in simple terms', 'what is a token'],
    ['explain what an ai model is like im a ceo', 'explain what an ai model is'],
    ['what is rag, like you\'re talking to my cfo', 'what is rag,'],
    ['explain embeddings to a non-technical founder', 'explain embeddings'],
    ['how do gans work step by step', 'how do gans work'],
    ['walk me through how training works, step-by-step', 'walk me through how training works,'],
    ["explain lora like i'm new to this", 'explain lora'],
    ['what is a vae, explain like im totally new', 'what is a vae, explain'],
    ['explain diffusion for someone new to ai', 'explain diffusion'],
    ['explain tokens for someone without a technical background', 'explain tokens'],
    ['what is rag, no jargon please', 'what is rag, please'],
    ['explain transformers to my grandparents', 'explain transformers'],
    ['explain quantization for a layperson', 'explain quantization'],
    ['explain fine-tuning in detail', 'explain fine-tuning'],
    ['what is attention at a high level', 'what is attention'],
    ['why do llms hallucinate in the first place', 'why do llms hallucinate'],
    ['so what is a model? like is it a file, a program, what', 'so what is a model?'],
    ['what is rag? is it a tool, a model or what', 'what is rag?'],
    ['why does training cost so much to begin with', 'why does training cost so much'],
  ])('is framing, not topic: %j', (question, rest) => {
    expect(question.replace(FRAMING, ' ').replace(/\s+/g, ' ').trim()).toBe(rest);
  });

  it.each([
    'do reasoning models think step by step',
    'how does diffusion remove noise step by step',
    'does the model solve problems step by step',
  ])('leaves "step by step" said of what a model does: %j', (question) => {
    expect(question.replace(FRAMING, ' ')).toMatch(/step by step/);
  });
});

describe('a broad concept with padding around it', () => {
  it.each([
    ['what is an ai model, one sentence', /mathematical function/],
    ['quick q: what is an ai model, short answer', /mathematical function/],
    ['what counts as generative ai', /new content/],
    ['explain what an ai model is like im a ceo', /mathematical function/],
    ['list the main kinds of generative ai models', /six main types/],
    ['what does training a model involve, in a nutshell', /loop|loss/],
    ['so technically what *is* a model? like is it a file, a program, what', /mathematical function/],
    ['what is a model, technically', /mathematical function/],
  ])('is answered: %j', (question, fact) => {
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(fact);
  });

  it('still gives way to a word that names something more specific', () => {
    expect(guide.ask({ text: 'name the four stages a generative AI model is trained in' }).text).toMatch(/data collection/i);
  });
});
