/** The facts a question can ask about one model. */
export type Attribute =
  | 'context_window'
  | 'pricing'
  | 'released'
  | 'developer'
  | 'parameters'
  | 'benchmark'
  | 'access'
  | 'limitations'
  | 'strengths'
  | 'deployment';

const PATTERNS: Array<[Attribute, RegExp]> = [
  ['context_window', /\bcontext(?: window| length| size)?\b|\btoken limit\b|\bhow (?:many|much) tokens\b|\bhow much text\b/i],
  ['pricing', /\b(?:cost|costs|price|prices|pricing|priced|charge|charges|per (?:1m|1 m|one million|million)|how much (?:is|does|do|for|would)|expensive|cheap|cheaper|cheapest)\b|\$/i],
  ['released', /\b(?:when (?:was|were|did|is)|release|released|launch|launched|came out|come out|debut(?:ed)?)\b/i],
  ['developer', /\bwho (?:made|makes|built|builds|develops|developed|created|is behind|owns|trains)\b|\b(?:developer|made by|built by|maker|which company|what company|which lab)\b/i],
  ['parameters', /\bparameters?\b|\bparams\b|\bhow (?:big|large) is\b|\bmodel size\b|\bweights count\b/i],
  ['benchmark', /\b(?:score|scored|scores|benchmark|benchmarks|swe-?bench|aime|lmarena|elo|mmmu|gpqa|vbench|mmlu)\b/i],
  ['limitations', /\blimitations?\b|\bweakness(?:es)?\b|\bdownsides?\b|\bdrawbacks?\b|\bproblems? with\b/i],
  ['access', /\bopen[- ]?(?:source|weights?)\b|\bproprietary\b|\bclosed(?:[- ]source)?\b|\bcan (?:i|we) (?:download|self-?host)\b/i],
  ['strengths', /\bstrengths?\b|\bgood at\b|\bbest at\b|\bknown for\b|\bstrong at\b|\bexcels?\b|\bdo(?:es)? well\b|\bspecial about\b|\bstands? out\b|\bwhat is .+ (?:good )?for\b/i],
  ['deployment', /\bdeploy(?:ment|ed)?\b|\brun (?:it )?(?:locally|on-?prem)\b/i],
];

/** The first attribute the question's wording names, if any. */
export function detectAttribute(text: string): Attribute | undefined {
  return PATTERNS.find(([, re]) => re.test(text))?.[0];
}

export type Direction = 'max' | 'min';

/** "largest", "cheapest", "highest"… → which end of a scale the question wants. */
export function detectSuperlative(text: string): Direction | undefined {
  if (/\b(?:cheapest|lowest|least expensive|smallest|shortest|fewest|least)\b/i.test(text)) return 'min';
  if (/\b(?:largest|biggest|longest|highest|most|greatest|top|best|leading|maximum|max)\b/i.test(text)) return 'max';
  return undefined;
}

/** Words that name an attribute in an answer: "the context window of GPT-5". */
export const attributeLabels: Record<Attribute, string> = {
  context_window: 'context window',
  pricing: 'price',
  released: 'release date',
  developer: 'developer',
  parameters: 'parameter count',
  benchmark: 'benchmark scores',
  access: 'openness (open weights or proprietary)',
  limitations: 'limitations',
  strengths: 'strengths',
  deployment: 'deployment options',
};

/** What a stated value of each attribute looks like in prose ("200K tokens", "$3.00", "November 2025"). */
const EVIDENCE: Partial<Record<Attribute, RegExp>> = {
  context_window: /\b\d+(?:\.\d+)?\s?[km]\b|\b\d{1,3}(?:,\d{3})+\b|\b\d+\s?(?:thousand|million)\b/i,
  pricing: /\$\s?\d|\b\d+(?:\.\d+)?\s?(?:dollars|usd)\b|\bfree\b|\binfrastructure only\b/i,
  released: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:released|launched|introduced|came out|arrived)\b[^.]*\b(?:19|20)\d\d\b/i,
  parameters: /\b\d+(?:\.\d+)?\s?[bt]\b|\b\d+(?:\.\d+)?\s?(?:billion|trillion)\b/i,
  benchmark: /\d+(?:\.\d+)?\s?%|\b\d[\d,.]*\b/,
};

/** True when a sentence states a value for the attribute (not merely names it). */
export function statesValue(attribute: Attribute | undefined, sentence: string): boolean {
  const re = attribute ? EVIDENCE[attribute] : undefined;
  return re ? re.test(sentence) : true;
}
