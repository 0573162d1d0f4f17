/**
 * Recommendations on the default knowledge pick by the need, the output modality and the hard
 * constraints: a task beats a data word, a claim to lead beats a mention, speech is not music, the
 * current leader for a modality beats an older architecture, alternatives keep the asked access,
 * and nothing after the pick repeats it or argues for what the asker already fixed.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text }).text;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the need beats a word of the data', () => {
  it('picks the anomaly-detection models for odd records, not the makers of fake records', () => {
    const text = ask('we want to catch suspicious payments in our ledger data. which model?');
    expect(text).toMatch(/VAE/);
    expect(text).toMatch(/anomaly detection/);
    expect(text).not.toMatch(/CTGAN|TabGAN/);
  });

  it('names the VAE as the type for spotting unusual records', () => {
    expect(ask('what model type helps us flag unusual rows in our billing records?')).toMatch(/^Use \*\*a variational autoencoder \(VAE\)\*\*/);
  });

  it('still picks a GAN when the records are to be made up', () => {
    expect(ask('what should we use to generate mock payment records for testing our fraud alerts?')).toMatch(/CTGAN/);
  });
});

describe('a claim to lead beats a mention', () => {
  it('picks the model that leads agentic tasks over one that codes agentically', () => {
    expect(ask("what's the best model for agentic workflows?")).toMatch(/^\*\*Claude Opus 4\.5\*\*/);
    expect(ask('which is the strongest model for running AI agents?')).toMatch(/^\*\*Claude Opus 4\.5\*\*/);
  });
});

describe('the output modality decides', () => {
  it('answers speech with the text-to-speech type, not the music model', () => {
    const text = ask('which model can voice our product tutorials with a narrator?');
    expect(text).toMatch(/text-to-speech model/);
    expect(text).not.toMatch(/TangoFlux/);
  });

  it('keeps the audio model for music', () => {
    expect(ask('which model could score some background music for our trailer?')).toMatch(/TangoFlux/);
  });

  it('answers the kind of model for songs with the music type', () => {
    expect(ask('what kind of model composes songs?')).toMatch(/^Use \*\*a music generation model\*\*/);
  });

  it('gives diffusion, the type most image models are, for photorealistic pictures', () => {
    expect(ask('what kind of model should we use for photorealistic catalogue photos?')).toMatch(/^Use \*\*a diffusion model\*\*/);
  });

  it('still gives a GAN where a GAN claims the very thing asked (faces)', () => {
    expect(ask('what kind of model makes lifelike synthetic faces?')).toMatch(/^Use \*\*a generative adversarial network/);
  });
});

describe('alternatives and what follows the pick keep to the stated constraints', () => {
  it('offers no open model to someone who wants a closed one', () => {
    for (const q of ['which closed model for a coding helper?', 'we want a proprietary API model for coding help, which one?']) {
      expect(ask(q)).toMatch(/^\*\*Claude 4\.5 Sonnet\*\*/);
      expect(ask(q)).not.toMatch(/DeepSeek Coder|Code Llama|StarCoder/);
    }
  });

  it('offers no self-hosted image model to someone who will only call an API', () => {
    const text = ask('we only want to call an api for making pictures, no hosting at all. which model?');
    expect(text).not.toMatch(/Stable Diffusion|FLUX/);
  });

  it('adds no paragraph arguing for the access the asker already chose', () => {
    expect(ask('we want a proprietary model via API for writing code, which one?')).not.toMatch(/Proprietary models.*better choice/);
    expect(ask('we host everything on-prem, which open-weight model for internal chat?')).not.toMatch(/\n\n/);
  });

  it('adds no advice about another kind of content after the pick', () => {
    expect(ask('which closed model should we use for code review?')).not.toMatch(/Choosing an image model/);
  });
});
