/**
 * The articles behind the knowledge, as things a question can name: "who wrote the Space-O guide",
 * "when was the osai overview published". An article is a front matter source (title, publisher,
 * author, date, url) or a document that is its own source; it is named by its title, its publisher,
 * its URL's host name, or most of its title's words.
 */
import { fold, words } from '../../knowledge/search/text.js';
import type { KnowledgeDocument, Passage, SourceRef } from '../../knowledge/types.js';
import { createPhraseDictionary, linkTokens, type PhraseDictionary } from './phrases.js';

export interface Article {
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  url?: string;
  /** Documents of the knowledge base that draw on it. */
  documents: KnowledgeDocument[];
  /** Content stems of its title, for loose mentions ("the model types overview"). */
  titleStems: Set<string>;
}

export interface ArticleTable {
  readonly articles: readonly Article[];
  /** Articles a text names, best first. */
  find(text: string): Article[];
}

/** Words too common in titles and publisher names to identify an article on their own. */
const GENERIC = new Set(
  linkTokens(
    'a an the of to and for in on with how what is are your guide complete overview blog post article explainer introduction intro types examples choose ai model models generative technologies technology inc ltd platform company',
  ),
);
/** Words that say the question is about an article, not a topic: "the … guide", "that post". */
const ARTICLE_WORDS = /\b(?:guide|article|post|blog|overview|explainer|write-?up|piece|paper|report|source|doc|document)s?\b/i;
/** Asking who wrote or put out an article, or where it is from: the article may be named by what it covers. */
/**
 * "The guide", "that overview": an article word said of one article, not a guide to something
 * ("the guide to prompting" names no article of ours).
 */
const THE_ARTICLE = /\b(?:the|that|this|your)\s+(guide|article|post|overview|explainer|write-?up|piece|paper|report)\b(?!\s+(?:to|on|for|about|of)\b)/gi;
const ASKS_PROVENANCE = /\bwho (?:wrote|writes|authored|published|publishes|is behind|put (?:it|that|this) out)\b|\bauthors?\b|\bwritten by\b|\bpublisher\b|\bwhich (?:web ?site|site|blog|company|org\w*|outlet|publication)\b|\bwhat (?:web ?site|site|org\w*|company)\b|\bwhere (?:is|was|does|did) (?:it|that|this|the)\b.*\bfrom\b|\bwhen was (?:it|that|this|the)\b.*\b(?:published|written|posted)\b/i;

const contentStems = (text: string) => new Set(linkTokens(text).filter((t) => t.length > 1 && !GENERIC.has(t)));

function hostWords(url: string | undefined): string[] {
  const host = url ? /^https?:\/\/(?:www\.)?([^/]+)/i.exec(url)?.[1] : undefined;
  if (!host) return [];
  const name = host.replace(/\.[a-z]{2,}$/i, '');
  return [name.replace(/[-.]/g, ' '), name.split(/[-.]/)[0]!].filter((w) => w.length > 2);
}

function sameArticle(a: SourceRef, b: SourceRef): boolean {
  const t = (s?: string) => s?.toLowerCase().replace(/^(?:a|an|the)\s+/, '').trim();
  return !!a.title && t(a.title) === t(b.title);
}

/**
 * Words only one article uses, and uses often ("Space-O" in the Space-O guide): "the space-o guide"
 * names that article even when its title does not say so. Computed on first need.
 */
function distinctiveWords(articles: readonly Article[], passages: readonly Passage[]): Map<string, Article> {
  const counts = new Map<string, Map<Article, number>>();
  for (const article of articles) {
    const docs = new Set(article.documents.filter((d) => d.sources.length === 1).map((d) => d.id));
    for (const p of passages) {
      if (!docs.has(p.docId)) continue;
      for (const w of words(fold(`${p.section} ${p.text}`))) {
        if (w.length < 4 || /^\d/.test(w)) continue;
        const byArticle = counts.get(w) ?? new Map<Article, number>();
        byArticle.set(article, (byArticle.get(article) ?? 0) + 1);
        counts.set(w, byArticle);
      }
    }
  }
  // A word counts only when no other document of the knowledge uses it.
  const elsewhere = new Set<string>();
  const owned = new Set(articles.flatMap((a) => a.documents.filter((d) => d.sources.length === 1).map((d) => d.id)));
  for (const p of passages) if (!owned.has(p.docId)) for (const w of words(fold(p.text))) elsewhere.add(w);
  const out = new Map<string, Article>();
  for (const [w, byArticle] of counts) {
    if (byArticle.size !== 1 || elsewhere.has(w)) continue;
    const [article, n] = [...byArticle][0]!;
    if (n >= 3) out.set(w, article);
  }
  return out;
}

