import { describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import { knowledgeBase, model, models, passage } from './fixture-kb.js';

const guide = createGuide(knowledgeBase());
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('definitions', () => {
  it('leads with the sentence that defines the subject and cites its section', () => {
    const a = ask('what is a diffusion model?');
    expect(a).toMatchObject({ kind: 'definition', answered: true });
    expect(a.text.startsWith('A **diffusion model** generates images')).toBe(true);
    expect(a.sources[0]).toMatchObject({ title: 'types', section: 'Diffusion models', path: 'types.md' });
  });

  it('understands abbreviations, chat noise and typos', () => {
    expect(ask('hey bot, what is a GAN?').text).toContain('generator');
    expect(ask('waht is a difusion modle').text).toContain('random noise');
    expect(ask('define VAE').text).toContain('latent space');
  });

  it('drops a misspelt question word instead of treating it as a topic', () => {
    expect(ask('defin VAE pls')).toMatchObject({ answered: true });
    expect(ask('expalin fine-tuning').text).toContain('task-specific dataset');
  });

  it('answers a question whose words name built-in object properties instead of throwing', () => {
    expect(() => ask('is a constructor a diffusion model thing?')).not.toThrow();
    expect(ask('what is a diffusion model, toString aside?').text).toContain('random noise');
  });

  it('treats "how long / how big" as the frame of a question, not its topic', () => {
    expect(ask('how big is the context window?').text).toContain('maximum number of tokens');
  });

  it('matches "200k" with "200,000"', () => {
    const big = createGuide(knowledgeBase({ models: [], passages: [passage('n.md', 'Novel length', 'A window of 200,000 tokens holds a whole novel.')] }));
    expect(big.ask({ text: 'what fits in 200k tokens?' }).text).toContain('whole novel');
  });

  it('keeps definitions short', () => {
    expect(ask('what is a context window?').text.length).toBeLessThanOrEqual(600);
  });
});

describe('facts', () => {
  it('answers a model fact from the catalog, whatever order the name is written in', () => {
    expect(ask('context window of Alpha 2 Pro').text).toContain('200K (200,000) tokens');
    expect(ask('how much does alpha pro 2 cost per 1M tokens?').text).toContain('$3.00 per 1M input tokens and $15.00 per 1M output tokens');
    expect(ask('What did Alpha 2 Pro score on SWE-bench?').text).toContain('70.6%');
    expect(ask('When was Alpha 2 Pro released?').text).toContain('March 2025');
  });

  it('says plainly when the catalog does not state a fact, instead of guessing', () => {
    const a = ask('What is the context window of Delta Flux?');
    expect(a.answered).toBe(false);
    expect(a.text.startsWith("My documents don't state the context window of Delta Flux")).toBe(true);
    expect(a.text).not.toMatch(/\d+K|tokens/);
    expect(ask('How many parameters does Beta 1 have?').answered).toBe(false);
  });

  it('ranks the catalog for superlatives', () => {
    const a = ask('Which provider has the largest enterprise API share?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^\*\*Alpha 2 Pro\*\* \(Acme\) ranks first/);
    expect(a.text).toContain('40%');
    expect(ask('which model has the longest context window?').text).toContain('Beta 1');
  });

  it('follows the catalog: a model added there is answered', () => {
    const extended = createGuide(knowledgeBase({ models: [...models, model({ name: 'Omega 9', developer: 'Zed', categories: ['video'], released: 'May 2026' })] }));
    expect(ask('When was Omega 9 released?').answered).toBe(false);
    expect(extended.ask({ text: 'When was Omega 9 released?' }).text).toContain('May 2026');
  });
});

describe('recommendations', () => {
  it('matches constraints through synonyms and says which it matched', () => {
    const a = ask('which model for pictures on our own servers?');
    expect(a.kind).toBe('recommendation');
    expect(a.text).toMatch(/^\*\*(Gamma Diffusion 3|Delta Flux)\*\* \([^)]+\) fits best: open weights, so it runs on your own infrastructure/);
    expect(a.text).not.toContain('Pixel Studio 7 (');
  });

  it('lets a synonym phrase carry its own words: "on-prem" needs no document saying "prem"', () => {
    const noCatalog = createGuide(knowledgeBase({ models: [], passages: [passage('i.md', 'Image models', 'Gamma Diffusion keeps image generation on-premise for teams that fine-tune on their own assets.')] }));
    expect(noCatalog.ask({ text: 'which model for images on-prem?' }).text).toContain('keeps image generation on-premise');
  });

  it('picks the model whose strengths match the need', () => {
    expect(ask('Which image model gives the best aesthetic quality?').text).toMatch(/^\*\*Pixel Studio 7\*\*/);
    expect(ask('cheapest frontier model?').text).toMatch(/^\*\*Beta 1\*\*/);
  });
});

describe('comparisons and lists', () => {
  it('describes both sides of a comparison', () => {
    const a = ask('GAN vs diffusion?');
    expect(a.kind).toBe('comparison');
    expect(a.text).toContain('discriminator');
    expect(a.text).toContain('noise');
  });

  it('compares two catalog models on the figure named', () => {
    const a = ask('Alpha 2 Pro vs Beta 1 pricing');
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^\*\*Beta 1\*\* has the cheaper price of the two/);
    expect(a.text).toContain('- **Alpha 2 Pro**: $3.00 input / $15.00 output per 1M tokens');
    expect(a.text).toContain('- **Beta 1**: $1.25 input / $5.00 output per 1M tokens');
  });

  it('lists the catalog models that fit', () => {
    const a = ask('list the open source image models');
    expect(a.kind).toBe('list');
    expect(a.text).toContain('**Gamma Diffusion 3**');
    expect(a.text).toContain('**Delta Flux**');
    expect(a.text).not.toContain('Pixel Studio 7');
  });
});

