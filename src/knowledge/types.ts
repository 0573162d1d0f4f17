import type { CatalogModel } from './catalog-schema.js';

export type { CatalogModel } from './catalog-schema.js';

/** A catalog model with where it was loaded from (set by the loader; used to cite it). */
export interface CatalogEntry extends CatalogModel {
  /** Path of the catalog file relative to the knowledge folder. */
  path?: string;
}

/** Where a document's facts come from (front matter `source:`), e.g. the article it summarises. */
export interface SourceRef {
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  date?: string;
}

export type DocumentFormat = 'markdown' | 'text' | 'yaml' | 'html' | 'pdf' | 'docx';

/**
 * What a section says about its subject, read from its heading ("How VAEs work" → how,
 * "What GANs are used for" → uses, "Limitations of diffusion models" → limitations).
 */
export const ASPECTS = ['definition', 'how', 'uses', 'limitations', 'examples', 'history', 'tradeoffs', 'comparison', 'types', 'why', 'cost', 'choosing', 'references'] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * What kind of thing a concept is; recommendations pick among concepts of the kind asked for. A
 * metric is a production measurement (latency, uptime), watched beside a benchmark's score.
 */
export const CONCEPT_KINDS = ['model-type', 'technique', 'setting', 'deployment', 'size-class', 'benchmark', 'metric', 'concept', 'organisation', 'product'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/** A concept a document declares in its front matter (`concepts:`). */
export interface ConceptDeclaration {
  name: string;
  aliases: string[];
  kind?: ConceptKind;
  /** The concept this one is a kind of (another declared concept's name). */
  broader?: string;
  /** The declaring document's path. */
  path: string;
}

/** One loaded file. */
export interface KnowledgeDocument {
  /** Stable id: the path relative to the knowledge folder, with forward slashes. */
  id: string;
  /** Path relative to the knowledge folder (what answers cite). */
  path: string;
  title: string;
  url?: string;
  sources: SourceRef[];
  tags: string[];
  format: DocumentFormat;
}

/** A retrievable unit: one section of a document (split by headings, or paragraphs in plain text). */
export interface Passage {
  /** `${docId}#${n}`: unique within a knowledge base. */
  id: string;
  docId: string;
  path: string;
  docTitle: string;
  /** Heading path from the document's top heading down to this section. */
  headings: string[];
  /** The nearest heading (or the document title for text before the first heading). */
  section: string;
  /** Clean plain text (Markdown emphasis, lists and links may remain). */
  text: string;
  /**
   * Where this section can be read: an HTML export's canonical link (with the heading's anchor when it
   * has one), else the document's URL.
   */
  url?: string;
  /** PDF only: the 1-based page the passage's text starts on. */
  page?: number;
  tags: string[];
  /** Terms this passage defines (front matter `defines:` or a heading naming a term); boosted in search. */
  defines: string[];
  /** What the section says about its subject, from its heading; absent when the heading says nothing about it. */
  aspect?: Aspect;
  /** The subject its heading names, without the aspect's wording ("How VAEs work" → "VAEs"). */
  topic?: string;
  /** The article this section's facts come from (a multi-source document's `<!-- source: … -->` marker, or its only source). */
  source?: SourceRef;
}

/** Groups of interchangeable words or phrases, e.g. ["on-prem", "on-premise", "self-hosted"]. */
export type SynonymGroup = string[];

export interface LoadProblem {
  path: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Everything loaded from one knowledge folder. Immutable once built. */
export interface KnowledgeBase {
  dir: string;
  documents: KnowledgeDocument[];
  passages: Passage[];
  models: CatalogEntry[];
  synonyms: SynonymGroup[];
  /** Related-word groups (`related:` in a synonyms file): words that answer each other, weighed less than synonyms. */
  related?: SynonymGroup[];
  /** Concepts declared in documents' front matter. */
  concepts?: ConceptDeclaration[];
  problems: LoadProblem[];
  loadedAt: Date;
  /** Hash over the loaded files' paths and contents: identifies this version of the knowledge. */
  hash: string;
}
