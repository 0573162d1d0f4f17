/**
 * Recommendations over the default knowledge whose wording hides what is asked: content made from
 * other content, a device to run on, a setting for varied text, adapting on one's own material.
 * The first sentence is the pick of the kind asked that fits the stated situation.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { readCategories, readConstraints } from '../../src/core/understand/needs.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

const VIDEO_MODELS = /^\*\*(?:Sora 2|Veo 3|Runway Gen-3|Open-Sora)\*\*/;

describe('content made from other content', () => {
  it('reads the converted thing as input and the result as output', () => {
    for (const q of ['convert our catalogue pictures into short clips', 'can we animate the photos on our site', 'photo-to-video for the shop']) {
      const cats = readCategories(q);
      expect(cats.find((c) => c.category === 'image')?.direction, q).toBe('input');
      expect(cats.find((c) => c.category === 'video')?.direction, q).toBe('output');
    }
  });

  it('picks a model that makes the result, however the need is worded', () => {
    for (const q of ['convert our catalogue pictures into short clips', 'can we animate the photos on our site', 'any tool that can make our still pictures move?', 'we want to bring our product photos to life']) {
      const a = ask(q);
      expect(a.kind, q).toBe('recommendation');
      expect(a.text, q).toMatch(VIDEO_MODELS);
    }
  });
});

describe('a setting for output that is too samey', () => {
  it('picks the setting that gives varied text, turned up', () => {
    for (const q of ['our stories all sound the same, which dial do we turn', 'the product blurbs it writes read alike, which setting should we change', 'every email the bot drafts comes out identical, what parameter should we adjust']) {
      const a = ask(q);
      expect(a.kind, q).toBe('recommendation');
      expect(a.text, q).toMatch(/^Raise the \*\*temperature\*\* setting/);
    }
  });
});

describe('a setting for output that is too samey', () => {
  it('picks the setting that gives varied text, turned up', () => {
    for (const q of ['our stories all sound the same, which dial do we turn', 'the product blurbs it writes read alike, which setting should we change', 'every email the bot drafts comes out identical, what parameter should we adjust']) {
      const a = ask(q);
      expect(a.kind, q).toBe('recommendation');
      expect(a.text, q).toMatch(/^Raise the \*\*temperature\*\* setting/);
    }
  });
});

describe('adapting a model on material said to be the asker\'s after the noun', () => {
  it('reads "on product shots for our shop" as fine-tuning on their own material', () => {
    for (const q of ['fine-tune on listing pictures for our store', 'we would fine-tune it on support chats from our helpdesk']) {
      expect(readConstraints(q).fineTune, q).toBe(true);
    }
  });

  it('picks an open model of the kind, with open alternatives only', () => {
    for (const q of ['fine-tune on catalogue photos for our boutique', 'which model should we fine-tune on catalogue photos of my boutique']) {
      const a = ask(q);
      expect(a.kind, q).toBe('recommendation');
      expect(a.text, q).toMatch(/^\*\*(?:Stable Diffusion 3\.5|FLUX\.1)\*\*/);
      expect(a.text, q).not.toMatch(/DALL-E|Midjourney/);
    }
  });
});
