/**
 * "Which image model should we use to train a LoRA on our product photos?": adapting a model on the
 * asker's own material needs an open model, and that it can be fine-tuned is why it is the pick, not
 * where it runs; a question that asks for open weights outright still hears where it runs.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] });

describe('recommendation plan: a model to fine-tune on our own material', () => {
  it.each(['train a LoRA on our product photos', 'we will fine-tune it on our catalogue', 'customise the model with our own brand shots', 'retrain it using our internal images', 'train our own lora'])('reads %j as adapting the model, which needs open weights', (q) => {
    const c = readConstraints(q);
    expect(c.fineTune).toBe(true);
    expect(c.openWeights).toBe(true);
  });

  it.each(['train staff on our new tool', 'a model trained on the web', 'fine-tuning vs RAG'])('reads %j as no adaptation of ours', (q) => {
    expect(readConstraints(q).fineTune).toBe(false);
  });

  it.each(['which image model should we use if we want to train a LoRA on our product photos?', 'which image model can we train on our own catalogue shots?', 'what image generator should we customise with our brand images?'])('picks the open image model that fine-tunes for %j, and says so', (q) => {
    const text = ask(q).text;
    expect(text).toMatch(/^\*\*Gamma Diffusion 3\*\*/);
    expect(text.split('\n')[0]).toMatch(/fine-tune on branded assets/);
    expect(text.split('\n')[0]).not.toMatch(/runs on your own infrastructure/);
  });

  it('still says where an open model runs when open weights are asked for outright', () => {
    expect(ask('which open source image model can we fine-tune on our brand?').text.split('\n')[0]).toMatch(/runs on your own infrastructure/);
  });

  it('speaks of the pick as "it" when the documents\' sentence opens with its name and an aside', () => {
    const notes = { 'notes/brand.md': '# Brand imagery\n\n## Choosing for brand visuals\nGamma Diffusion 3, being open and self-hostable, is the usual pick for fine-tuning on brand visuals.\n' };
    const text = createGuide(docsKnowledgeBase({}, notes)).ask({ text: 'which image model can we fine-tune on our brand visuals?', history: [] }).text;
    expect(text).toMatch(/^\*\*Gamma Diffusion 3\*\*/);
    expect(text).toMatch(/It, being open and self-hostable, is the usual pick/);
    expect(text.match(/Gamma Diffusion 3/g)).toHaveLength(1);
  });
});
