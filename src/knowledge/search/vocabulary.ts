import type { SynonymGroup } from '../types.js';
import { fold, stem, words } from './text.js';

/**
 * Phrases people use interchangeably. Any variant found in a text (document or question) adds the
 * group's canonical term, so "on-prem", "self-hosted" and "our own servers" all meet on one term.
 * A knowledge folder can add groups in a `synonyms:` YAML file.
 */
export const DEFAULT_SYNONYMS: readonly SynonymGroup[] = [
  ['on-premise', 'on-prem', 'on prem', 'on-premises', 'on premise', 'self-hosted', 'self-host', 'self hosting', 'self-hostable',
    'host it ourselves', 'host ourselves', 'our own servers', 'own servers', 'own infrastructure', 'own hardware', 'our own hardware',
    'private deployment', 'private infrastructure', 'run locally', 'locally', 'in-house', 'on our servers', 'air-gapped'],
  ['open source', 'open-source', 'opensource', 'open weights', 'open-weight', 'open-weights', 'open weight', 'weights publicly', 'downloadable weights'],
  ['proprietary', 'closed', 'closed-source', 'closed source', 'closed model'],
  ['image', 'picture', 'photo', 'imagery', 'illustration', 'visual', 'pic', 'pics', 'img', 'imgs'],
  ['video', 'footage', 'clip', 'movie'],
  ['audio', 'sound', 'music', 'speech', 'voice'],
  ['llm', 'large language model', 'language model'],
  ['gan', 'generative adversarial network', 'generative adversarial'],
  ['vae', 'variational autoencoder', 'variational auto-encoder', 'variational autoencoders'],
  ['rag', 'retrieval-augmented generation', 'retrieval augmented generation', 'retrieval augmentation', 'retrieval-augmented'],
  ['moe', 'mixture of experts', 'mixture-of-experts'],
  ['lora', 'low-rank adaptation', 'low rank adaptation'],
  ['rlhf', 'reinforcement learning from human feedback', 'human feedback'],
  ['fine-tune', 'fine-tuning', 'finetune', 'finetuning', 'fine tune', 'fine tuning', 'fine-tuned', 'fine-tuneable', 'fine-tunable',
    'train on our data', 'train it on our data', 'adapt it'],
  ['hallucination', 'hallucinate', 'make things up', 'makes things up', 'making things up', 'made up', 'make stuff up', 'fabricate', 'confabulate'],
  ['cheap', 'cheapest', 'cheaper', 'low cost', 'lowest cost', 'low-cost', 'budget', 'inexpensive', 'affordable', 'cost-efficient',
    'cost efficient', 'cost-effective', 'least expensive'],
  ['fast', 'faster', 'fastest', 'quick', 'quickly', 'snappy', 'low latency', 'low-latency', 'speed', 'responsive', 'real-time', 'real time'],
  ['code', 'coding', 'programming', 'software development', 'source code', 'codebase', 'repo', 'repository', 'dev tools', 'dev tooling',
    'developer tools', 'developer tooling', 'software engineering', 'coding assistant', 'coding assistants', 'coding agent', 'coding agents'],
  ['context window', 'context length', 'context size', 'context windows', 'token limit', 'how much text'],
  ['price', 'pricing', 'cost', 'costs', 'how much does', 'per 1m', 'per million', 'expensive', 'costly', 'pricey', 'pricier'],
  ['prompt fidelity', 'prompt adherence', 'follows the prompt', 'follow the prompt', 'sticking to the prompt', 'stick to the prompt',
    'sticks to the prompt', 'following prompts', 'follows prompts', 'compositional accuracy'],
  ['multimodal', 'multi-modal', 'multiple modalities', 'mixed media', 'mixed-media'],
  ['reasoning', 'reason', 'thinking', 'think step by step'],
  ['chatbot', 'chat bot', 'assistant', 'conversational'],
  ['ai', 'artificial intelligence'],
  ['long document', 'long documents', 'long context', 'long-context', 'lengthy documents', 'large documents', 'big documents', 'whole books'],
  ['tabular', 'table data', 'spreadsheet', 'records', 'transaction records', 'tabular data'],
  ['aesthetic', 'aesthetics', 'beautiful', 'artistic quality', 'visual quality', 'best looking'],
  ['parameter', 'parameters', 'param', 'params', 'weights', 'parameter count'],
  ['proof of concept', 'proofs of concept', 'proof-of-concept', 'poc', 'pocs'],
  ['infrastructure', 'infra'],
  ['certification', 'certifications', 'certificate', 'certificates', 'cert', 'certs', 'certified'],
  ['share', 'slice', 'market share', 'portion'],
  ['limitation', 'limitations', 'challenge', 'challenges', 'hardest part', 'hard part', 'hard bit', 'tricky part', 'tricky bit', 'trickiest part', 'trickiest bit', 'tough part', 'toughest part', 'gotcha', 'gotchas', 'difficulty', 'difficult', 'problem', 'problems',
    'issue', 'issues', 'drawback', 'drawbacks', 'downside', 'downsides', 'weakness', 'weaknesses', 'struggle', 'barrier', 'barriers'],
  ['analyze', 'analyse', 'analysis', 'analyzing', 'analysing', 'analyzes', 'analyses'],
  ['use case', 'use cases', 'used for', 'uses', 'applications', 'application', 'useful for', 'good for', 'what for', 'applied to'],
  ['example', 'examples', 'for example', 'for instance', 'such as', 'exemplified', 'notable members'],
  ['benchmark', 'score', 'scored', 'leaderboard'],
  // How much a thing is taken up, in the words superlatives put it ("most widely deployed" is "most used").
  ['widely deployed', 'widely used', 'most used', 'most deployed', 'widely adopted', 'most adopted', 'most popular', 'popular',
    'commonly used', 'most widespread', 'widespread'],
  ['regulated', 'compliance', 'compliant', 'hipaa', 'gdpr', 'regulatory'],
  // Needs put in other words than the documents use: what upscaling, anomaly detection, agentic and
  // math LLMs and world models are for, in the words people ask for them.
  ['upscaling', 'upscale', 'upscaler', 'upscalers', 'super-resolution', 'push resolution', 'higher resolution', 'bigger resolution',
    'increase resolution', 'increase the resolution', 'boost resolution', 'more resolution', 'low res', 'low-res', 'low resolution'],
  ['anomaly detection', 'anomaly', 'anomalies', 'outlier', 'outliers', 'outlier detection', 'fraud', 'fraud detection',
    'spot weird', 'flag weird', 'spot odd', 'flag odd', 'spot unusual', 'flag unusual'],
  ['agentic llm', 'agentic llms', 'agentic model', 'agentic models', 'ai agent', 'ai agents', 'tool calling', 'function calling', 'tool use',
    'call apis', 'call our apis', 'calls apis', 'take actions', 'takes actions', 'taking actions', 'click around', 'browse the web', 'browses the web'],
  ['world model', 'world models', 'virtual world', 'virtual worlds', 'game world', 'game worlds', '3d world', '3d worlds'],
  ['math', 'maths', 'mathematical', 'mathematics'],
  ['proof assistant', 'proof assistants', 'formal proof', 'formal proofs', 'mathematical proofs', 'theorem proving', 'theorem prover', 'prove theorems'],
  // A language named is a need for a model that speaks more than English: the documents call it multilingual.
  ['multilingual', 'many languages', 'multiple languages', 'several languages', 'other languages', 'non-english', 'non english',
    'languages other than english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'polish', 'swedish', 'danish',
    'norwegian', 'finnish', 'greek', 'czech', 'romanian', 'hungarian', 'turkish', 'russian', 'ukrainian', 'arabic', 'hebrew', 'hindi',
    'bengali', 'urdu', 'japanese', 'chinese', 'mandarin', 'cantonese', 'korean', 'vietnamese', 'thai', 'indonesian', 'malay',
    'tagalog', 'swahili', 'persian', 'farsi'],
  ['privacy', 'private data', 'sensitive data', 'confidential', "can't be shared", 'cannot be shared', 'not shared', "can't share",
    'cannot share', "can't send", 'cannot send', "can't leave", 'third-party api', 'third party', 'data privacy', 'data protection'],
];

