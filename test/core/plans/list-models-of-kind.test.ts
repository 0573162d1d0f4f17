/**
 * "List the open source LLMs": a concept the question names that is one of the catalog's categories
 * (LLM) keeps the list of models to that category, so open image models are not listed as LLMs;
 * without such a concept ("open source models") every open model is listed.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] });

describe('list plan: catalog models of a kind the question names', () => {
  it.each(['list the open source llms you know', 'which open-weight LLMs are there?'])('lists only that kind: %j', (q) => {
    const a = ask(q);
    expect(a.text).toContain('**Omni Open 4**');
    expect(a.text).not.toContain('Gamma Diffusion 3');
    expect(a.text).not.toContain('Delta Flux');
  });

  it('lists every open model when no kind is named', () => {
    const a = ask('list the open source models');
    expect(a.text).toContain('**Omni Open 4**');
    expect(a.text).toContain('**Gamma Diffusion 3**');
  });
});
