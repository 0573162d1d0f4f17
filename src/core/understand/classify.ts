import type { AnswerKind } from '../types.js';

/** The shape of answer a question asks for. */
export type QuestionKind = Exclude<AnswerKind, 'no_answer'>;

const HELP = /^(?:help|\?+|what can you do|what do you know|what can i ask|how do (?:i|you) use (?:you|this|it)|usage|commands|menu|about)\b/i;
const GREETING = /^(?:hi|hello|hey|yo|hiya|howdy|good (?:morning|afternoon|evening)|thanks|thank you|thx|ty|cheers|great|cool|nice|ok|okay)(?: there| bot| model guide| a lot| so much)?[!. ]*$/i;

const COMPARISON = [
  /\bvs\.?\b|\bversus\b/i,
  /\bdiffer(?:ence|ences|ent|s)?\b.*\b(?:between|from|and)\b/i,
  /\bcompar(?:e|ed|es|ing|ison)\b/i,
  /\b(?:better|worse|more|less|faster|slower|cheaper)\b.*\bthan\b/i,
  /\bsame (?:thing )?as\b/i,
  /^(?:\S+\s+){0,6}\S*\bor\b(?:\s+\S+){1,4}\?\s*$/i,
];

const RECOMMENDATION = [
  /\brecommend|\bsuggest(?!ed)|\badvice\b|\badvise\b/i,
  /\bshould (?:we|i|you|one)\b/i,
  /\b(?:which|what) (?:\w+[ -]){0,5}(?:model|models|llm|llms|tool|tools|architecture|type|option|options|approach|provider|vendor|one)\b.*\b(?:for|should|fits?|best|to use|gives|would|is|works?)\b/i,
  /^(?:the |a )?(?:best|cheapest|fastest|strongest|top|most \w+|least expensive)\b.*\b(?:model|llm|option|tool|choice)s?\b/i,
  /^(?:an? |some |any )?(?:open(?:[- ]source| weights?)?|cheap\w*|fast\w*|small\w*|free|self-hosted|on-?prem\w*|good|private)\b(?:[\s-]+\w+){0,3}?\s+(?:model|llm|tool)s?\b.+\?\s*$/i,
  /\b(?:best|good|right|ideal|suitable|cheapest|fastest|strongest|top) (?:\w+[ -]){0,3}(?:model|llm|option|choice|tool|pick|architecture)s? (?:for|to)\b/i,
  /\b(?:we|i) (?:need|want|are looking|'re looking|plan|have to)\b/i,
  /\boptions\??\s*$/i,
  /\b(?:does|do|would) (?:it|that|paying|using|an api|api)\b.*\b(?:make sense|worth)\b/i,
  /\bwhat (?:to|should) (?:use|pick|choose|optimi[sz]e|look for)\b/i,
];

const LIST = [
  /^(?:list|name|enumerate|give me (?:a list|all)|show (?:me )?(?:all|the))\b/i,
  /\bwhat (?:are|were) (?:the |some )?(?:\w+ ){0,3}(?:types|kinds|stages|steps|ways|approaches|options|categories|examples|benchmarks|families|variants|phases|practices|scenarios|factors|metrics|paths|methods|components|parts|criteria|requirements|tools|uses|applications)\b/i,
  /\bwhat (?:are|were) the (?:two|three|four|five|six|seven|eight|nine|ten|\d+) \w+/i,
  /\b(?:what|which) (?:\w+ ){0,4}(?:are there|exist)\b/i,
  /\btop (?:\w+ ){0,2}models\b/i,
  /\bhow many (?:types|kinds|stages|steps|ways)\b/i,
];

const FACT = [
  /^(?:how (?:many|much|long|big|large|fast|expensive)|when (?:was|were|did|is|will)|who (?:made|makes|built|builds|develops|developed|created|released|owns|is behind)|which (?:provider|company|vendor|lab))\b/i,
  /\bwhat (?:did|does) .+ (?:score|cost|charge)\b/i,
  /\b(?:what(?:'s| is| was| are)?|tell me) the (?:\w+ ){0,3}(?:cost|price|pricing|context window|context length|score|share|size|number|date|release date|limit|figure|percentage|rate)\b/i,
  /\bwhat (?:share|percentage|fraction|proportion|percent)\b/i,
  /\b(?:roughly|approximately|about|around|exactly|ballpark)?\s*how (?:many|much)\b/i,
  /\bballpark\b/i,
  /\bcontext window of\b|\bcost per\b|\bper (?:1m|million)\b/i,
  /\b(?:which|what) (?:\w+ ){0,3}(?:has|have|had|offers?|gets?) the (?:largest|longest|highest|lowest|biggest|smallest|most|greatest)\b/i,
];

const DEFINITION = [
  /^(?:what(?:'s| is| are|s)|whats|define|definition of|meaning of|explain|describe|tell me about|what do you know about|eli5)\b/i,
  /\bwhat does .+ (?:mean|stand for|do|measure|refer to)\b/i,
  /\bwhat (?:is|are) (?:an? )?.+\?*$/i,
];

/** Decides the answer shape from the wording; 'explanation' when nothing more specific fits. */
export function classify(text: string): QuestionKind {
  const t = text.trim();
  if (t === '' || HELP.test(t)) return 'help';
  if (GREETING.test(t)) return 'greeting';
  if (COMPARISON.some((re) => re.test(t)) && !/^(?:which|what) (?:one|model)s?\b.*\b(?:cheapest|best)\b/i.test(t)) return 'comparison';
  if (LIST.some((re) => re.test(t))) return 'list';
  if (FACT.some((re) => re.test(t))) return 'fact';
  if (RECOMMENDATION.some((re) => re.test(t))) return 'recommendation';
  if (DEFINITION.some((re) => re.test(t))) return 'definition';
  return 'explanation';
}
