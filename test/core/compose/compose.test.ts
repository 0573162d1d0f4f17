/**
 * The rules every answer text keeps, whatever plan made it: no sentence twice; no later paragraph
 * opening by pointing back at text it does not have; no paragraph ending on a lead-in; nothing past
 * 1,500 characters, cut at a sentence or line end.
 */
import { describe, expect, it } from 'vitest';
import { composeText, fit, MAX_ANSWER_CHARS } from '../../../src/core/compose/compose.js';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const compose = (...texts: string[]) => composeText(texts.map((text) => ({ text })));

describe('composition: no sentence twice', () => {
  it('drops a sentence a later paragraph repeats', () => {
    const text = compose('GANs train a generator against a discriminator. They are fast.', 'GANs train a generator against a discriminator. Training can be unstable.');
    expect(text.match(/GANs train a generator/g)).toHaveLength(1);
    expect(text).toContain('Training can be unstable.');
  });

  it('sees a repeat through bold, case, spacing and list markers', () => {
    const text = compose('Diffusion models remove noise step by step.', '- **diffusion models**  remove noise step by step.');
    expect(text).toBe('Diffusion models remove noise step by step.');
  });

  it('keeps the paragraphs in the order the plan gave, separated by a blank line', () => {
    expect(compose('The verdict comes first.', 'The reason comes second.')).toBe('The verdict comes first.\n\nThe reason comes second.');
  });
});

describe('composition: sentences that point back', () => {
  it.each(['This instability makes them hard to train.', 'It also needs a lot of data.', 'However, they remain popular.', 'Even so, teams keep using them.'])(
    'never opens a later paragraph on %j',
    (opening) => {
      const text = compose('GANs pit a generator against a discriminator.', `${opening} Banks use them for synthetic records.`);
      expect(text).not.toContain(opening);
      expect(text).toBe('GANs pit a generator against a discriminator.\n\nBanks use them for synthetic records.');
    },
  );

  it('keeps such a sentence inside a paragraph, after what it points to', () => {
    const text = compose('GANs are unstable to train. This instability makes them hard to tune.');
    expect(text).toContain('This instability');
  });
});

describe('composition: lead-ins', () => {
  it('drops a paragraph that is only a lead-in', () => {
    expect(compose('Diffusion models remove noise.', 'Teams pick one by what matters most:')).toBe('Diffusion models remove noise.');
  });

  it('cuts a trailing lead-in off the end of a paragraph', () => {
    expect(compose('Video models keep frames consistent. Teams pick one by what matters most:')).toBe('Video models keep frames consistent.');
  });

  it('keeps a lead-in followed by its items, each on its own line', () => {
    const text = compose('VAEs show up in three areas:\n- Molecule design\n- Anomaly spotting\n- Image compression');
    expect(text.split('\n')).toEqual(['VAEs show up in three areas:', '- Molecule design', '- Anomaly spotting', '- Image compression']);
  });
});

describe('composition: length', () => {
  it(`never returns more than ${MAX_ANSWER_CHARS} characters, cut at a sentence end`, () => {
    const sentences = Array.from({ length: 80 }, (_, i) => `Sentence number ${i} talks about tokens.`).join(' ');
    const text = compose(sentences);
    expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(text).toMatch(/tokens\.$/);
  });

  it('cuts at a line end when lines are the units', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `- item ${i}: a model with a long description of what it does`).join('\n');
    const text = fit(lines, 300);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.split('\n').every((l) => /does$/.test(l))).toBe(true);
  });

  it('marks a cut inside one long sentence with an ellipsis', () => {
    const text = fit(`${'word '.repeat(100)}end`, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('…')).toBe(true);
  });

  it('leaves a short text alone', () => {
    expect(fit('A short answer.', 100)).toBe('A short answer.');
  });
});

