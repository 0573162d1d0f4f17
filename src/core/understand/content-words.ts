/**
 * The words for each kind of content a question can involve, in one table: how the index is
 * searched for it, how an answer names it, and how a need for it is said back ("the pick for image
 * generation…"). Each column is a different job, so the wordings may differ; the rows stay together.
 */
import type { CategoryMention } from './types.js';

export type ContentCategory = CategoryMention['category'];

export interface ContentWords {
  /** Words searched for the content ("images"). */
  search: string;
  /** The content as a sentence names it ("it makes images", "no model that makes 3D worlds"). */
  noun: string;
  /** The content as a model of the wrong kind misses it ("it does not read PDFs and scanned documents"). */
  missed: string;
  /** The work a need for it is ("image generation"), as a follow-up names the need. */
  work: string;
}

export const CONTENT_WORDS: Record<ContentCategory, ContentWords> = {
  image: { search: 'images', noun: 'images', missed: 'images', work: 'image generation' },
  video: { search: 'video', noun: 'video', missed: 'video', work: 'video generation' },
  audio: { search: 'audio', noun: 'audio', missed: 'audio', work: 'audio' },
  code: { search: 'code', noun: 'code', missed: 'code', work: 'code' },
  text: { search: 'text', noun: 'text', missed: 'text', work: 'text' },
  tabular: { search: 'tabular', noun: 'tabular data', missed: 'tabular data', work: 'tabular data' },
  molecules: { search: 'molecules', noun: 'molecules', missed: 'molecules', work: 'molecules' },
  '3d': { search: '3d', noun: '3D worlds', missed: '3D content', work: '3D' },
  documents: { search: 'documents', noun: 'documents', missed: 'PDFs and scanned documents', work: 'documents' },
};
