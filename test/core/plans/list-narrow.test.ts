/**
 * "Which of those is open source?" after a list of models keeps the listed models whose entries record
 * that access, and says which the entries leave open, instead of giving the same list again.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model, models } from '../fixture-kb.js';

const QUIET = model({ name: 'Quiet Canvas', categories: ['image'], strengths: ['soft watercolour looks'] });
const SHY = model({ name: 'Shy Reel', categories: ['video'] });
const SHYER = model({ name: 'Shyer Reel', categories: ['video'] });
const guide = createGuide(knowledgeBase({ models: [...models, QUIET, SHY, SHYER] }));
const ask = (text: string, history: string[]) => guide.ask({ text, history }).text;

describe('narrowing a listed set of models by access', () => {
  it.each([['which of those are open source?'], ['which of them is open source?'], ['and which of these are open-source?']])('answers %j with the open ones only', (q) => {
    const first = ask('list some image models', []);
    expect(first).toContain('Quiet Canvas');
    expect(ask(q, ['list some image models'])).toBe("Of those, **Gamma Diffusion 3** and **Delta Flux** are open source; **Pixel Studio 7** is not. My documents don't say whether **Quiet Canvas** is.");
  });

  it('says when no listed entry records its access, rather than listing them again', () => {
    expect(ask('which of those is open source?', ['list some video models'])).toBe("My documents don't record whether any of those (**Shy Reel** and **Shyer Reel**) is open source, so I can't say which.");
  });
});
