/**
 * "What model does <product> run on under the hood?", "what LLM powers <product>?": the sentence that
 * states the models beneath the product leads, before what the product is, and is not said twice.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksUnderlying } from '../../../src/core/understand/underlying.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const PAL = model({ name: 'Chat Pal', developer: 'Acme', access: 'proprietary', categories: ['llm'], strengths: ['friendly chat for everyday users'] });
const PRODUCTS = `---
title: Chat products
concepts:
  - name: chatbot
    aliases: [chatbots]
    kind: concept
---
## Chat Pal
**Chat Pal** is Acme's chatbot for everyday users, answering questions in plain language and keeping a short memory of the conversation. Depending on the plan, Chat Pal runs on Alpha 2 Pro or Beta 1. Chat Pal is offered as an app and through an API.
`;
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, PAL] }, { 'products.md': PRODUCTS }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('the model beneath a product leads', () => {
  it.each(['what model does Chat Pal run on under the hood?', 'what LLM powers Chat Pal?', 'which model is Chat Pal built on?'])('opens %j with the models it runs on', (question) => {
    const a = ask(question);
    expect(a).toMatch(/^Depending on the plan, Chat Pal runs on Alpha 2 Pro or Beta 1\./);
    expect(a.match(/runs on Alpha 2 Pro/g)).toHaveLength(1);
  });
});

describe('asksUnderlying', () => {
  it('reads the relation whatever verb carries it, and only when a model is asked for', () => {
    for (const q of ['what model does X run on?', 'what LLM powers X', "what's behind X, model-wise?", 'which model is X based on']) expect(asksUnderlying(q)).toBe(true);
    for (const q of ['what is the idea behind X pricing?', 'does X run on a laptop?', 'is X based on a transformer?']) expect(asksUnderlying(q)).toBe(false);
  });
});
