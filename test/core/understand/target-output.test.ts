/**
 * The kind of content the asker wants made decides a recommendation's target: a model of that
 * kind, unless the wording asks for another kind of answer (a type, a setting, a way). And when two
 * kinds are named, the one made is the need and the one it is for is context.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksForMaker, outputAsksModel } from '../../../src/core/understand/target.js';
import { readCategories } from '../../../src/core/understand/needs.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { coreFixture } from '../fixture-context.js';

const kb = docsKnowledgeBase();
const fx = coreFixture(kb);
const guide = createGuide(kb);

describe('the output named decides the target', () => {
  const made = [{ category: 'video' as const, direction: 'output' as const }];
  it.each([
    ['need cinematic-looking footage for our ad', 'model-type'],
    ['looking for something to render short clips for our launch', 'approach'],
    ['we want to animate our storyboard', 'deployment'],
  ] as const)('%j, classified %s, asks for a model', (q, classified) => {
    expect(outputAsksModel(q, made, classified)).toBe('model');
  });

  it.each([
    ['what type of model renders short clips', 'model-type'],
    ['how do we keep the same character across clips', 'approach'],
    ['which setting makes clips less random', 'setting'],
    ['host it ourselves or use an api for clips', 'deployment'],
  ] as const)('%j keeps %s: the wording asks for it', (q, classified) => {
    expect(outputAsksModel(q, made, classified)).toBe(classified);
  });

  it('keeps the classified target when nothing is to be made', () => {
    expect(outputAsksModel('we need to summarise reports', [], 'model-type')).toBe('model-type');
  });

  it('reads "what model can make…" as asking for a model', () => {
    expect(fx.read('what model can make a picture from a description?').target).toBe('model');
  });
});

describe('asking for the thing that makes it', () => {
  it.each(['what can draw a picture from a description?', 'which tools could render a logo from text', 'we want clips of our product spinning, what model?', 'i need pictures of cats for a card. which tool?'])('%j asks for a maker', (q) => {
    expect(asksForMaker(q)).toBe(true);
    expect(fx.read(q).intent).toBe('recommendation');
  });

  it.each(['what can diffusion models generate?', 'what can a model do for our team?', 'what is a video model?'])('%j does not', (q) => {
    expect(asksForMaker(q)).toBe(false);
  });
});

describe('the thing made and the thing it is for', () => {
  it.each([
    ['generate a voiceover for our videos', 'audio'],
    ['add a voice to my animations', 'audio'],
    ['create thumbnails for our videos', 'image'],
    ['make a short clip for the song', 'video'],
  ])('%j makes %s', (q, category) => {
    expect(readCategories(q).map((c) => c.category)).toEqual([category]);
  });

  it('keeps both when neither is only what the other is for', () => {
    expect(readCategories('turn images into video').map((c) => c.category).sort()).toEqual(['image', 'video']);
  });

  it('picks a speech maker for a voiceover meant for videos', () => {
    expect(guide.ask({ text: 'generate a voiceover for our videos' }).text).toMatch(/^\*\*Tone Voice 3\*\*/);
  });
});

describe('a kind of content named beside the field word', () => {
  it('holds the question to the field though the knowledge never uses the word', () => {
    const a = guide.ask({ text: 'which model should I use to make posters from a script?' });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Gamma Diffusion 3|Delta Flux|Pixel Studio 7/);
  });
});
