/**
 * "The size tiers from the Motor Review explainer": a name at the head of an article word names the
 * article by its publisher, though a catalog model bears the same name, and a set of something other
 * than models asked of that article is its own list, not the models it is the source of.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { namesPublisher } from '../../../src/core/understand/publisher-name.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SIZES = `---
title: Engine sizes
sources:
  - title: What is an engine?
    publisher: Motor Review blog
concepts:
  - name: engine size
    aliases: [engine sizes]
    kind: concept
---
# Engine sizes

## Engine size classes

**Model size** is the volume of an engine model's cylinders, and engine models are loosely grouped into three size classes:
- Small (under 1 litre): scooters and city cars.
- Medium (1 to 3 litres): family cars and vans.
- Large (over 3 litres): trucks and boats.
`;

const PLATFORM = model({ name: 'Motor Review', developer: 'Motor Review', categories: ['other'], strengths: ['one place to compare engines'], source: { title: 'What is an engine?', publisher: 'Motor Review blog' } });
const GAUGE = model({ name: 'Motor Gauge 2', developer: 'Gauge Works', categories: ['other'], strengths: ['measures engine size'], source: { title: 'What is an engine?', publisher: 'Motor Review blog' } });
const kb = docsKnowledgeBase({ models: [...CATALOG, PLATFORM, GAUGE] }, { 'sizes.md': SIZES });
const guide = createGuide(kb);
const fixture = coreFixture(kb);

describe('a list asked of an article named by its publisher', () => {
  it('reads "the Motor Review explainer" as the article, not the model of that name', () => {
    const u = fixture.read('can you list the model size tiers from the Motor Review explainer?');
    expect(u.articles.map((a) => a.title)).toEqual(['What is an engine?']);
    expect(u.models).toEqual([]);
    expect(namesPublisher(PLATFORM, u.articles, 'what does Motor Review cost?')).toBe(false);
  });

  it('answers with the article\'s own list of size classes, not the models it is the source of', () => {
    const a = guide.ask({ text: 'can you list the model size tiers from the Motor Review explainer?', history: [] });
    expect(a.text).toMatch(/grouped into three size classes:\n- Small .*\n- Medium .*\n- Large /);
  });
});
