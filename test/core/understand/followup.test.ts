/**
 * understand() with an earlier turn: what a follow-up leaves out is filled in from the previous
 * turn's understood value and what its answer named, never by re-reading its words.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/understand/understand.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const f = coreFixture(docsKnowledgeBase());
const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((x) => x.name);

describe('understand: a model swapped into the previous question', () => {
  it.each([
    ['How much does Alpha 2 Pro cost?', 'and Beta 1?', 'pricing'],
    ['How much does Alpha 2 Pro cost?', 'what about Beta 1', 'pricing'],
    ["what's the context window of Beta 1?", 'and Alpha 2 Pro?', 'context_window'],
    ['who makes Delta Flux?', 'same for Pixel Studio 7', 'developer'],
  ])('after %j, %j asks the same fact of the new model', (before, now, attribute) => {
    const u = f.read(now, [before]);
    expect(u.followUp).toBe(true);
    expect(u.intent).toBe('fact');
    expect(u.attribute).toBe(attribute);
    expect(names(u.models)).toHaveLength(1);
    expect(names(u.models)[0]).not.toBe(names(f.read(before).models)[0]);
  });

  it('compares the new model with the earlier one when asked "which one\'s cheaper?"', () => {
    const u = f.read("and Beta 1? which one's cheaper for input", ['how much does Alpha 2 Pro cost per million input tokens?']);
    expect(u.intent).toBe('ranking');
    expect(u.superlative).toBe('min');
    expect(names(u.models)).toEqual(['Beta 1', 'Alpha 2 Pro']);
  });

  it('keeps the earlier turn it was resolved against', () => {
    const u = f.read('and Beta 1?', ['How much does Alpha 2 Pro cost?']);
    expect(u.previous?.models.map((m) => m.name)).toEqual(['Alpha 2 Pro']);
  });
});

describe('understand: pronouns', () => {
  it.each([
    ['what is a VAE?', 'what is it used for?', 'uses', 'variational autoencoder'],
    ['what are GANs?', 'how do they work?', 'how', 'generative adversarial network'],
    ["what's a diffusion model?", 'any downsides?', 'limitations', 'diffusion model'],
  ])('after %j, %j is about the same concept', (before, now, aspect, concept) => {
    const u = f.read(now, [before]);
    expect(u.aspect).toBe(aspect);
    expect(names(u.concepts)).toEqual([concept]);
  });

  it.each([
    ['tell me about Alpha 2 Pro', 'who makes it?', 'developer'],
    ['tell me about Alpha 2 Pro', 'when was it released?', 'released'],
    ['how much does Beta 1 cost?', "what's its context window?", 'context_window'],
  ])('after %j, %j asks about the model named before', (before, now, attribute) => {
    const u = f.read(now, [before]);
    expect(u.attribute).toBe(attribute);
    expect(names(u.models)).toEqual(names(f.read(before).models));
  });

  it('reads "is it open source?" about the model named before', () => {
    const u = f.read('is it open source?', ['tell me about Alpha 2 Pro']);
    expect(u.intent).toBe('yesno');
    expect(names(u.models)).toEqual(['Alpha 2 Pro']);
  });
});

describe('understand: "which of those" and "the one with…"', () => {
  it('ranks what the last answer listed', () => {
    const u = f.read('which of those is cheapest?', ['list the frontier models']);
    expect(u.intent).toBe('ranking');
    expect(names(u.models).sort()).toEqual(['Alpha 2 Pro', 'Beta 1']);
  });

  it('reads "the cheapest one" as a ranking of what the last answer listed', () => {
    const u = f.read('and the cheapest one?', ['list the frontier models']);
    expect(u.superlative).toBe('min');
    // Ranked among, whether as the models themselves or as the ones to select from.
    expect(names([...(u.selectFrom ?? []), ...u.models]).sort()).toEqual(['Alpha 2 Pro', 'Beta 1']);
  });

  it('filters the last list by a property: "which of those are open source?"', () => {
    const u = f.read('which of those are open source?', ['what image models are there']);
    expect(u.intent).toBe('list');
    expect(names(u.models)).toEqual(['Gamma Diffusion 3', 'Delta Flux', 'Pixel Studio 7']);
  });

  it('reads a bare "which is best at…" as a ranking of what the last answer listed', () => {
    const u = f.read('which is best at prompt fidelity for really detailed marketing briefs?', ['what image models are there']);
    expect(u.intent).toBe('ranking');
    expect(names(u.models)).toEqual(['Gamma Diffusion 3', 'Delta Flux', 'Pixel Studio 7']);
  });

  it('narrows "the one with the best prompt fidelity" to one of the models just named', () => {
    const u = f.read('who makes the one with the best prompt fidelity?', ['what image models are there']);
    expect(names(u.selectFrom ?? [])).toEqual(['Gamma Diffusion 3', 'Delta Flux', 'Pixel Studio 7']);
    expect(u.attribute).toBe('developer');
  });
});

describe('understand: follow-ups with their own intent', () => {
  it('keeps "any examples?" an examples question about the same subject', () => {
    const u = f.read('any examples?', ['what is a VAE?']);
    expect(u.intent).toBe('examples');
    expect(names(u.concepts)).toEqual(['variational autoencoder']);
  });

  it('asks the previous recommendation for another category, keeping its constraints', () => {
    const u = f.read('and for audio?', ['which model for images on our own servers?']);
    expect(u.intent).toBe('recommendation');
    expect(u.categories.map((c) => c.category)).toEqual(['audio']);
    expect(u.constraints.selfHosted).toBe(true);
  });

  it('takes a question that names its own subject as a new question', () => {
    const u = f.read('what is fine-tuning?', ['what is a GAN?']);
    expect(names(u.concepts)).toEqual(['fine-tuning']);
  });

  it('answers thanks as thanks, not as a follow-up', () => {
    const u = f.read('thanks!', ['what is a GAN?']);
    expect(u.intent).toBe('thanks');
    expect(u.followUp).toBe(false);
  });

  it('is no follow-up without an earlier turn', () => {
    expect(f.read('and Beta 1?').followUp).toBe(false);
  });
});

describe('understand: what a pronoun points back at', () => {
  it.each([
    ["what's a diffusion model?", 'what are they used for in real apps and products?', 'diffusion model'],
    ['tell me about reasoning models', 'are they usually open source?', 'reasoning model'],
    ['what is a GAN', 'is it still used for synthetic data?', 'generative adversarial network'],
  ])('after %j, %j keeps the earlier subject first, whatever new noun it brings', (before, now, subject) => {
    const u = f.read(now, [before]);
    expect(names(u.concepts)[0]).toBe(subject);
  });

  it('reads a plural pronoun as the kind asked about, not the one model an answer picked', () => {
    const before = f.turn('are reasoning models worth it for our team?', { models: [f.model('Alpha 2 Pro')] });
    const u = understand('why are people wary of them?', f.uctx, before);
    expect(u.models).toEqual([]);
    expect(names(u.concepts)).toEqual(['reasoning model']);
  });

  it('asks for another member of the model\'s family, picked by the need: "the cheap fast sibling of it"', () => {
    const family = [
      ...CATALOG,
      model({ name: 'Nova 3 Max', developer: 'Nova', access: 'proprietary', categories: ['llm'], family: 'Nova 3', pricing: { input_per_1m: 10, output_per_1m: 40 }, strengths: ['most capable Nova model'] }),
      model({ name: 'Nova 3 Lite', developer: 'Nova', access: 'proprietary', categories: ['llm'], family: 'Nova 3', pricing: { input_per_1m: 0.2, output_per_1m: 0.8 }, strengths: ['fastest and cheapest Nova model'] }),
    ];
    const g = coreFixture(docsKnowledgeBase({ models: family }));
    const u = g.read("what's the cheap fast sibling of it?", ['tell me about Nova 3 Max']);
    expect(names(u.selectFrom ?? [])).toEqual(['Nova 3 Lite']);
    expect(u.intent).toBe('definition');
  });
});

describe('understand: "which one" after a list of kinds', () => {
  it('picks among the kinds just listed (deployments), not among models', () => {
    const u = f.read('which one fits a two-person startup?', ['what deployment options are there?']);
    expect(u.intent).toBe('recommendation');
    expect(u.target).toBe('deployment');
    expect(names(u.concepts)).toContain('model deployment');
  });

  it('picks among kinds the earlier turn asked examples of', () => {
    const before = 'any examples of deployment options?';
    const u = f.read('which one fits a two-person startup?', [before]);
    expect(['list', 'examples']).toContain(f.read(before).intent);
    expect(u.target).toBe('deployment');
  });

  it('still ranks models when the list was of models', () => {
    expect(f.read('which one is cheapest?', ['list the frontier models']).target).not.toBe('deployment');
  });
});

describe('understand: "is that…" after a turn about a kind', () => {
  it.each(['is that ready for self-hosting yet?', 'so is that mature enough for self-hosting?', 'is that good with a long context window?'])('reads "that" as the subject asked about, kept beside the concept the follow-up names (%j)', (now) => {
    const u = f.read(now, ['what is a diffusion model?']);
    expect(u.followUp).toBe(true);
    expect(names(u.concepts)).toContain('diffusion model');
  });
});

describe('understand: a name the last answer gave that the catalog holds', () => {
  it('is that model, not a name outside the catalog', () => {
    const before = f.turn('which models lead where?');
    const u = understand('when did it come out?', f.uctx, { ...before, models: [], names: ['alpha 2 pro'] });
    expect(names(u.models)).toEqual(['Alpha 2 Pro']);
    expect(u.names).toEqual([]);
  });

  it('stays a name when the catalog does not hold it', () => {
    const before = f.turn('which models lead where?');
    const u = understand('when did it come out?', f.uctx, { ...before, models: [], names: ['Zeta 9'] });
    expect(u.names).toEqual(['Zeta 9']);
  });
});
