/**
 * What the asker wants a model to do with their data, when the wording says it as a task rather
 * than as a kind of content: "spot fraudulent transactions", "flag weird behaviour in our logs" ask
 * for anomaly detection, whatever data the anomalies hide in. The data named beside the task
 * ("transaction records") is what the model reads, not what it must make.
 */
import type { CategoryMention } from './types.js';

/** A task the field has a name for, in the words the knowledge uses for it. */
export type Purpose = 'anomaly detection';

/** Things out of the ordinary, the object of a detection task. */
const ODD = String.raw`(?:unusual|odd|weird|strange|suspicious|abnormal|irregular|anomal\w*|outliers?|fraud\w*)`;
/** Verbs of finding something among many. */
const FIND = String.raw`(?:spot\w*|flag\w*|catch\w*|find\w*|finding|detect\w*|identif\w*|surfac\w*|notic\w*|pick(?:s|ing)? out|monitor\w*|screen\w*|alert\w* on|highlight\w*)`;

const PURPOSES: Array<[Purpose, RegExp]> = [
  [
    'anomaly detection',
    new RegExp(
      String.raw`\banomal(?:y|ies|ous)\b|\boutliers?\b|\bfraud detection\b|\b${FIND}\s+(?:(?:the|any|all|our|of|for|what|which|when|things?|stuff|ones?|something)\s+){0,3}(?:\w+\s+)?${ODD}\b|\b(?:unusual|odd|weird|strange|suspicious|abnormal|irregular|fraudulent)\s+(?:\w+\s+)?(?:records?|rows?|entries|transactions?|payments?|behaviou?r|activity|patterns?|events?|readings?|data|logs?|logins?|spikes?)\b`,
      'i',
    ),
  ],
];

/**
 * The task a question asks a model to do, when it names one. Made content is the task instead when
 * the data is to be generated: "fake transactions to test our fraud detection" asks for the data.
 */
export function readPurpose(text: string, categories: readonly CategoryMention[]): Purpose | undefined {
  // "A generative model for outlier detection" names the kind of model; "generate fake rows" makes data.
  const making = MAKING.test(text) || (categories.some((c) => c.direction === 'output' && c.category === 'tabular') && /\bgenerat(?:e|es|ed|ing)\b/i.test(text));
  if (making) return undefined;
  return PURPOSES.find(([, re]) => re.test(text))?.[0];
}

/** Data to be made up rather than examined. */
const MAKING = /\b(?:fake|synthetic|mock|dummy|made[- ]up|simulated)\b/i;

/** A task is done on the data named beside it: those records are read, not made. */
export function readForPurpose(categories: readonly CategoryMention[], purpose: Purpose | undefined): CategoryMention[] {
  if (!purpose) return [...categories];
  return categories.map((c) => (!c.direction || c.category === 'tabular' ? { ...c, direction: 'input' as const } : c));
}
