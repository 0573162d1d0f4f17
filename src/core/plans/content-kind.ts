/**
 * The kind of content a question asks a model to make or read, in words: as a pick's reason ("it
 * makes images from a text prompt"), in a refusal ("no model that makes video"), and in the caveat
 * for a hard need no model of that kind meets ("none of them has open weights").
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { CONTENT_WORDS } from '../understand/content-words.js';
import type { CategoryMention, Understanding } from '../understand/types.js';
import type { Pick } from './pick-model.js';

const CONTENT = (category: CategoryMention['category']): string => CONTENT_WORDS[category].noun;

/** "it makes images", "it reads audio": what the model does with the kind of content asked, as its catalog entry says. */
export function kindReason(model: CatalogEntry, mentions: readonly CategoryMention[]): string | undefined {
  for (const c of mentions) {
    const noun = CONTENT(c.category);
    const media = c.category === 'image' || c.category === 'video' || c.category === 'audio';
    if (!media) continue;
    if (c.direction === 'input' && model.modalities.input.includes(c.category)) return `it reads ${noun}`;
    if (c.direction !== 'input' && (model.modalities.output.includes(c.category) || (model.categories as readonly string[]).includes(c.category))) return `it makes ${noun}${model.modalities.input.includes('text') ? ' from a text prompt' : ''}`;
  }
  return undefined;
}

/** "A model that makes video": the kind of content a question asks a model to make or read, in words. */
export function kindWanted(mentions: readonly CategoryMention[]): string | undefined {
  const c = mentions.find((m) => m.category !== 'text') ?? mentions[0];
  return c ? `${c.direction === 'input' ? 'reads' : c.category === 'documents' ? 'reads' : 'makes'} ${CONTENT(c.category)}` : undefined;
}

/** "None of the models in my documents that make video has open weights… The closest fit: ": the hard needs the pick fails, before it is named. */
export function unmetNeeds(u: Understanding, top: Pick): string | undefined {
  if (top.unmet.length === 0) return undefined;
  const kind = u.categories.length > 0 ? ` that ${kindWanted(u.categories)?.replace(/^(\w+)s\b/, '$1')}` : '';
  const parts: string[] = [];
  if (top.unmet.includes('open weights')) parts.push(`None of the models in my documents${kind} has open weights, so none of them runs on your own infrastructure.`);
  if (top.unmet.includes('context') && u.constraints.contextTokens) {
    parts.push(`No model in my documents${kind} takes ${formatTokens(u.constraints.contextTokens)} tokens in one prompt.`);
  }
  return `${parts.join(' ')} The closest fit${top.unmet.includes('open weights') ? ', if a hosted API is acceptable' : ''}: `;
}

/** Concepts named for reading a kind of content (vision, transcription) or for making it (generation). */
const READS = /\b(?:vision|image-to-text|speech-to-text|recognition|caption\w*|understanding|classif\w*|detect\w*|transcri\w*)\b/i;
const MAKES = /\b(?:generat\w*|diffusion|text-to-(?:image|video|speech)|synthes\w*)\b/i;

/** A concept that goes the other way from the content asked: a model that reads images for one that must make them. */
export function goesOtherWay(concept: Concept, direction: 'input' | 'output' | undefined): boolean {
  if (!direction) return false;
  return concept.names.some((n) => (direction === 'output' ? READS : MAKES).test(n));
}
