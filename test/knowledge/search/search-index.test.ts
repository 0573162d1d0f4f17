import { describe, expect, it } from 'vitest';
import { buildSearchIndex, INDEX_FORMAT_VERSION, loadSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { createVocabulary } from '../../../src/knowledge/search/vocabulary.js';
import { fold, stem, words } from '../../../src/knowledge/search/text.js';
import { knowledgeBase, passage } from '../../core/fixture-kb.js';

const sections = (index: ReturnType<typeof buildSearchIndex>, text: string) =>
  index.search(index.analyzer.terms(text).map((term) => ({ term, weight: 1 }))).map((h) => h.passage.section);

describe('text and vocabulary', () => {
  it('splits compounds into parts and also keeps them joined', () => {
    expect(words(fold('Pre-trained GPT-5.1 on 200,000 tokens'))).toEqual(['pre', 'trained', 'pretrained', 'gpt', '5.1', 'gpt5.1', 'on', '200000', 'tokens']);
  });

  it.each([
    ['specialised', 'specialized'],
    ['optimisation', 'optimization'],
    ['analyse', 'analyze'],
    ['summarising', 'summarizing'],
  ])('stems the British %s like the American %s', (british, american) => {
    expect(stem(british)).toBe(stem(american));
  });

  it('leaves words that only end like -ise alone where the stem is short (noise, raise)', () => {
    expect(stem('noise')).toBe('nois');
    expect(stem('raise')).toBe('rais');
  });

  it("keeps a contraction's own word: we'll is not well", () => {
    expect(words(fold("We'll push data we can't share; it's fine"))).toEqual(['we', 'push', 'data', 'we', 'can', 'share', 'it', 'fine']);
    expect(words(fold('a 100k-token window'))).toEqual(['a', '100000', 'token', '100ktoken', 'window']);
  });

  it('reads words that name built-in object properties as plain words (constructor, toString)', () => {
    expect(words(fold('The constructor of toString and hasOwnProperty'))).toEqual(['the', 'constructor', 'of', 'tostring', 'and', 'hasownproperty']);
  });

  it('folds curly quotes, long dashes, backticks and thousands separators, in ASCII text and not', () => {
    expect(fold('It’s a “state‑of‑the‑art” model — 1,000,000 tokens')).toBe('it\'s a "state-of-the-art" model - 1000000 tokens');
    expect(fold('`Top` 1,234 and 5,67')).toBe("'top' 1234 and 5,67");
    expect(words(fold('50B+ params, C++ and $20m'))).toEqual(['50b', 'params', 'c++', 'and', '20000000']);
  });

  it('adds one canonical term for every synonym phrase, keeping the original words', () => {
    const vocabulary = createVocabulary([['on-prem', 'self-hosted', 'our own servers']]);
    const canonical = vocabulary.canonicalOf('on-prem');
    expect(canonical).toBeDefined();
    expect(vocabulary.expand(words(fold('run it on our own servers')))).toEqual(['run', 'it', 'on', 'our', 'own', 'servers', canonical]);
    expect(vocabulary.expand(words(fold('Self-hosted')))).toContain(canonical);
  });

  it('adds no synonym term for spellings that already stem alike, so such a word counts once', () => {
    const vocabulary = createVocabulary([['specialise', 'specialize', 'specialised'], ['calibrate', 'tune further']]);
    expect(vocabulary.canonicalOf('specialise')).toBeUndefined();
    expect(vocabulary.expand(words(fold('specialise it')))).toEqual(['specialise', 'it']);
    expect(vocabulary.expand(words(fold('calibrate it')))).toContain(vocabulary.canonicalOf('tune further'));
  });
});

describe('search index', () => {
  const kb = knowledgeBase({ synonyms: [['teleport', 'beam me up']] });
  const index = buildSearchIndex(kb);

  it('finds passages through synonyms, abbreviations and knowledge-base synonym groups', () => {
    expect(sections(index, 'turning noise into pictures')[0]).toBe('Diffusion models');
    expect(sections(index, 'generative adversarial network')[0]).toBe('Generative adversarial networks (GANs)');
    const extra = buildSearchIndex(knowledgeBase({ synonyms: [['teleport', 'beam me up']], passages: [passage('x.md', 'Teleporting', 'How to teleport safely.')] }));
    expect(sections(extra, 'beam me up')).toEqual(['Teleporting']);
  });

  it('meets "img", chat shorthand, on images', () => {
    const pics = buildSearchIndex(knowledgeBase({ passages: [passage('j.md', 'Note two', 'Each clip takes seconds to render.'), passage('i.md', 'Note one', 'Each image takes seconds to render.')] }));
    expect(sections(pics, 'how long does an img take to render')[0]).toBe('Note one');
  });

  it('meets "expensive" and "costly" on the cost of something', () => {
    const costs = buildSearchIndex(knowledgeBase({ passages: [passage('c.md', 'Note one', 'Each picture has a high compute cost.'), passage('d.md', 'Note two', 'Each picture is fun to make.')] }));
    expect(sections(costs, 'are pictures expensive?')[0]).toBe('Note one');
    expect(sections(costs, 'costly pictures')[0]).toBe('Note one');
  });

  it('indexes every catalog model as a passage', () => {
    expect(sections(index, 'Delta Flux')[0]).toBe('Delta Flux');
  });

  it('corrects a misspelt term to a known one, but not to a different first letter', () => {
    const [term] = index.analyzer.terms('difusion');
    expect(index.correct(term!)).toBe(index.analyzer.terms('diffusion')[0]);
    expect(index.correct(index.analyzer.terms('tiffusion')[0]!)).toBeUndefined();
  });

  it('does not take a longer word for a misspelling of its own beginning ("regular" is not "regul")', () => {
    const rules = buildSearchIndex(knowledgeBase({ passages: [passage('r.md', 'Rules', 'Regulated teams follow regulation.')], models: [] }));
    expect(rules.correct(rules.analyzer.terms('regular')[0]!)).toBeUndefined();
  });

  it('leaves a common English word as typed, though it is one letter from a known term ("clause" is not "Claude")', () => {
    const names = buildSearchIndex(knowledgeBase({ passages: [passage('c.md', 'Claude', 'Claude writes smaller summaries.')], models: [] }));
    const term = (w: string) => names.analyzer.terms(w)[0]!;
    expect(names.correct(term('clause'), 'clause')).toBeUndefined();
    expect(names.correct(term('smarter'), 'smarter')).toBeUndefined();
    // A misspelling is still corrected, with or without the typed word.
    expect(names.correct(term('cluade'), 'cluade')).toBe(term('claude'));
    expect(names.correct(term('clause'))).toBe(term('claude'));
  });

  it('returns the best hits first, ties in the order the passages were first matched, cut at the limit', () => {
    const same = buildSearchIndex(knowledgeBase({ passages: ['one', 'two', 'three', 'four'].map((n) => passage(`${n}.md`, `Note ${n}`, 'Pictures cost compute.')), models: [] }));
    const query = same.analyzer.terms('pictures compute').map((term) => ({ term, weight: 1 }));
    const all = same.search(query, { limit: 10 }).map((h) => h.passage.section);
    expect(all).toEqual(['Note one', 'Note two', 'Note three', 'Note four']);
    expect(same.search(query, { limit: 2 }).map((h) => h.passage.section)).toEqual(all.slice(0, 2));
  });

  it('answers a search made from inside another search\'s filter as if it were made alone', () => {
    const query = index.analyzer.terms('turning noise into pictures').map((term) => ({ term, weight: 1 }));
    const alone = index.search(query, { limit: 5 });
    const inner: string[][] = [];
    const outer = index.search(query, { limit: 5, filter: () => (inner.push(index.search(query, { limit: 5 }).map((h) => h.passage.id)), true) });
    expect(outer).toEqual(alone);
    for (const ids of inner) expect(ids).toEqual(alone.map((h) => h.passage.id));
  });

  it('rates terms no passage has above common ones', () => {
    expect(index.idf('zzzunknown')).toBeGreaterThan(index.idf(index.analyzer.terms('model')[0]!));
  });

  it('loads a saved index for the same knowledge and refuses a changed or older one', () => {
    const json = index.toJSON();
    const loaded = loadSearchIndex(json, kb);
    expect(loaded).toBeDefined();
    expect(sections(loaded!, 'turning noise into pictures')).toEqual(sections(index, 'turning noise into pictures'));
    expect(loadSearchIndex(json, { ...kb, hash: 'changed' })).toBeUndefined();
    expect(loadSearchIndex(json.replace(`"version":${INDEX_FORMAT_VERSION}`, '"version":0'), kb)).toBeUndefined();
    expect(loadSearchIndex('not json', kb)).toBeUndefined();
  });
});
