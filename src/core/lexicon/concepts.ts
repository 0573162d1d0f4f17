/**
 * Concepts as the core answers from them: every name a concept goes by, the section that defines
 * it, and its sections by aspect (how it works, what it is used for, its limitations…).
 *
 * Built from two things any knowledge folder has or may have: the terms passages define (headings,
 * bold terms) and the aspects their headings announce ("How VAEs work"), plus, where a document
 * declares them, `concepts:` in its front matter (aliases, kind, broader concept).
 */
import type { Aspect, ConceptKind, KnowledgeBase, Passage, SynonymGroup } from '../../knowledge/types.js';
import { createPhraseDictionary, linkTokens, type PhraseDictionary } from './phrases.js';

export interface Concept {
  /** Stable key: the primary name's stems. */
  id: string;
  /** How answers name it: the declared name, or the defining heading's term. */
  name: string;
  names: string[];
  kind?: ConceptKind;
  broader?: Concept;
  narrower: Concept[];
  /** The section that defines it (its first sentence defines the concept). */
  defining?: Passage;
  /** Sections about one aspect of it, in knowledge order. */
  aspects: Map<Aspect, Passage[]>;
  /** Every passage that defines it or is about an aspect of it. */
  passages: Passage[];
}

export interface ConceptTable {
  readonly concepts: readonly Concept[];
  readonly dictionary: PhraseDictionary<Concept>;
  /** The concepts a passage is about (it defines them, or its heading's topic names them). */
  about(passage: Passage): readonly Concept[];
}

const keyOf = (name: string) => linkTokens(name).filter((t) => !['a', 'an', 'the'].includes(t)).join(' ');

/** "Generative adversarial networks (GANs)": the two names of one concept. */
function headingAliases(section: string): [string, string] | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(section.replace(/^(?:type|step|stage)\s*\d+\s*[:.-]\s*/i, ''));
  return m ? [m[1]!.trim().toLowerCase(), m[2]!.trim().toLowerCase()] : undefined;
}

/** Heads that a name can drop without losing what it names. */
const HEADS = /\s+(?:models?|networks?|llms?|systems?|architectures?)$/i;
/** Modifiers too general to name a concept on their own. */
const GENERAL = new Set(
  'base chat open large small medium code coding text image images video audio world math vision frontier foundation language generative traditional predictive specialised specialized ai proprietary closed leading top best other new general main custom fine-tuned pre-trained trained thinking'.split(' '),
);

function headless(name: string): string | undefined {
  // "model family" → "family", "model architecture" → "architecture": a generic first word dropped.
  const lead = /^(?:model|ai|llm)\s+([a-z][a-z-]{4,})$/i.exec(name.trim());
  if (lead && !GENERAL.has(lead[1]!.toLowerCase())) return lead[1];
  if (!HEADS.test(name)) return undefined;
  const bare = name.replace(HEADS, '').trim();
  const words = bare.toLowerCase().split(/\s+/);
  if (!bare || words.every((w) => GENERAL.has(w)) || (words.length === 1 && words[0]!.length < 5)) return undefined;
  return bare;
}

