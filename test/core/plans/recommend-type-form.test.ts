/**
 * A model-type pick reads as one answer: the type, models of that type that fit the need named as
 * examples, and the use that fits said of the pick in the same paragraph, not as a bare
 * "Label: …" line cut loose from it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { useSentence } from '../../../src/core/plans/pick-wording.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const GANS = [
  model({ name: 'Ledger GAN', developer: 'Tally Labs', access: 'open', categories: ['gan'], strengths: ['synthetic transaction records for testing fraud systems'] }),
  model({ name: 'Face GAN 2', developer: 'Mirror AI', access: 'open', categories: ['gan', 'image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['photorealistic portraits'], notes: ['Its makers also show synthetic faces.', 'It runs on your own servers.'] }),
];

const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...GANS] }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('recommendation plan: a model type with its examples', () => {
  it('names the type first, with the fitting models of that type as examples', () => {
    const a = ask('what kind of model makes synthetic transaction records?');
    expect(a.text).toMatch(/^Use \*\*a generative adversarial network \(GAN\)\*\*, such as Ledger GAN\./);
  });

  it.each(['what kind of model makes synthetic transaction records?', 'we need synthetic transaction records so we never touch confidential customer data, what kind of model?'])(
    'leaves out a model of the type that does not fit the need: %j',
    (question) => {
      const a = ask(question);
      expect(a.text).toMatch(/^Use \*\*a generative adversarial network \(GAN\)\*\*, such as Ledger GAN/);
      expect(a.text).not.toContain('Face GAN 2');
    },
  );

  it('says the fitting use of the pick in the same paragraph, not as a loose label line', () => {
    const a = ask('what kind of model makes synthetic transaction records?');
    expect(a.text).toContain('Ledger GAN. Banks use GANs to produce synthetic transaction records');
    expect(a.text).not.toContain('\n');
    expect(a.text).not.toMatch(/my documents name for it/);
  });

  it('quotes only the use that fits, not the uses beside it', () => {
    expect(ask('what kind of model makes synthetic transaction records?').text).not.toContain('Film studios');
  });
});

describe('recommendation plan: a model type whose uses are a list', () => {
  it('names the type and the one use that fits, not the whole list under a label', () => {
    const a = ask("we want to catch anomalies in our sensor logs. is there a generative model type that's good for that?");
    expect(a.text).toBe('Use **a variational autoencoder (VAE)**. It is the model type used for spotting anomalies in sensor logs.');
  });
});

describe('useSentence', () => {
  it('turns a labelled use into a sentence about the pick', () => {
    expect(useSentence('Drug design: labs propose candidate molecules.')).toBe('It is the model type used for drug design: labs propose candidate molecules.');
  });

  it('keeps an acronym label in capitals and leaves a plain sentence as written', () => {
    expect(useSentence('RAG pipelines: compress documents.')).toBe('It is the model type used for RAG pipelines: compress documents.');
    expect(useSentence('Banks use them to test fraud systems.')).toBe('Banks use them to test fraud systems.');
  });

  it('reads a use that is only a phrase as what the type is used for', () => {
    expect(useSentence('Spotting anomalies in sensor logs')).toBe('It is the model type used for spotting anomalies in sensor logs.');
  });
});
