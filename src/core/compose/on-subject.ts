/**
 * A later paragraph that touches neither the question's subject nor its need is padding: a definition
 * of a neighbouring term, a loose point of another list. The first paragraph, the answer, always stays.
 */
import type { Analyzer } from '../../knowledge/search/analyzer.js';
import type { Block } from '../plans/context.js';
import type { Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';

/** Words of nearly every passage: they tie no paragraph to the question. */
const EVERYWHERE = new Set(['model', 'ai', '~ai', 'type']);

/** The question's own words that say what it is about: its weighty terms, and the names of what it links. */
function askedTerms(u: Understanding, analyzer: Analyzer): Set<string> {
  const names = [...u.concepts.flatMap((c) => c.names), ...u.models.map((m) => m.name)];
  // A name's own words count, however common ("generative AI"), all but the words every passage has.
  return new Set([...u.terms.filter((t) => t.weight >= 0.5 && !WEAK_TERMS.has(t.term)).map((t) => t.term), ...names.flatMap((n) => analyzer.terms(n)).filter((t) => !EVERYWHERE.has(t))]);
}

/** The blocks, less every later one that shares no word with what the question asks about. */
export function onSubject(blocks: readonly Block[], u: Understanding, analyzer: Analyzer): readonly Block[] {
  if (blocks.length < 2) return blocks;
  const asked = askedTerms(u, analyzer);
  if (asked.size === 0) return blocks;
  return blocks.filter((b, i) => i === 0 || analyzer.terms(b.text).some((t) => asked.has(t)));
}
