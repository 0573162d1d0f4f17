/**
 * A list asked "per the guide", "that the guide recommends", "just the names": words of where and how
 * the asker read the list, which neither rule out the documents' own list nor are shown as topics.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { createGuide } from '../../../src/core/index.js';

describe('words of where the asker read a list', () => {
  let guide: ReturnType<typeof createGuide>;
  beforeAll(async () => {
    guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
  });

  it.each(['the leading open source models according to the guide', 'best open-weight gen ai models the guide recommends', 'strongest open models in 2026, per that article'])(
    'give the documents\' own shortlist, not every open model of the catalog: %j',
    (question) => {
      const a = guide.ask({ text: question, history: [] });
      expect(a.text).toMatch(/four leading open-source generative AI models/);
      expect(a.text).not.toContain('Code Llama');
    },
  );

  it('"names only" lists the documents\' list by name, without what each item does', () => {
    const a = guide.ask({ text: 'the leading video generation models, names only', history: [] });
    expect(a.text).toMatch(/^The three \*\*leading video/);
    expect(a.text.split('\n').slice(1)).toEqual(['- Sora 2 (OpenAI)', '- Veo 3 (Google)', '- Runway Gen-3 (Runway)']);
  });
});