/**
 * Words a need is put in that the documents put otherwise, built in for any knowledge folder: they
 * answer each other without meaning the same ("make my pics sharper afterwards" is met by "upscaling
 * … recovering sharp detail"), so they count for less than the question's own words.
 */
export const DEFAULT_RELATED: readonly SynonymGroup[] = [
  ['upscale', 'sharper', 'sharpen', 'sharpening', 'sharp detail', 'crisper', 'enlarge'],
  ['anomaly', 'anomalous', 'suspicious', 'abnormal', 'unusual data', 'unusual activity', 'unusual behaviour', 'unusual behavior', 'fraudulent'],
  ['agentic', 'interface with tools', 'use tools', 'uses tools', 'with tools', 'web-based tasks', 'multi-step actions', 'on its own', 'autonomously'],
  ['world model', 'explorable', 'simulate', 'simulation', 'simulations', 'virtual environment', 'virtual environments', 'video-game-like', 'digital worlds'],
];

interface Phrase {
  stems: string[];
  canonical: string;
}

/** Prefix that marks a canonical synonym term: never stemmed, never fuzzy-matched. */
export const CANONICAL_PREFIX = '~';

export interface Vocabulary {
  /** Word tokens plus one canonical term for every synonym phrase found in them. */
  expand(tokens: readonly string[]): string[];
  /** The canonical term for a phrase, if it belongs to a group. */
  canonicalOf(phrase: string): string | undefined;
  /** Canonical terms of the groups whose phrases contain this (stemmed) word. */
  groupsOfWord(stemmed: string): readonly string[];
}