describe('follow-ups', () => {
  it('swaps a new model into the previous question', () => {
    const a = ask('and Beta 1?', ['How much does Alpha 2 Pro cost per 1M tokens?']);
    expect(a.text).toContain('$1.25 per 1M input tokens');
  });

  it('resolves pronouns to the previous subject', () => {
    expect(ask('what is it used for?', ['What is a VAE?']).text).toContain('drug discovery');
  });

  it('reads "the cheapest one" as the earlier subject', () => {
    expect(ask('and the cheapest one?', ['list the frontier models']).text).toMatch(/^Of those, \*\*Beta 1\*\*/);
  });

  it('narrows "which of them" to the earlier list', () => {
    expect(ask('which of them is best at sticking to the prompt?', ['Which open source image models are there?']).text).toMatch(/^\*\*Delta Flux\*\*/);
  });
});

describe('the no-answer path', () => {
  it('declines questions the knowledge base does not cover, with suggestions', () => {
    for (const q of ["What's the weather in Berlin tomorrow?", 'Got a good banana bread recipe?', 'Who won the 2022 World Cup?']) {
      const a = ask(q);
      expect(a, q).toMatchObject({ answered: false, kind: 'no_answer', sources: [] });
      expect(a.text).toMatch(/^I don't know/);
      expect(a.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('does not take a different model of the same family for the one asked about', () => {
    const a = ask("What's the context window of Beta 1 Mini?");
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('2M');
  });

  it('needs one sentence to cover a short question, not its words scattered over unrelated ones', () => {
    expect(ask('Who founded Acme?').answered).toBe(false);
    expect(ask('How many layers does Alpha 2 Pro have?').answered).toBe(false);
  });

  it('answers greetings and help without the knowledge base', () => {
    expect(ask('hi!')).toMatchObject({ kind: 'greeting', answered: true });
    const help = ask('help');
    expect(help.kind).toBe('help');
    expect(help.suggestions).toContain('What is a reasoning model?');
  });

  it('never quotes a list lead-in without the items after it', () => {
    const kb = knowledgeBase({
      models: [],
      passages: [
        passage('v.md', 'Video models', 'Video models keep frames consistent by conditioning each frame on the previous ones.'),
        passage('c.md', 'Picking one', 'Teams pick video models that keep frames consistent by what matters most:\n- Cinematic shots: a studio tool.\n- Marketing: a fast tool.'),
      ],
    });
    const text = createGuide(kb).ask({ text: 'how do video models keep frames consistent?' }).text;
    expect(text).toContain('conditioning each frame');
    expect(text).not.toMatch(/matters most:\s*$/m);
  });

  it('never returns more than 1,500 characters', () => {
    const long = 'Sentence about tokens and context windows. '.repeat(200);
    const big = createGuide(knowledgeBase({ passages: [{ ...knowledgeBase().passages[4]!, text: long }] }));
    expect(big.ask({ text: 'what is a context window' }).text.length).toBeLessThanOrEqual(1500);
  });

  it('answers in one sentence when asked for one line, and in full otherwise', () => {
    const video = knowledgeBase({ models: [], passages: [passage('v.md', 'Video models', 'Video models generate short clips from a text prompt or a still image, frame after frame, and keep the motion coherent across the clip. They condition each frame on the previous ones. Sora and Veo are examples.')] });
    const g = createGuide(video);
    expect(g.ask({ text: 'what is a video model, in one line?' }).text).toBe('Video models generate short clips from a text prompt or a still image, frame after frame, and keep the motion coherent across the clip.');
    expect(g.ask({ text: 'what is a video model?' }).text).toContain('previous ones');
  });
});