describe('composition: every answer the guide gives', () => {
  const guide = createGuide(docsKnowledgeBase());
  const questions = [
    'what is a GAN?',
    'how do diffusion models work?',
    'GANs vs diffusion, which is better for images?',
    'any examples of VAEs?',
    'which model can generate product photos',
    'what kinds of generative models are there?',
    'is a reasoning model just another word for an LLM?',
    'cheapest model for summarising 2 million tickets a month',
  ];

  it.each(questions)('keeps the rules in the answer to %j', (question) => {
    const text = guide.ask({ text: question }).text;
    const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.replace(/[*\-\s]+/g, ' ').trim().toLowerCase()).filter((s) => s.length >= 20);
    expect(new Set(sentences).size, text).toBe(sentences.length);
    for (const paragraph of text.split('\n\n').slice(1)) expect(paragraph, text).not.toMatch(/^(?:This|These|It|They|However|Even so)\b/);
    for (const paragraph of text.split('\n\n')) expect(paragraph, text).not.toMatch(/:\s*$/);
    expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  });
});

describe('composition: the length the asker set', () => {
  it('keeps the first paragraph\'s first sentences only, when a length is asked', () => {
    const first = 'A chat model is an instruct model given extra fine-tuning on examples of helpful conversations and of refusals, so it answers as an assistant.';
    const second = 'From those examples the model picks up the pattern of replying in a helpful tone and of turning harmful topics down.';
    const blocks = [{ text: `${first} ${second} The step is called safety tuning.` }, { text: 'Chat models power assistants.' }];
    expect(composeText(blocks, MAX_ANSWER_CHARS, 1)).toBe(first);
    expect(composeText(blocks, MAX_ANSWER_CHARS, 2)).toBe(`${first} ${second}`);
    expect(composeText(blocks)).toContain('Chat models power assistants.');
  });

  it('counts short sentences together, so a two-sentence answer still holds what two full sentences would', () => {
    const gan = [{ text: 'GANs train two networks at once. The generator creates fake data. The discriminator decides whether each input is real or fake. Both improve by competing with each other over many rounds of training.' }];
    expect(composeText(gan, MAX_ANSWER_CHARS, 2)).toContain('discriminator');
  });

  it('keeps a list whole when the kept sentence introduces it, and drops a list it does not', () => {
    const listed = [{ text: 'The stages are four:\n- Data collection.\n- Pre-training.\n- Fine-tuning.\n- Alignment.' }];
    expect(composeText(listed, MAX_ANSWER_CHARS, 1).split('\n')).toHaveLength(5);
    const lead = 'Open models publish their weights, so a team may fetch them, host them on machines it owns and alter them however it likes.';
    const trailing = [{ text: `${lead} Closed models are reached only through their vendor's API, which brings guardrails and easy access. They differ on two counts:\n- Access.\n- Cost.` }];
    expect(composeText(trailing, MAX_ANSWER_CHARS, 2)).not.toContain('two counts');
  });
});

describe('composition: names only, when the asker wants just the names', () => {
  const lead = 'The three leading video makers each win on something:';
  const blocks = [{ text: `${lead}\n- **Reel 2** (Acme): cinematic quality\n- Frame 3 (Beta Labs): the most realistic movement.\n- Large clip models, which generate long scenes.\n- a plain item with no name end` }, { text: 'Video is the fastest-growing category.' }];

  it('cuts each item of the first list to its name, keeps the lead-in, and drops what follows', () => {
    expect(composeText(blocks, MAX_ANSWER_CHARS, undefined, true)).toBe(`${lead}\n- **Reel 2** (Acme)\n- Frame 3 (Beta Labs)\n- Large clip models\n- a plain item with no name end`);
    expect(composeText(blocks)).toContain('cinematic quality');
  });

  it('leaves an answer with no list as it is', () => {
    const prose = [{ text: 'The leading models were Reel 2, Frame 3 and Clip 1.' }, { text: 'Video is growing.' }];
    expect(composeText(prose, MAX_ANSWER_CHARS, undefined, true)).toBe(composeText(prose));
  });
});