/** Prefix of a related-words term (`related:` groups): matched like a synonym, weighed less by questions. */
export const RELATED_PREFIX = '~≈';

/**
 * Synonym groups (`~` terms) and, optionally, related-word groups (`~≈` terms: words that answer
 * each other without meaning the same, like "behind" and "caught up"), in one vocabulary.
 */
export function createVocabulary(groups: readonly SynonymGroup[] = DEFAULT_SYNONYMS, related: readonly SynonymGroup[] = []): Vocabulary {
  const synonyms = createLayer(groups, CANONICAL_PREFIX);
  if (related.length === 0) return synonyms;
  const relatedLayer = createLayer(related, RELATED_PREFIX);
  return {
    expand: (tokens) => [...synonyms.expand(tokens), ...relatedLayer.expand(tokens).slice(tokens.length)],
    canonicalOf: (phrase) => synonyms.canonicalOf(phrase) ?? relatedLayer.canonicalOf(phrase),
    groupsOfWord: (stemmed) => [...synonyms.groupsOfWord(stemmed), ...relatedLayer.groupsOfWord(stemmed)],
  };
}

function createLayer(groups: readonly SynonymGroup[], prefix: string): Vocabulary {
  const byFirst = new Map<string, Phrase[]>();
  const byPhrase = new Map<string, string>();
  const canonicalByKey = new Map<string, string>();
  const groupsByWord = new Map<string, string[]>();

  for (const group of groups) {
    // "on-prem" is also written "onprem": the joined spelling is one more variant.
    const spellings = group.flatMap((v) => (v.includes('-') ? [v, v.replace(/-/g, '')] : [v]));
    const variants = spellings.map((v) => words(fold(v), false).map(stem)).filter((s) => s.length > 0);
    if (variants.length === 0) continue;
    // Spellings that all stem alike ("specialise", "specialised") are one index term already: such a
    // group would only count the word twice, outweighing the question's other words.
    if (new Set(variants.map((s) => s.join(' '))).size === 1) continue;
    // Groups sharing a variant merge onto the first group's canonical term.
    const existing = variants.map((s) => canonicalByKey.get(s.join(' '))).find(Boolean);
    const canonical = existing ?? prefix + variants[0]!.join('_');
    for (const stems of variants) {
      const key = stems.join(' ');
      if (canonicalByKey.has(key)) continue;
      canonicalByKey.set(key, canonical);
      byPhrase.set(key, canonical);
      for (const w of stems) if (!(groupsByWord.get(w) ?? []).includes(canonical)) groupsByWord.set(w, [...(groupsByWord.get(w) ?? []), canonical]);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, canonical });
      byFirst.set(stems[0]!, list);
    }
  }

  return {
    expand(tokens) {
      const out = [...tokens];
      const stems = tokens.map(stem);
      const seen = new Set<string>();
      for (let i = 0; i < stems.length; i++) {
        const candidates = byFirst.get(stems[i]!);
        if (!candidates) continue;
        for (const { stems: phrase, canonical } of candidates) {
          if (seen.has(canonical) || i + phrase.length > stems.length) continue;
          let ok = true;
          for (let j = 1; j < phrase.length && ok; j++) ok = stems[i + j] === phrase[j];
          if (ok) {
            out.push(canonical);
            seen.add(canonical);
          }
        }
      }
      return out;
    },
    groupsOfWord: (stemmed) => groupsByWord.get(stemmed) ?? [],
    canonicalOf(phrase) {
      return byPhrase.get(words(fold(phrase), false).map(stem).join(' '));
    },
  };
}
