import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase, Passage } from '../../../src/knowledge/types.js';

/**
 * The four collected articles, kept with their formatting damage: the loader's real-world input. They
 * live beside the repository (../shared/seeds) on the maintainers' machines only, so this check runs
 * where they are and is skipped elsewhere; messy.test.ts covers the same kinds of damage from
 * fixtures inside the repository.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const HAVE_SEEDS = existsSync(SEEDS);

const OVERVIEW = '000_395bc1209bb80b59.txt';
const EXPLAINER = '001_72f04ef18306c096.txt';
const WHAT_IS = '002_08a2921b97c8e7e7.txt';
const GUIDE = '003_e6573db609843979.txt';

let kb: KnowledgeBase;

const of = (path: string): Passage[] => kb.passages.filter((p) => p.path === path);
const sections = (path: string) => of(path).map((p) => p.section);
const tokens = (text: string) => text.split(/[\s;,]+|: /).filter(Boolean);

describe.skipIf(!HAVE_SEEDS)(`the seed articles${HAVE_SEEDS ? '' : ' (skipped: ../shared/seeds is not beside this checkout)'}`, () => {
  beforeAll(async () => {
    kb = await loadKnowledge(SEEDS);
  });

  it('load as four documents with sensible titles and no problems', () => {
    expect(kb.problems).toEqual([]);
    expect(kb.documents.slice(0, 3).map((d) => [d.path, d.title, d.format])).toEqual([
      [OVERVIEW, 'An overview of AI model types', 'markdown'],
      [EXPLAINER, 'What an AI Model Actually Is', 'text'],
      [WHAT_IS, 'What is a model?', 'text'],
    ]);
    // The guide's long title is checked by its opening and closing words rather than quoted whole.
    const guide = kb.documents[3]!;
    expect([guide.path, guide.format]).toEqual([GUIDE, 'text']);
    expect(guide.title.startsWith('A Complete Guide to Generative')).toBe(true);
    expect(guide.title.endsWith(', and How to Choose')).toBe(true);
    expect(guide.title.split(' ')).toHaveLength(13);
    expect(kb.documents).toHaveLength(4);
    expect(kb.documents[0]!.sources).toEqual([{ title: 'An overview of AI model types', author: 'Dick Blankvoort & Mark Dingemanse', date: '2025-02-25' }]);
  });

  it('leave no component blocks, comments, tags, link targets or mojibake in any passage', () => {
    for (const passage of kb.passages) {
      for (const junk of ['::the-index', 'hideFilters', '<!--', '<author', '](http', '๐Ÿ', 'ยท', 'â€']) {
        expect(passage.text, `${passage.id} contains ${junk}`).not.toContain(junk);
      }
      expect(passage.text.length, passage.id).toBeLessThanOrEqual(1500);
    }
    expect(of(WHAT_IS).some((p) => p.text.includes('🔗 Article\nGPT-5.1 in ChatGPT\nOpenAI · 2025'))).toBe(true);
  });

  it('split the Markdown article at its headings', () => {
    expect(sections(OVERVIEW)).toEqual(expect.arrayContaining(['Base models', 'Instruct models and chat models', 'Reasoning models', 'World models', 'Conclusion']));
    const base = of(OVERVIEW).find((p) => p.section === 'Base models')!;
    expect(base.headings).toEqual(['An overview of AI model types', 'Text-based large language models', 'Base models']);
    expect(base.defines).toEqual(['base models', 'base llm', 'foundation llm']);
  });

  it('find the headings of the plain-text articles', () => {
    expect(sections(EXPLAINER)).toEqual(
      expect.arrayContaining(['How a Model Learns', 'The Parameters Inside Every Model', 'Open Source vs. Closed Models', 'What "Tokens" Actually Mean', 'Start Creating Right Now']),
    );
    expect(sections(WHAT_IS)).toEqual(['What is a model?', 'What exactly is a "model" in AI?', 'How do current models compare?', 'What actually differs between models?', 'What is a "model family"?', 'How do models improve over time?', 'Sources & Further Reading']);
    expect(sections(GUIDE)).toEqual(expect.arrayContaining(['Type 2: Diffusion models', 'Top large language models', 'API pricing by model', 'What is hallucination in generative AI models?']));
    const diffusion = of(GUIDE).find((p) => p.section === 'Type 2: Diffusion models')!;
    expect(diffusion.headings).toEqual([
      kb.documents[3]!.title,
      'What Are the Types of Generative AI Models?',
      'Type 2: Diffusion models',
    ]);
    expect(diffusion.defines).toEqual(['diffusion models']);
  });

  it('keep the LLM table with its heading, one labelled row per model, every value its own token', () => {
    const table = of(GUIDE).find((p) => p.section === 'Top large language models' && p.text.includes('Model: GPT-5;'))!;
    const claude = table.text.split('\n').find((line) => line.includes('Claude 4.5 Sonnet'))!;
    expect(claude).toBe(
      'Model: Claude 4.5 Sonnet; Developer: Anthropic; Type: Proprietary; Context Window: 200K tokens; Enterprise API Share: 40%; Primary Strength: #1 enterprise coding; 70.6% SWE-bench',
    );
    const words = tokens(table.text);
    for (const value of ['Sonnet', 'Anthropic', '200K', 'GPT-5', 'OpenAI', '128K', '27%', 'Gemini', 'Google', '2M', 'Scout', 'Meta', '10M', 'DeepSeek', 'v3.2', 'N/A']) {
      expect(words, value).toContain(value);
    }
    expect(words.filter((w) => /[a-z][A-Z]|\d[A-Z][a-z]|[a-z]\d+[KM%]/.test(w) && !['OpenAI', 'DeepSeek', 'LMArena', 'SWE-bench'].includes(w))).toEqual([]);
  });

  it('render the pricing and comparison tables as readable rows', () => {
    const text = of(GUIDE).map((p) => p.text).join('\n');
    expect(text).toContain('Model: Gemini 2.5 Pro; Provider: Google; Input (per 1M tokens): $1.25; Output (per 1M tokens): $5.00; Notes: Lowest cost among frontier models');
    expect(text).toContain('Factor: Positive ROI rate; Open Source: 51%; Proprietary: 41%');
    expect(of(EXPLAINER).map((p) => p.text).join('\n')).toContain(
      'Model Size: Small; Parameters: 1B - 7B; Typical Use Case: Mobile apps, fast responses, summarization',
    );
  });
});
