/**
 * "What should we monitor once our model is in production?", "ops metrics to check before putting a
 * model in prod?": the asker wants the measurements a live model is judged by (the documents'
 * production metrics), not a model, a benchmark or the safeguards against one failure.
 */
import { linkTokens } from '../lexicon/phrases.js';
import type { Concept } from '../lexicon/concepts.js';
import type { LinkContext } from './entities.js';

const WATCH = String.raw`(?:monitor|track|watch|measure|keep an eye on|keep tabs on|alert on|instrument|dashboard|log)\w*`;
const LIVE = String.raw`(?:prod|production|in the wild|real[- ]world use|(?:is|are|goes|go|went|being)\s+live|once (?:it|we|they) (?:ship|launch)\w*|(?:once|after|when) (?:it(?:'s| is)|we(?:'re| are)) deployed|post[- ]launch)`;

/** Asks what to watch, and says it is about the model in use. */
const ASKS_WATCH = new RegExp(
  [
    // "what should we monitor once our model is in production", "what should our dashboard track once the chatbot is live"
    String.raw`\b(?:what|which)\b[^?.]{0,40}?\b${WATCH}\b[^?.]{0,60}?\b${LIVE}\b`,
    // "in production, what should we track?"
    String.raw`\b${LIVE}\b[^?.]{0,40}?\b(?:what|which)\b[^?.]{0,40}?\b${WATCH}\b`,
    // "which metrics matter in prod", "what numbers to check in production"
    String.raw`\b(?:what|which)\s+(?:metrics?|numbers|kpis?|signals|stats)\b[^?.]{0,50}?\b${LIVE}\b`,
    // "ops metrics to check before…", "production metrics for an llm app"
    String.raw`\b(?:ops|operational|operations|production|prod|runtime)\s+(?:metrics?|kpis?|monitoring)\b`,
  ].join('|'),
  'i',
);

/** A benchmark or eval named ("which benchmark to check before it goes live") asks for one of those instead. */
const NAMES_BENCHMARK = /\b(?:benchmarks?|evals?|leaderboards?|test suites?)\b/i;

/** The phrase the knowledge may hold as a concept's name or alias for the measurements of a model in use. */
const PRODUCTION_METRICS = 'production metrics';

/** The knowledge's concept of production metrics, when the question asks what to watch in production. */
export function productionWatch(text: string, linked: { models: readonly unknown[] }, ctx: Pick<LinkContext, 'concepts'>): Concept | undefined {
  if (linked.models.length > 0 || NAMES_BENCHMARK.test(text) || !ASKS_WATCH.test(text)) return undefined;
  const tokens = linkTokens(PRODUCTION_METRICS);
  const found = ctx.concepts.dictionary.find(tokens)[0];
  return found && found.end - found.start === tokens.length ? found.value : undefined;
}