export function buildConceptTable(kb: Pick<KnowledgeBase, 'concepts'>, passages: readonly Passage[], synonyms: readonly SynonymGroup[] = []): ConceptTable {
  const byKey = new Map<string, Concept>();
  const concepts: Concept[] = [];
  const create = (name: string): Concept => {
    const concept: Concept = { id: keyOf(name), name, names: [], narrower: [], aspects: new Map(), passages: [] };
    concepts.push(concept);
    return concept;
  };
  const addName = (concept: Concept, name: string) => {
    const key = keyOf(name);
    if (!key || byKey.has(key)) return;
    byKey.set(key, concept);
    concept.names.push(name);
  };

  for (const d of kb.concepts ?? []) {
    const concept = byKey.get(keyOf(d.name)) ?? create(d.name);
    if (d.kind) concept.kind ??= d.kind;
    for (const name of [d.name, ...d.aliases]) addName(concept, name);
  }
  for (const d of kb.concepts ?? []) {
    const concept = byKey.get(keyOf(d.name));
    const broader = d.broader ? byKey.get(keyOf(d.broader)) : undefined;
    if (concept && broader && broader !== concept && !concept.broader) {
      concept.broader = broader;
      broader.narrower.push(concept);
    }
  }

  const aboutPassage = new Map<string, Concept[]>();
  const link = (passage: Passage, concept: Concept) => {
    const list = aboutPassage.get(passage.id) ?? [];
    if (!list.includes(concept)) list.push(concept);
    aboutPassage.set(passage.id, list);
    if (!concept.passages.includes(passage)) concept.passages.push(passage);
  };

  // Terms a passage defines: one concept per term, except a heading's "X (Y)" pair, which is one.
  for (const passage of passages) {
    if (passage.defines.length === 0 || (passage.aspect && passage.aspect !== 'definition')) continue;
    const pair = headingAliases(passage.section);
    const groups: string[][] = [];
    for (const term of passage.defines) {
      // "Llama 3.3 (open weights)": a model's name and a property, not two names of one thing.
      const versioned = pair?.some((t) => /\d/.test(t)) ?? false;
      const group = pair && !versioned && pair.includes(term) ? groups.find((g) => g.some((t) => pair.includes(t))) : undefined;
      if (group) group.push(term);
      else groups.push([term]);
    }
    for (const group of groups) {
      const concept = group.map((t) => byKey.get(keyOf(t))).find(Boolean) ?? create(group[0]!);
      for (const term of group) addName(concept, term);
      concept.defining ??= passage;
      link(passage, concept);
    }
  }

  // A synonym group that holds a concept's name names the concept in all its phrases ("make stuff up").
  for (const group of synonyms) {
    const concept = group.map((v) => byKey.get(keyOf(v))).find(Boolean);
    if (concept) for (const v of group) if (!byKey.has(keyOf(v))) addName(concept, v);
  }
  // A long section is split into several passages: all of them are about what its heading names.
  const sectionKey = (p: Passage) => `${p.docId}\u0000${p.headings.join('\u0000')}`;
  const bySection = new Map<string, Concept[]>();
  for (const p of passages) if (aboutPassage.has(p.id)) bySection.set(sectionKey(p), aboutPassage.get(p.id)!);
  for (const p of passages) {
    const owners = bySection.get(sectionKey(p));
    if (owners && !aboutPassage.has(p.id)) for (const c of owners) link(p, c);
  }
  const dictionary = createPhraseDictionary<Concept>();
  for (const concept of concepts) for (const name of concept.names) dictionary.add(name, concept);
  // "diffusion" for "diffusion models", "agentic" for "agentic LLMs": a distinctive modifier names its concept alone.
  for (const concept of concepts) {
    for (const name of concept.names) {
      const bare = headless(name);
      if (bare && !byKey.has(keyOf(bare))) dictionary.add(bare, concept);
    }
  }

  // Aspect sections go to the concepts their heading's topic names ("How VAEs work" → VAE).
  for (const passage of passages) {
    if (!passage.aspect) continue;
    const named = passage.topic ? dictionary.find(linkTokens(passage.topic)).map((m) => m.value) : [];
    const defined = passage.defines.map((t) => byKey.get(keyOf(t))).filter((c): c is Concept => c !== undefined);
    for (const concept of new Set([...named, ...defined])) {
      const list = concept.aspects.get(passage.aspect) ?? [];
      list.push(passage);
      concept.aspects.set(passage.aspect, list);
      if (passage.aspect === 'definition') concept.defining ??= passage;
      link(passage, concept);
    }
  }

  return { concepts: concepts.filter((c) => c.names.length > 0), dictionary, about: (p) => aboutPassage.get(p.id) ?? [] };
}
