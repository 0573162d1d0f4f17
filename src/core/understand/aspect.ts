/**
 * The aspect of a subject a question asks about (its uses, its limits, its history…): from the
 * intent, refined by wording that names an aspect whatever the intent.
 */
import type { Aspect } from '../../knowledge/types.js';
import type { Intent } from './intent/examples.js';

const INTENT_ASPECT: Partial<Record<Intent, Aspect>> = {
  definition: 'definition',
  how: 'how',
  uses: 'uses',
  limitations: 'limitations',
  examples: 'examples',
  why: 'why',
  list: 'types',
};

/** "Why does X matter?", "why is X important?": what X is worth, not why something happened. */
export const IMPORTANCE = /\b(?:matters?|mattering|important|importance|care about|significant|significance|a big deal)\b/i;

/** "In which years…", "during what period…", "what era…": the dates something held, asked for. */
export const ASKS_DATES = /\b(?:which|what)\s+(?:years?|yrs?|period|periods|era|decades?|time ?span|time ?frame|stretch of time)\b|\bfrom when (?:to|until) when\b/i;

/** "What's the hard part with X", "the tricky bit", "what makes X difficult": where X is hard is its limits. */
export const HARD_PART = /\b(?:hard(?:est)?|tricky|trickiest|difficult|tough(?:est)?) (?:part|bit|thing)s?\b|\bgotchas?\b|\bwhat makes\b.{1,50}\b(?:hard|difficult|tricky|challenging|tough)\b|\b(?:main|biggest|key) challenges?\b/i;

/** Wording that names an aspect whatever the intent ("what's the catch with X"). */
/** What a thing gains, and what it costs, asked in one question ("what does that buy you and what's the downside?"): its trade-offs. */
const GAIN = String.raw`\b(?:buys? (?:you|us|me)|upsides?|benefits?|advantages?|pros|gains?|what (?:do|would) (?:you|we|i) get|gets? (?:out of|from))\b`;
const LOSS = String.raw`\b(?:downsides?|drawbacks?|catch|cons|disadvantages?|costs? you|what (?:do|would) (?:you|we|i) (?:lose|give up))\b`;
export const GAIN_AND_LOSS = new RegExp(`${GAIN}.{0,80}${LOSS}|${LOSS}.{0,80}${GAIN}`, 'i');

const ASPECT_CUES: Array<[Aspect, RegExp]> = [
  ['tradeoffs', GAIN_AND_LOSS],
  ['tradeoffs', /\btrade-?of+s?\b|\bpros and cons\b|\bgain or lose\b|\bworth it\b/i],
  ['limitations', new RegExp(HARD_PART.source, 'i')],
  // "Why is video generation harder than image generation?": what makes the first hard is its limits.
  ['limitations', /\b(?:harder|more (?:difficult|challenging|complicated)|trickier|tougher)\s+(?:to\s+\w+\s+)?than\b/i],
  ['limitations', /\b(?:catch|downsides?|drawbacks?|weakness(?:es)?|limitations?|bad at|struggles? with|still bad|risks?|nervous|worr(?:y|ied)|concerns?|pitfalls?|cons)\b/i],
  ['uses', /\bused for\b|\buse cases?\b|\bgood for\b|\buseful for\b|\bapplications?\b|\bwhat (?:can|could) .{1,40} do\b(?!\s+(?:about|against)\b)|\busable for\b|\bwho (?:uses|would use|should use|needs)\b|\bwhat (?:is|are) (?:it|they|those|these) for\b/i],
  ['how', /\bhow (?:does|do|did|is|are)\b.{0,60}\b(?:work|works|learn|trained|made|built|generate|combine|turn)\b|\bunder the hood\b|\binternally\b|\bmechanism\b|\bwhat (?:actually )?happens\b/i],
  ['history', /\bwhen (?:were|was|did)\b.{0,50}\b(?:top|dominant|popular|replace|took over|take over)\b|\bstop(?:ped)? using\b|\bhistory\b|\bused to be\b|\ba few years ago\b/i],
  ['history', new RegExp(ASKS_DATES.source, 'i')],
  ['examples', /\bexamples?\b|\bsuch as\b|\bname (?:a few|some)\b/i],
  ['choosing', /\bwhen (?:does|do|should|is|would|are) .{1,60}\b(?:make (?:more )?sense|better|worth|the right (?:choice|call)|the way to go)\b|\bwhen to (?:use|choose|pick)\b/i],
];

export function aspectOf(intent: Intent, text: string): Aspect | undefined {
  const cue = ASPECT_CUES.find(([, re]) => re.test(text))?.[0];
  const fromIntent = INTENT_ASPECT[intent];
  // The intent decides; a cue refines a plain definition ("whats the catch with VAEs"), and "why are
  // people nervous about X" asks for its risks.
  if (intent === 'why' && cue === 'limitations') return cue;
  // "What does it buy you, and what's the downside?": the gain asked beside the loss is a trade-off, not limits alone.
  if ((intent === 'limitations' || intent === 'uses') && GAIN_AND_LOSS.test(text)) return 'tradeoffs';
  if (cue === 'choosing' && (intent === 'comparison' || intent === 'recommendation' || intent === 'definition')) return cue;
  if (fromIntent && fromIntent !== 'definition' && fromIntent !== 'types') return fromIntent;
  return cue ?? fromIntent;
}