/** How often each content stem occurs in the passages each article's facts come from (a passage's own source, or its document's only one), per passage. */
function articleVocabularies(articles: readonly Article[], passages: readonly Passage[]): Map<Article, Map<string, number>> {
  const counts = new Map<Article, Map<string, number>>(articles.map((a) => [a, new Map<string, number>()]));
  const sizes = new Map<Article, number>();
  const byDoc = new Map<string, Article>();
  for (const a of articles) for (const d of a.documents) if (d.sources.length === 1) byDoc.set(d.id, a);
  for (const p of passages) {
    const article = (p.source && articles.find((a) => sameArticle(a, p.source!))) ?? byDoc.get(p.docId);
    if (!article) continue;
    sizes.set(article, (sizes.get(article) ?? 0) + 1);
    const vocabulary = counts.get(article)!;
    for (const stem of contentStems(`${p.section} ${p.text}`)) vocabulary.set(stem, (vocabulary.get(stem) ?? 0) + 1);
  }
  for (const [a, vocabulary] of counts) for (const [stem, n] of vocabulary) vocabulary.set(stem, n / (sizes.get(a) ?? 1));
  return counts;
}

/**
 * The article whose passages use the question's content words most, each word shared out among the
 * articles by how densely each uses it; only a clear winner, so two articles covering the same
 * ground name neither.
 */
function byContent(vocabularies: Map<Article, Map<string, number>>, stems: Set<string>): Article[] {
  const scores = new Map<Article, number>();
  for (const stem of stems) {
    const densities = [...vocabularies].map(([a, v]) => [a, v.get(stem) ?? 0] as const);
    const total = densities.reduce((sum, [, d]) => sum + d, 0);
    if (total === 0) continue;
    for (const [a, d] of densities) scores.set(a, (scores.get(a) ?? 0) + d / total);
  }
  const ranked = [...scores].sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  return best && (!second || best[1] >= 1.4 * second[1]) ? [best[0]] : [];
}

export function buildArticleTable(documents: readonly KnowledgeDocument[], passages: readonly Passage[] = []): ArticleTable {
  const articles: Article[] = [];
  for (const doc of documents) {
    for (const source of doc.sources) {
      const existing = articles.find((a) => sameArticle(a, source));
      if (existing) {
        existing.publisher ??= source.publisher;
        existing.author ??= source.author;
        existing.date ??= source.date;
        existing.url ??= source.url;
        if (!existing.documents.includes(doc)) existing.documents.push(doc);
        continue;
      }
      if (!source.title) continue;
      articles.push({ ...source, title: source.title, documents: [doc], titleStems: contentStems(source.title) });
    }
  }
  const dictionary: PhraseDictionary<Article> = createPhraseDictionary();
  const titleNames = new Set<string>();
  for (const a of articles) {
    for (const title of [a.title, a.title.replace(/^(?:a|an|the)\s+/i, '').replace(/[:(].*$/, '')]) {
      dictionary.add(title, a);
      titleNames.add(a.title + '\u0000' + linkTokens(title).filter((t, i) => i > 0 || !['a', 'an', 'the'].includes(t)).join(' '));
    }
    for (const name of [a.publisher, a.publisher?.replace(/\b(?:blog|technologies|platform|inc\.?|ltd\.?)\s*$/i, '').trim()]) {
      if (name && contentStems(name).size > 0) dictionary.add(name, a);
    }
    // "Space-O Technologies" is "space-o" in chat; "European Open Source AI Index blog" is "the index".
    const distinctive = a.publisher ? [...contentStems(a.publisher)] : [];
    if (distinctive.length === 1) dictionary.add(distinctive[0]!, a);
    for (const host of hostWords(a.url)) dictionary.add(host, a);
  }

  const titleWords = new Map(articles.map((a) => [a, new Set(words(fold(a.title)))]));
  let distinctive: Map<string, Article> | undefined;
  let vocabularies: Map<Article, Map<string, number>> | undefined;
  return {
    articles,
    find(text) {
      const tokens = linkTokens(text);
      // A title like "What is an AI model?" is also a question: it names the article only when the
      // message speaks of an article ("the … post"); a publisher's or site's name always does.
      const aboutArticle = ARTICLE_WORDS.test(text);
      const named = dictionary.find(tokens).filter((m) => aboutArticle || !titleNames.has(m.value.title + '\u0000' + tokens.slice(m.start, m.end).join(' '))).map((m) => m.value);
      const found = [...new Set(named)];
      if (found.length > 0 || !ARTICLE_WORDS.test(text)) return found;
      distinctive ??= distinctiveWords(articles, passages);
      const owned = words(fold(text)).map((w) => distinctive!.get(w)).filter((a): a is Article => a !== undefined);
      if (owned.length > 0) return [...new Set(owned)];
      // "that model types overview": most of a title's distinctive words, next to a word like "overview".
      const stems = new Set(tokens);
      const scored = articles
        .map((a) => ({ a, share: a.titleStems.size ? [...a.titleStems].filter((s) => stems.has(s)).length / a.titleStems.size : 0 }))
        .filter((x) => x.share >= 0.6)
        .sort((x, y) => y.share - x.share);
      if (scored.length > 0) return scored.map((x) => x.a);
      // "The overview", "the guide": the one article whose own title calls it that.
      const called = new Set([...text.matchAll(THE_ARTICLE)].map((m) => m[1]!.toLowerCase()));
      const titled = articles.filter((a) => [...called].some((w) => titleWords.get(a)!.has(w)));
      if (titled.length === 1) return titled;
      if (!ASKS_PROVENANCE.test(text)) return [];
      // "who wrote the article that walks through base, instruct and reasoning models?": named by what it covers.
      vocabularies ??= articleVocabularies(articles, passages);
      return byContent(vocabularies, contentStems(text));
    },
  };
}
