/**
 * Asks for a pick without a question: a situation stated on its own ("we have 10k support emails
 * a day, data must stay in EU") or a fragment naming a need ("model for legal contracts?",
 * "something for summarising calls"). Read as recommendation asks, whatever shape the words have.
 */

/** A question mark, a question word (chat spellings too), an auxiliary that opens a question, or a request verb. */
const ASKS = /^\W*(?:(?:so|ok|okay|and|but|hey|hi)\W+)?(?:what|which|how|why|when|who|whom|whose|where|is|are|was|were|can|could|should|would|will|do|does|did|has|have|tell|explain|describe|define|list|name|compare|give|show|summari[sz]e|walk|help)\b|\b(?:what|whats|wats|wat|which|how|hows|why|whys|when|who|whos|where|wheres)\b|\?|\b(?:is|are|can|could|should|would|will|do|does)\s+(?:it|this|that|they|we|i|you|there)\b[^.,;]*\?\s*$|\b(?:recommend\w*|suggest\w*|advi[sc]e|thoughts|ideas|options)\b/i;

/** "Need the best image model": a model named as wanted is an ask of its own shape, for the classifier to read. */
const NAMES_WANTED = /\b(?:models?|llms?|tools?)\b/i;

/** A statement that reads as the asker's circumstances: "we…", "our…", "I'm…", "a startup with…", "hospital here". */
const SITUATION_OPEN = /^\W*(?:(?:so|ok|okay|hey|hi|context)\W+)?(?:we|we're|we are|we've|our|i|i'm|i am|i've|my|us|a|an|the)\b|\b(?:here|over here)\s*[,.:;-]/i;

/**
 * "We have 10k support emails a day, data must stay in EU": a statement (no question word, no
 * request) of a situation a pick could be made for: `situated` by a kind of content or a task, `constrained` by a stated constraint.
 */
export function statesBareSituation(text: string, situated: boolean, constrained: boolean): boolean {
  // "hospital, patient data, can't use a cloud api": a constraint stated is a situation however it opens.
  return (situated || constrained) && !ASKS.test(text) && !NAMES_WANTED.test(text) && (constrained || SITUATION_OPEN.test(text)) && text.split(/\s+/).length >= 4;
}

/** What a fragment names as wanted: a model, an llm, "ai", a tool, "something". */
const WANTED = String.raw`(?:(?:open[- ]source|open|closed|local|cheap\w*|good|decent|solid|reliable)\s+){0,2}(?:llms?|models?|ai|ai tools?|tools?|something|anything)`;

/** "Model for legal contracts?", "something for summarising calls", "llm to draft emails?": a need after the thing wanted, and nothing else. */
const FRAGMENT = new RegExp(String.raw`^\W*(?:(?:so|ok|and|any|an?|some)\s+)?${WANTED}\s+(?:(?:good|great|that works|that's good|that is good)\s+)?(?:for|to)\s+[\w'-]+(?:\s+[\w'-]+){0,6}\s*\??\s*$`, 'i');

/** Whether the text is a fragment that names a need and the thing wanted for it. */
export function namesNeedFragment(text: string): boolean {
  return FRAGMENT.test(text.trim());
}
