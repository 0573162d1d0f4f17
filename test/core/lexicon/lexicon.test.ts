/**
 * The lexicon the core links questions to: concepts (from what passages define, the aspects their
 * headings announce, front-matter declarations and synonym groups) and articles (by title,
 * publisher, host name, or words only one article uses).
 */
import { describe, expect, it } from 'vitest';
import { buildArticleTable } from '../../../src/core/lexicon/documents.js';
import { linkTokens } from '../../../src/core/lexicon/phrases.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { passage } from '../fixture-kb.js';

const f = coreFixture(docsKnowledgeBase());
const table = f.plan.concepts;
const concept = (name: string) => {
  const found = table.dictionary.find(linkTokens(name))[0]?.value;
  if (!found) throw new Error(`no concept named ${name}`);
  return found;
};

describe('concept table', () => {
  it('gives one concept both names of a heading like "Generative adversarial networks (GANs)"', () => {
    expect(concept('GANs')).toBe(concept('generative adversarial networks'));
  });

  it('takes a declared concept’s aliases, kind and broader concept from front matter', () => {
    const reasoning = concept('thinking model');
    expect(reasoning.name).toBe('reasoning model');
    expect(reasoning.kind).toBe('model-type');
    expect(reasoning.broader).toBe(concept('llm'));
    expect(concept('llm').narrower).toContain(reasoning);
  });

  it('names a concept by every phrase of a synonym group that holds one of its names', () => {
    expect(concept('make stuff up')).toBe(concept('hallucination'));
  });

  it('names a concept by its distinctive modifier alone ("diffusion" for "diffusion models")', () => {
    expect(concept('diffusion')).toBe(concept('diffusion model'));
  });

  it('uses the section that defines a concept, and files its aspect sections under it', () => {
    const diffusion = concept('diffusion model');
    expect(diffusion.defining?.section).toBe('Diffusion models');
    expect(diffusion.aspects.get('how')?.map((p) => p.section)).toEqual(['How diffusion models work']);
    expect(diffusion.aspects.get('limitations')?.map((p) => p.section)).toEqual(['Limitations of diffusion models']);
    expect(diffusion.aspects.get('comparison')?.map((p) => p.section)).toEqual(['GANs vs diffusion models']);
    expect(concept('gan').aspects.get('comparison')?.map((p) => p.section)).toEqual(['GANs vs diffusion models']);
  });

  it('knows which concepts a passage is about', () => {
    const uses = concept('gan').aspects.get('uses')![0]!;
    expect(table.about(uses)).toContain(concept('gan'));
    expect(table.about(uses)).not.toContain(concept('diffusion model'));
  });

  it('matches names on stems, longest first', () => {
    const found = table.dictionary.find(linkTokens('do small language models beat language models?')).map((m) => m.value.name);
    expect(found).toEqual(['small language model', 'large language model']);
  });

  it('does not make a concept of a modifier too general to name one', () => {
    expect(table.dictionary.find(linkTokens('large')).map((m) => m.value.name)).toEqual([]);
  });
});

describe('article table', () => {
  const doc = (id: string, sources: Array<Record<string, string>>) => ({ id, path: id, title: id, tags: [], format: 'markdown' as const, sources: sources.map((s) => ({ title: 'Untitled', ...s })) });
  const articles = buildArticleTable(
    [
      doc('a.md', [{ title: 'Field Notes on Generative Models', publisher: 'Lantern Review', url: 'https://www.lanternreview.example/notes', author: 'Mira Okafor' }]),
      doc('b.md', [{ title: 'What Is A Model?', publisher: 'Northwind Technologies' }]),
      doc('c.md', [{ title: 'Market Survey' }]),
    ],
    [
      passage('c.md', 'Survey', 'Zentrix leads. Zentrix grows. Zentrix ships weekly.'),
      passage('a.md', 'Notes', 'Plain words about models.'),
    ],
  );
  const titles = (text: string) => articles.find(text).map((a) => a.title);

  it.each([
    ['its publisher', 'who wrote the lantern review piece?', 'Field Notes on Generative Models'],
    ['its publisher without "Technologies"', 'when did northwind publish that?', 'What Is A Model?'],
    ['its host name', 'is lanternreview reliable?', 'Field Notes on Generative Models'],
    ['a word only it uses, often', 'who wrote the zentrix report?', 'Market Survey'],
  ])('finds an article by %s', (_how, text, title) => {
    expect(titles(text)).toEqual([title]);
  });

  it('reads a title that is also a question as an article only when the message speaks of one', () => {
    expect(titles('what is a model?')).toEqual([]);
    expect(titles('who wrote the "What is a model?" post')).toEqual(['What Is A Model?']);
  });

  it('keeps what the article records: author, publisher, url, and the documents drawing on it', () => {
    const [a] = articles.find('lantern review');
    expect(a).toMatchObject({ author: 'Mira Okafor', publisher: 'Lantern Review', url: 'https://www.lanternreview.example/notes' });
    expect(a!.documents.map((d) => d.id)).toEqual(['a.md']);
  });

  describe('an article named only by what it covers', () => {
    const covering = buildArticleTable(
      [
        doc('reef.md', [{ title: 'Notes From The Shore', author: 'Ines Darrow' }]),
        doc('sky.md', [{ title: 'Above The Clouds', publisher: 'Cirrus Press' }]),
      ],
      [
        passage('reef.md', 'Tide pools', 'Tide pools hold anemones and kelp at low water.'),
        passage('reef.md', 'Kelp', 'Kelp forests shelter fish along the coast.'),
        passage('sky.md', 'Clouds', 'Cumulus clouds form when warm air rises along the coast.'),
        passage('sky.md', 'Weather', 'Anemometers measure the wind above the clouds.'),
      ],
    );
    const covers = (text: string) => covering.find(text).map((a) => a.title);

    it('finds the article whose passages hold the words, when the question asks who wrote or put it out', () => {
      expect(covers('who wrote the post about tide pools and kelp?')).toEqual(['Notes From The Shore']);
      expect(covers('which website is the article on cumulus and wind from?')).toEqual(['Above The Clouds']);
    });

    it('names no article when the words are shared alike, or when nothing asks where it came from', () => {
      expect(covers('who wrote the article about the coast?')).toEqual([]);
      expect(covers('is the article about anemones any good?')).toEqual([]);
      expect(covers('who wrote the article about anemones?')).toEqual(['Notes From The Shore']);
    });
  });
});
