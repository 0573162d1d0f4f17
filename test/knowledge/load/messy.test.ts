import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase, Passage } from '../../../src/knowledge/types.js';

/**
 * test/fixtures/knowledge/messy: four articles written for these tests, damaged the way collected web
 * pages are (the raw articles in ../shared/seeds have every one of these kinds of damage):
 * Markdown with front matter saved as .txt, MDC component blocks, HTML comments and tags, link
 * targets, emoji, pipe tables with broken separator rows, tables whose column separators were lost
 * (cells glued into one word), and mojibake from both cp1252 and Windows-874 (Thai) round trips.
 */
const MESSY = join(import.meta.dirname, '..', '..', 'fixtures', 'knowledge', 'messy');

const BLOG = '000_component-blog.txt';
const TABLES = '001_broken-tables.txt';
const MOJIBAKE = '002_mojibake.txt';
const GLUED = '003_glued-tables.txt';

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledge(MESSY);
});

const of = (path: string): Passage[] => kb.passages.filter((p) => p.path === path);
const sections = (path: string) => of(path).map((p) => p.section);
const tokens = (text: string) => text.split(/[\s;,]+|: /).filter(Boolean);

describe('messy articles', () => {
  it('load as four documents with their titles, formats and front-matter sources, and no problems', () => {
    expect(kb.problems).toEqual([]);
    expect(kb.documents.map((d) => [d.path, d.title, d.format])).toEqual([
      [BLOG, 'A field guide to widget models', 'markdown'],
      [TABLES, 'What a Widget Model Really Is', 'text'],
      [MOJIBAKE, 'What is a widget family?', 'text'],
      [GLUED, 'A Plain Guide to Widget Models: Kinds, Examples, and How to Pick One', 'text'],
    ]);
    expect(kb.documents[0]!.sources).toEqual([{ title: 'A field guide to widget models', author: 'Ada Quill & Ben Ortiz', date: '2025-03-14' }]);
  });

  it('leave no front matter, component blocks, comments, tags, link targets or mojibake in any passage', () => {
    expect(kb.passages.length).toBeGreaterThan(15);
    for (const passage of kb.passages) {
      for (const junk of ['status: published', '::the-index', 'hideFilters', 'view: grid', '<!--', 'TODO', '<author', '<em>', '](http', '๐Ÿ', 'ยท', 'â€', 'Ã©']) {
        expect(passage.text, `${passage.id} contains ${junk}`).not.toContain(junk);
      }
    }
    const coached = of(BLOG).find((p) => p.section === 'Coached models')!;
    expect(coached.text).toContain('is then shown many worked exchanges');
    expect(of(BLOG).find((p) => p.section === 'Text widget models')!.text).toContain('in two rounds; the primer takes the longer tour.');
  });

  it('repair mojibake from Thai and Western code pages, keeping the emoji, middle dots and accents', () => {
    const sources = of(MOJIBAKE).find((p) => p.section === 'Sources & Further Reading')!;
    expect(sources.text).toContain('🔗 Article\nCog 3 launch notes\nAcme Labs · 2025\n🔗 Article\nRatchet 2 release\nGearworks · 2025');
    expect(sources.text).toContain('Our editor’s notes on the café test');
  });

  it('split the Markdown article at its headings, with the terms its bold definitions name', () => {
    expect(sections(BLOG)).toEqual(['A field guide to widget models', 'Text widget models', 'Raw models', 'Coached models', 'Picture widget models', 'Conclusion']);
    const raw = of(BLOG).find((p) => p.section === 'Raw models')!;
    expect(raw.headings).toEqual(['A field guide to widget models', 'Text widget models', 'Raw models']);
    expect(raw.defines).toEqual(['raw models', 'raw widget model', 'stock widget model']);
  });

  it('find the headings of the plain-text articles, not their sentences or list items', () => {
    expect(sections(TABLES)).toEqual([
      'What a Widget Model Really Is',
      'What a Widget Model Really Is',
      'How a Widget Model Is Taught',
      'Gears Inside Every Model',
      'Open vs. Closed Widgets',
      'Start Building Today',
    ]);
    expect(sections(MOJIBAKE)).toEqual(['What is a widget family?', 'How do widgets get better?', 'Sources & Further Reading']);
    expect(of(MOJIBAKE)[1]!.text).toContain('1. More examples: bigger and cleaner piles of training material.\n2. Better shape');
    const sketch = of(GLUED).find((p) => p.section === 'Kind 1: Sketch models')!;
    expect(sketch.headings).toEqual([kb.documents[3]!.title, 'What Are the Kinds of Widget Models?', 'Kind 1: Sketch models']);
  });

  it('render pipe tables with broken separator rows as labelled rows', () => {
    const gears = of(TABLES).find((p) => p.section === 'Gears Inside Every Model')!;
    expect(gears.text).toContain('Widget Size: Pocket; Gears: 1 - 9; Good For: Toys, quick demos\nWidget Size: Desk; Gears: 10 - 40; Good For: Office work, drafting');
    const open = of(TABLES).find((p) => p.section === 'Open vs. Closed Widgets')!;
    expect(open.text).toContain('Trait: Price; Open: Hardware only; Closed: Per request');
    for (const passage of of(TABLES)) expect(passage.text).not.toMatch(/\|/);
  });

  it('cut glued table rows back into cells under their header, every value its own token', () => {
    const table = of(GLUED).find((p) => p.section === 'Top text widget models')!;
    expect(table.text.split('\n').slice(-3)).toEqual([
      'Model: Cog 3 Max; Maker: Acme; Type: Proprietary; Context Window: 128K tokens; Market Share: 31%; Primary Strength: Fast drafting; 88.2% GearBench',
      'Model: Ratchet 2; Maker: Gearworks; Type: Open source; Context Window: 64K tokens; Market Share: 12%; Primary Strength: Runs on one GPU',
      'Model: Sprocket XL; Maker: OpenCog; Type: Proprietary; Context Window: 1M tokens; Market Share: N/A; Primary Strength: Long manuals',
    ]);
    const words = tokens(of(GLUED).map((p) => p.text).join('\n'));
    for (const value of ['Acme', 'OpenCog', 'Gearworks', '128K', '64K', '1M', '31%', 'N/A', '$2.00', '$8.00', '48%', '39%']) expect(words, value).toContain(value);
    expect(words.filter((w) => /[a-z][A-Z]|\d[A-Z][a-z]|[a-z]\d+[KM%]|%\d/.test(w) && !['OpenCog', 'GearBench'].includes(w))).toEqual([]);
    expect(of(GLUED).map((p) => p.text).join('\n')).toContain(
      'Model: Ratchet 2; Vendor: Gearworks / self-host; Input (per 1M tokens): Hardware only; Output (per 1M tokens): Hardware only; Notes: No per-token fee; bring your own GPUs',
    );
    expect(of(GLUED).at(-1)!.text).toBe('Factor: Reported payback rate; Open Source: 48%; Proprietary: 39%');
  });
});
